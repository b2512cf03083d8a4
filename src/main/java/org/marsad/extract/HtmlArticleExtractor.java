package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;
import org.marsad.text.ArabicBytes;
import org.marsad.text.dates.DatelineReader;

/**
 * Extracts the article from an HTML page: charset, metadata, main content, and the boilerplate
 * blocks around it.
 *
 * <p>Stages, in order: {@link HtmlDecoder} (charset from BOM, bytes, header, meta, detection,
 * mojibake repair), jsoup parsing (script and style bodies emptied first: {@link UnreadRawText}),
 * {@link HtmlMetadataReader} (JSON-LD, OpenGraph, meta), removal of elements without text, {@link
 * ContentScorer} (which element holds the article), {@link HeadlineArticle} (of several articles
 * there, the one under the page's h1), {@link JsonLdContainer} (another element when the chosen one
 * holds little of the JSON-LD articleBody), {@link LabelledBlocks} (read-also, related, tags,
 * source lines anywhere on the page), and {@link ParagraphCollector} (one paragraph per block,
 * boilerplate left out), {@link ArticleHead} (headline and date lines at its top) and {@link
 * JsonLdBody} (the JSON-LD articleBody when the page shows a teaser of it). Never throws on bad
 * input: limits from {@link ExtractionLimits} cut what is too big and record a problem.
 * Thread-safe.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

  private static final double ARABIC_MAJORITY = 0.5;

  /** Paragraphs further than this from the title's length cannot repeat it; not compared. */
  private static final int TITLE_LENGTH_SLACK = 16;

  private final ExtractionLimits limits;
  private final Function<String, Optional<OffsetDateTime>> dates;

  /** Default limits; dates in every form Arabic pages print, relative ones against the clock. */
  public HtmlArticleExtractor() {
    this(ExtractionLimits.DEFAULT, DatelineReader.systemUtc());
  }

  /**
   * @param limits size, depth and count limits
   * @param dates reads the published date from the page's metadata text
   */
  public HtmlArticleExtractor(
      ExtractionLimits limits, Function<String, Optional<OffsetDateTime>> dates) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  @Override
  public ExtractedArticle extract(Page page) {
    ProblemList problems = new ProblemList(limits.maxProblems());
    byte[] bytes = page.bytes() == null ? new byte[0] : page.bytes();
    if (page.truncated()) {
      problems.add("page was cut at the reader's size cap: text after it is lost");
    }
    if (bytes.length > limits.maxBytes()) {
      problems.add(
          "page of " + bytes.length + " bytes cut at the " + limits.maxBytes() + "-byte cap");
      bytes = Arrays.copyOf(bytes, limits.maxBytes());
    }
    if (bytes.length == 0) {
      problems.add("empty page");
      return empty(page, problems);
    }
    ArabicBytes.Decoded decoded = HtmlDecoder.decode(bytes, page.contentType(), problems);
    String html = decoded.text();
    Document doc =
        Parser.htmlParser()
            .parseInput(UnreadRawText.reader(html), page.url() == null ? "" : page.url());
    HtmlMetadata meta = HtmlMetadataReader.read(doc, problems);
    Element body = doc.body();
    removeTextless(body, problems);
    ContentScorer scorer = ContentScorer.measure(body);
    JsonLdArticleBody ld = JsonLdArticleBody.read(meta.articleBody());
    Element container =
        JsonLdContainer.confirm(
            HeadlineArticle.within(scorer.bestContainer(body), meta.h1(), scorer),
            body,
            scorer,
            ld,
            problems);
    LabelledBlocks labelled = LabelledBlocks.find(body, scorer, meta.title());
    ParagraphCollector collected =
        ParagraphCollector.collect(container, scorer, labelled, limits.maxParagraphs());
    if (collected.truncated()) {
      problems.add("body cut at " + limits.maxParagraphs() + " paragraphs");
    }
    Element headline = headline(meta);
    List<String> paragraphs =
        JsonLdBody.choose(
            withoutTitle(
                ArticleHead.strip(
                    collected.paragraphs(),
                    Arrays.asList(meta.title(), headline == null ? null : headline.text()),
                    dates),
                meta.title()),
            ld,
            problems);
    if (paragraphs.isEmpty()) {
      problems.add("no article text found");
    }
    String body0 = String.join("\n\n", paragraphs);
    return new ExtractedArticle(
        meta.title(),
        body0,
        paragraphs,
        meta.siteName() != null ? meta.siteName() : labelled.source(),
        published(meta, body, headline, container, scorer, labelled, problems),
        meta.author(),
        meta.url() != null ? meta.url() : page.url(),
        language(meta.language(), body0),
        labelled.tags().isEmpty() ? meta.keywords() : labelled.tags(),
        labelled.related(),
        labelled.links(),
        problems.toList());
  }

  /** Removes scripts, styles, hidden and form elements; reports nesting beyond the limit. */
  private void removeTextless(Element body, ProblemList problems) {
    int[] maxDepth = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            maxDepth[0] = Math.max(maxDepth[0], depth);
            return node instanceof Element e && HtmlTags.isRemoved(e)
                ? FilterResult.REMOVE
                : FilterResult.CONTINUE;
          }
        },
        body);
    if (maxDepth[0] > limits.maxDepth()) {
      problems.add(
          "elements nested " + maxDepth[0] + " levels deep (limit " + limits.maxDepth() + ")");
    }
  }

  /**
   * The date the markup gives; else the article's own date line ({@link PageDateline}); else the
   * page's first {@code <time>}, wherever it stands.
   */
  private OffsetDateTime published(
      HtmlMetadata meta,
      Element body,
      Element headline,
      Element container,
      ContentScorer scorer,
      LabelledBlocks labelled,
      ProblemList problems) {
    String raw = meta.published();
    if (raw != null) {
      Optional<OffsetDateTime> date = dates.apply(raw);
      if (date.isPresent()) {
        return date.get();
      }
      problems.add("unreadable published date: " + raw);
    }
    return PageDateline.find(body, headline, container, scorer, labelled, dates)
        .or(() -> meta.firstTime() == null ? Optional.empty() : dates.apply(meta.firstTime()))
        .orElse(null);
  }

  /** The page's {@code <h1>} when it is the article's headline, not a logo or a section name. */
  private static Element headline(HtmlMetadata meta) {
    Element h1 = meta.h1();
    if (h1 == null || meta.title() == null) {
      return null;
    }
    String text = squash(h1.text());
    String title = squash(meta.title());
    return !text.isEmpty() && (title.contains(text) || text.contains(title)) ? h1 : null;
  }

  /** Drops paragraphs that repeat the headline (the article's own {@code <h1>}). */
  private static List<String> withoutTitle(List<String> paragraphs, String title) {
    if (title == null) {
      return paragraphs;
    }
    String t = squash(title);
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      boolean similarLength = Math.abs(p.length() - title.length()) <= TITLE_LENGTH_SLACK;
      if (!similarLength || !squash(p).equals(t)) {
        out.add(p);
      }
    }
    return out;
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The declared language, else "ar" when Arabic letters outnumber Latin ones, else "und". */
  static String language(String declared, String text) {
    if (declared != null) {
      return declared;
    }
    int arabic = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (ArabicBytes.isArabicLetter(c)) {
          arabic++;
        }
      }
    }
    return letters > 0 && arabic > ARABIC_MAJORITY * letters ? "ar" : "und";
  }

  private static ExtractedArticle empty(Page page, ProblemList problems) {
    return ExtractedArticle.empty(page.url(), problems.toList());
  }
}
