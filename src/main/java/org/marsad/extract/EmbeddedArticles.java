package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.marsad.model.RelatedArticle;

/**
 * Finds a further article embedded after a read-also label: a headline (the last link of the
 * label's list, an unlinked heading or short line right after it, or the label's own line when it
 * holds the headline), then several prose blocks. Arabic sites print whole articles this way, in a
 * box or after a bare heading, and they must not join the main body.
 *
 * <p>The prose after the headline is a further article only when the main article already has prose
 * before the label, the first paragraph does not carry on a story ("وأضاف …"), and the paragraphs
 * are more about the headline than the main article ({@link HeadlineFit}, the rule the plain-text
 * dumps use); otherwise it is the main article resuming after a read-also box. The blocks are the
 * label region's next siblings up to the first that is not prose, so a box bounds the article.
 * Bounded: at most {@link #MAX_BLOCKS} blocks, and the body before the label is read up to {@link
 * #MAX_BODY_CHARS}.
 */
final class EmbeddedArticles {

  /** Fewer prose blocks after a headline are a teaser, not an article. */
  static final int MIN_PROSE_BLOCKS = 2;

  private static final int MAX_BLOCKS = 200;
  private static final int MAX_BODY_CHARS = 20_000;
  private static final int MAX_HEADLINE_CHARS = 200;
  private static final int MIN_HEADLINE_CHARS = 8;
  private static final double LINK_LIST_DENSITY = 0.5;

  /**
   * An embedded article: its title element ({@code headline}, which may be the label region's last
   * element), the blocks of its body, and the article itself.
   */
  record Found(Element headline, List<Element> blocks, RelatedArticle article) {}

  private final Element root;
  private final ContentScorer scorer;
  private final LabelledBlocks labelled;
  private final String mainTitle;

  EmbeddedArticles(Element root, ContentScorer scorer, LabelledBlocks labelled, String mainTitle) {
    this.root = root;
    this.scorer = scorer;
    this.labelled = labelled;
    this.mainTitle = mainTitle;
  }

  /**
   * The article after a label-only element's region ({@code region}: the label, then the links
   * listed after it), if any.
   */
  Optional<Found> after(List<Element> region) {
    Element last = region.get(region.size() - 1);
    Element next = nextWithText(last);
    Element headline = null;
    if (next != null && isHeadline(next, false)) {
      headline = next;
      next = nextWithText(next);
    } else if (region.size() > 1 && isHeadline(last, true)) {
      headline = last;
    }
    if (headline == null) {
      return Optional.empty();
    }
    return article(region.get(0), headline, headline.text().strip(), next);
  }

  /**
   * The article after a line that holds the label and the headline together ("إقرأ أيضاً: العنوان"
   * in one paragraph), found as when the label stands alone.
   *
   * @param line the line, which is the article's headline element
   * @param title the headline: the line's text after the label
   */
  Optional<Found> afterInline(Element line, String title) {
    if (title.length() < MIN_HEADLINE_CHARS || title.length() > MAX_HEADLINE_CHARS) {
      return Optional.empty();
    }
    return article(line, line, title, nextWithText(line));
  }

  /** The prose blocks from {@code next} on, when they are an article about {@code title}. */
  private Optional<Found> article(Element label, Element headline, String title, Element next) {
    List<Element> blocks = new ArrayList<>();
    int prose = 0;
    for (Element e = next; e != null && blocks.size() < MAX_BLOCKS; e = nextWithText(e)) {
      ElementStats s = scorer.stats(e);
      if (s.proseBlocks == 0 || s.linkDensity() >= LINK_LIST_DENSITY || labelled.isSkipped(e)) {
        break;
      }
      blocks.add(e);
      prose += s.proseBlocks;
    }
    if (prose < MIN_PROSE_BLOCKS) {
      return Optional.empty();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element b : blocks) {
      paragraphs.addAll(
          ParagraphCollector.collect(b, scorer, labelled, ExtractionLimits.DEFAULT.maxParagraphs())
              .paragraphs());
    }
    List<String> body = bodyBefore(label);
    boolean embedded =
        !paragraphs.isEmpty()
            && !body.isEmpty()
            && !DumpLineClassifier.opensLikeContinuation(paragraphs.get(0))
            && HeadlineFit.moreAboutHeadline(title, paragraphs, body, mainTitle);
    if (!embedded) {
      return Optional.empty();
    }
    return Optional.of(
        new Found(headline, blocks, new RelatedArticle(title, String.join("\n\n", paragraphs))));
  }

  /** A heading or short line that reads as a title; linked only when {@code linked}. */
  private boolean isHeadline(Element e, boolean linked) {
    ElementStats s = scorer.stats(e);
    boolean isLinked = s.linkDensity() >= LINK_LIST_DENSITY;
    return s.chars >= MIN_HEADLINE_CHARS
        && s.chars <= MAX_HEADLINE_CHARS
        && s.proseBlocks == 0
        && isLinked == linked
        && (linked || HtmlTags.isHeading(e.normalName()) || e.childrenSize() <= 1);
  }

  /** The next element sibling that holds text. */
  private Element nextWithText(Element e) {
    for (Element n = e.nextElementSibling(); n != null; n = n.nextElementSibling()) {
      ElementStats s = scorer.stats(n);
      if (s != null && s.chars > 0) {
        return n;
      }
    }
    return null;
  }

  /**
   * The main article's prose before {@code label}: prose blocks among the previous siblings of the
   * label and of its ancestors, nearest first, leaving out boilerplate; bounded.
   */
  private List<String> bodyBefore(Element label) {
    List<String> body = new ArrayList<>();
    int chars = 0;
    for (Element e = label; e != null && e != root && chars < MAX_BODY_CHARS; e = e.parent()) {
      for (Element p = e.previousElementSibling();
          p != null && chars < MAX_BODY_CHARS;
          p = p.previousElementSibling()) {
        ElementStats s = scorer.stats(p);
        if (s != null && s.proseBlocks > 0 && !s.boilerplate && !labelled.isSkipped(p)) {
          String text = p.text();
          body.add(text);
          chars += text.length();
        }
      }
    }
    return body;
  }
}
