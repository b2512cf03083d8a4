package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Collects the paragraphs of the article container, one per block, leaving out the boilerplate
 * inside it.
 *
 * <p>Every block element and {@code <br>} ends a paragraph, so words in neighbouring blocks are
 * never fused ("الأمم" + {@code <div>المتحدة</div>} stays two words); table cells are separated by
 * a space. Inline elements join their text as written. Left out: labelled blocks, elements named as
 * boilerplate, link lists, and lines that score negative and hold no prose (bylines, dates,
 * "Advertisement"). Iterative ({@link NodeTraversor}), so nesting depth is harmless.
 */
final class ParagraphCollector implements NodeFilter {

  private static final double LINK_LIST_DENSITY = 0.5;
  private static final char NBSP = '\u00A0';

  /** A one-word line up to this long is a label ("Advertisement"), longer ones are CJK text. */
  private static final int MAX_LABEL_CHARS = 15;

  private final Element container;
  private final ContentScorer scorer;
  private final LabelledBlocks labelled;
  private final int maxParagraphs;

  /** Short negative lines are left out only around prose; a page of short lines keeps them all. */
  private final boolean containerHasProse;

  private final List<String> paragraphs = new ArrayList<>();

  /** Per paragraph: it came from a short line that scores against (byline, label, bullet). */
  private final List<Boolean> doubtful = new ArrayList<>();

  private final StringBuilder current = new StringBuilder();

  /** The short negative line being collected, or null. */
  private Element doubtfulLine;

  private boolean truncated;

  private ParagraphCollector(
      Element container, ContentScorer scorer, LabelledBlocks labelled, int maxParagraphs) {
    this.container = container;
    this.scorer = scorer;
    this.labelled = labelled;
    this.maxParagraphs = maxParagraphs;
    ElementStats cs = scorer.stats(container);
    this.containerHasProse = cs != null && cs.proseBlocks > 0;
  }

  /** The paragraphs of {@code container}; {@link #truncated()} tells if the cap cut them. */
  static ParagraphCollector collect(
      Element container, ContentScorer scorer, LabelledBlocks labelled, int maxParagraphs) {
    ParagraphCollector c = new ParagraphCollector(container, scorer, labelled, maxParagraphs);
    NodeTraversor.filter(c, container);
    c.flush();
    c.trimDoubtfulEdges();
    return c;
  }

  List<String> paragraphs() {
    return paragraphs;
  }

  boolean truncated() {
    return truncated;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (truncated) {
      return FilterResult.STOP;
    }
    if (node instanceof TextNode t) {
      appendCollapsed(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (e != container && (isLeftOut(e, tag) || isCaptionOrLabel(e, tag))) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("td") || tag.equals("th")) {
      current.append(' ');
    } else if (HtmlTags.isBlock(tag)) {
      flush();
      if (doubtfulLine == null && e != container && isShortNegativeLine(e, tag)) {
        doubtfulLine = e;
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("td") || tag.equals("th")) {
        current.append(' ');
      } else if (HtmlTags.isBlock(tag)) {
        flush();
        if (e == doubtfulLine) {
          doubtfulLine = null;
        }
      }
    }
    return truncated ? FilterResult.STOP : FilterResult.CONTINUE;
  }

  private boolean isLeftOut(Element e, String tag) {
    if (labelled.isSkipped(e)) {
      return true;
    }
    ElementStats s = scorer.stats(e);
    if (s == null) {
      return false;
    }
    if (s.boilerplate) {
      return true;
    }
    if (!HtmlTags.isBlock(tag)) {
      return false;
    }
    return s.chars > 0 && s.linkDensity() > LINK_LIST_DENSITY;
  }

  /**
   * A short negative line beside an image (its caption or credit) or of a single word
   * ("Advertisement", "Sponsored"): never the article's text, wherever it stands. A one-word list
   * item is the list's content (an ingredient, a vegetable), not a label.
   */
  private boolean isCaptionOrLabel(Element e, String tag) {
    if (!HtmlTags.isBlock(tag) || isCell(tag) || !isShortNegativeLine(e, tag)) {
      return false;
    }
    ElementStats s = scorer.stats(e);
    return s.holdsImage
        || !tag.equals("li") && s.chars <= MAX_LABEL_CHARS && e.text().strip().indexOf(' ') < 0;
  }

  private static boolean isCell(String tag) {
    return tag.equals("td") || tag.equals("th") || tag.equals("tr");
  }

  /**
   * A line that scores against and holds no prose: a byline, a date, a label, but also a list
   * bullet or a sub-heading. Which one it is shows from where it stands ({@link
   * #trimDoubtfulEdges}).
   */
  private boolean isShortNegativeLine(Element e, String tag) {
    ElementStats s = scorer.stats(e);
    return containerHasProse
        && s != null
        && s.score < 0
        && s.proseBlocks == 0
        && !HtmlTags.isHeading(tag);
  }

  /**
   * Drops the short negative lines before the first and after the last other paragraph: bylines,
   * dates, labels and share prompts stand at the article's edges, while the short lines between its
   * paragraphs (list items, sub-headings, quoted posts) are part of it.
   */
  private void trimDoubtfulEdges() {
    int first = doubtful.indexOf(Boolean.FALSE);
    int last = doubtful.lastIndexOf(Boolean.FALSE);
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!doubtful.get(i) || first >= 0 && i > first && i < last) {
        kept.add(paragraphs.get(i));
      }
    }
    paragraphs.clear();
    paragraphs.addAll(kept);
  }

  private void appendCollapsed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == NBSP) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void flush() {
    String p = current.toString().strip();
    current.setLength(0);
    if (!hasLetterOrDigit(p)) {
      return;
    }
    if (paragraphs.size() >= maxParagraphs) {
      truncated = true;
      return;
    }
    paragraphs.add(p);
    doubtful.add(doubtfulLine != null);
  }
}
