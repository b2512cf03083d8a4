package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the date the article prints about itself when its markup gives none: the first date line
 * ("نشر في: الأحد 12 تشرين الأول/أكتوبر 2021", a {@code <time datetime>}) from the headline to the
 * end of the article container.
 *
 * <p>Why only there: a page carries many dates that are not the article's. Scripts and comments are
 * gone before this runs; a ticker or menu above the headline, related items and tags (the {@link
 * LabelledBlocks}), teasers, page furniture, linked boilerplate and copyright lines ("© 2024 جميع
 * الحقوق محفوظة") are not looked at. A publication line beats an update line ("آخر تحديث") wherever
 * the two stand.
 */
final class PageDateline implements NodeFilter {

  /** Longer blocks are prose that may mention a date, not date lines. */
  private static final int MAX_LINE_CHARS = 160;

  /** A boilerplate block this much linked is a list of other articles, whatever dates it shows. */
  private static final double LINKED_SHARE = 0.3;

  private static final Pattern COPYRIGHT =
      Pattern.compile("©|\\(c\\)|copyright|حقوق|محفوظة", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATE =
      Pattern.compile("تحديث|حدث|تعديل|updated|modified", Pattern.CASE_INSENSITIVE);

  private final Element start;
  private final Element container;
  private final ContentScorer scorer;
  private final LabelledBlocks labelled;
  private final Function<String, Optional<OffsetDateTime>> dates;

  private boolean started;
  private OffsetDateTime published;
  private OffsetDateTime updated;

  private PageDateline(
      Element start,
      Element container,
      ContentScorer scorer,
      LabelledBlocks labelled,
      Function<String, Optional<OffsetDateTime>> dates) {
    this.start = start;
    this.container = container;
    this.scorer = scorer;
    this.labelled = labelled;
    this.dates = dates;
  }

  /**
   * The article's own date line, or empty.
   *
   * @param body the page body
   * @param headline the page's headline element, or null; the search starts there when it comes
   *     before the container or inside it, else at the container
   * @param dates reads one line's date, refusing dates inside prose
   */
  static Optional<OffsetDateTime> find(
      Element body,
      Element headline,
      Element container,
      ContentScorer scorer,
      LabelledBlocks labelled,
      Function<String, Optional<OffsetDateTime>> dates) {
    PageDateline finder = new PageDateline(headline, container, scorer, labelled, dates);
    NodeTraversor.filter(finder, body);
    return Optional.ofNullable(finder.published != null ? finder.published : finder.updated);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    started |= e == start || e == container;
    if (!started) {
      return FilterResult.CONTINUE;
    }
    if (e != container && isLeftOut(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (e.normalName().equals("time") && e.hasAttr("datetime")) {
      dates.apply(e.attr("datetime")).ifPresent(d -> offer(d, e.text()));
    }
    if (isLine(e)) {
      String text = e.text();
      if (!COPYRIGHT.matcher(text).find()) {
        dates.apply(text).ifPresent(d -> offer(d, text));
      }
    }
    return published != null ? FilterResult.STOP : FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    return node == container ? FilterResult.STOP : FilterResult.CONTINUE;
  }

  private void offer(OffsetDateTime date, String line) {
    if (!UPDATE.matcher(line.toLowerCase(Locale.ROOT)).find()) {
      published = date;
    } else if (updated == null) {
      updated = date;
    }
  }

  /**
   * Labelled blocks, furniture (navigation, footers, asides), teasers and link lists named as
   * boilerplate. Not every element named as boilerplate: the date line itself is often one ({@code
   * class="meta"}, {@code "post-info"}).
   */
  private boolean isLeftOut(Element e) {
    if (labelled.isSkipped(e) || HtmlTags.isFurniture(e)) {
      return true;
    }
    ElementStats s = scorer.stats(e);
    return s != null
        && (s.teaser
            || s.boilerplate && (s.linkDensity() > LINKED_SHARE || s.chars > MAX_LINE_CHARS));
  }

  /** A short element whose children are all inline: one line of the page. */
  private boolean isLine(Element e) {
    ElementStats s = scorer.stats(e);
    if (s != null && s.chars > MAX_LINE_CHARS) {
      return false;
    }
    for (Element child : e.children()) {
      if (HtmlTags.isBlock(child.normalName())) {
        return false;
      }
    }
    return e.hasText() && e.text().length() <= MAX_LINE_CHARS;
  }
}
