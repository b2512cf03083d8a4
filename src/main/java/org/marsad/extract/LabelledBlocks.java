package org.marsad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.marsad.model.Link;
import org.marsad.model.LinkKind;
import org.marsad.model.RelatedArticle;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Finds the blocks a page introduces with a {@link BoilerplateLabel} (read-also boxes, related
 * lists, tag lines, source and copyright lines, share and subscribe prompts) and turns them into
 * links, tags and a source, so that the body can leave them out.
 *
 * <p>A label counts only where its block has the shape of boilerplate: a link box is the label's
 * block, widened while the enclosing element is still mostly links (or, for a bare heading, the
 * link lists right after it); a tag line is short or mostly links; a source, share or copyright
 * line is short. A long paragraph that happens to start with "Share" or "Source" is prose and is
 * left alone.
 */
final class LabelledBlocks {

  private static final int LABEL_SCAN_CHARS = 40;
  private static final int MAX_TEXT_NODE_CHARS = 300;
  private static final int MAX_BOX_CHARS = 4000;
  private static final double BOX_LINK_DENSITY = 0.5;
  private static final int SHORT_LINE_EXTRA_CHARS = 60;
  private static final int SOURCE_EXTRA_CHARS = 100;
  private static final int COPYRIGHT_MAX_CHARS = 250;
  private static final int UNLINKED_TITLE_MAX_CHARS = 200;
  private static final int MIN_HEADLINE_CHARS = 8;
  private static final int MAX_LINKS = 100;
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:：\\-–—|»«.،]+");
  private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,،;؛|/]\\s*|\\s+[-–]\\s+");

  private static final String LABEL_INITIALS = labelInitials();

  private final ContentScorer scorer;
  private final Element root;
  private final Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Link> links = new ArrayList<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private final List<RelatedArticle> related = new ArrayList<>();
  private final EmbeddedArticles embedded;
  private String source;

  private LabelledBlocks(Element root, ContentScorer scorer, String mainTitle) {
    this.root = root;
    this.scorer = scorer;
    this.embedded = new EmbeddedArticles(root, scorer, this, mainTitle);
  }

  /**
   * Scans {@code root} for labelled blocks.
   *
   * @param mainTitle the page's title, or null: tells an embedded article from the main one
   */
  static LabelledBlocks find(Element root, ContentScorer scorer, String mainTitle) {
    LabelledBlocks blocks = new LabelledBlocks(root, scorer, mainTitle);
    List<TextNode> candidates = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && !t.isBlank()) {
            candidates.add(t);
          }
        },
        root);
    for (TextNode t : candidates) {
      blocks.consider(t);
    }
    return blocks;
  }

  /**
   * A cheap filter before normalizing: can a label start with {@code c}? Covers the first letters
   * of every form, before and after normalization (hamza forms of alef fold to bare alef).
   */
  private static boolean mayStartLabel(char c) {
    return LABEL_INITIALS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  /** Elements the body must leave out. */
  boolean isSkipped(Element e) {
    return skipped.contains(e);
  }

  List<Link> links() {
    return links;
  }

  List<String> tags() {
    return new ArrayList<>(tags);
  }

  /** Further articles embedded after read-also labels, in page order. */
  List<RelatedArticle> related() {
    return related;
  }

  /** The text of a source line, or null. */
  String source() {
    return source;
  }

  private void consider(TextNode t) {
    String whole = t.getWholeText();
    if (whole.length() > 2 * MAX_TEXT_NODE_CHARS || !(t.parent() instanceof Element)) {
      return;
    }
    String text = whole.strip();
    if (text.isEmpty() || text.length() > MAX_TEXT_NODE_CHARS || !mayStartLabel(text.charAt(0))) {
      return;
    }
    String head = text.length() > LABEL_SCAN_CHARS ? text.substring(0, LABEL_SCAN_CHARS) : text;
    Optional<BoilerplateLabel> found = BoilerplateLabel.leading(head);
    if (found.isEmpty()) {
      return;
    }
    BoilerplateLabel label = found.get();
    String rest = afterLabel(text, label);
    Element block = enclosingBlock(t);
    if (skipped.contains(block)) {
      return;
    }
    int labelChars = nonSpace(text) - nonSpace(rest);
    ElementStats bs = scorer.stats(block);
    if (bs == null) {
      return;
    }
    switch (label) {
      case READ_ALSO, RELATED, SIMILAR, MOST_READ -> linkBox(block, labelChars, rest, label);
      case TAGS -> tagLine(tagBox(t, block, labelChars), labelChars, rest);
      case SOURCE -> {
        if (bs.chars <= labelChars + SOURCE_EXTRA_CHARS) {
          skipped.add(block);
          if (source == null) {
            source = rest.isEmpty() ? null : rest;
          }
        }
      }
      case COPYRIGHT -> {
        if (bs.chars <= COPYRIGHT_MAX_CHARS) {
          skipped.add(block);
        }
      }
      case SHARE, SUBSCRIBE, COMMENTS -> {
        if (bs.chars <= labelChars + SHORT_LINE_EXTRA_CHARS
            || bs.linkDensity() > BOX_LINK_DENSITY) {
          skipped.add(widen(block, labelChars));
        }
      }
    }
  }

  private void linkBox(Element block, int labelChars, String rest, BoilerplateLabel label) {
    LinkKind kind = kind(label);
    Element box = widen(block, labelChars);
    List<Element> region = new ArrayList<>(List.of(box));
    ElementStats s = scorer.stats(box);
    boolean labelOnly = s.chars <= labelChars + 2;
    if (labelOnly) {
      for (Element next = box.nextElementSibling();
          next != null;
          next = next.nextElementSibling()) {
        ElementStats ns = scorer.stats(next);
        if (ns == null || ns.chars == 0) {
          continue;
        }
        if (ns.linkDensity() < BOX_LINK_DENSITY || ns.chars > MAX_BOX_CHARS) {
          break;
        }
        region.add(next);
      }
    }
    boolean linkish = boxLinkDensity(s, labelChars) >= BOX_LINK_DENSITY;
    boolean shortLine = s.chars <= labelChars + UNLINKED_TITLE_MAX_CHARS;
    if (!(labelOnly || linkish || shortLine)) {
      return;
    }
    if (labelOnly) {
      embedded.after(region).ifPresent(found -> keepApart(found, region));
    } else if (shortLine) {
      String line = box.text();
      String headline = afterLabel(line, label);
      Optional<EmbeddedArticles.Found> inline =
          headline.equals(line) ? Optional.empty() : embedded.afterInline(box, headline);
      if (inline.isPresent()) {
        keepApart(inline.get(), region);
        return;
      }
    }
    int before = links.size();
    for (Element e : region) {
      skipped.add(e);
      for (Element a : e.select("a[href]")) {
        String title = a.text().strip();
        if (title.length() >= MIN_HEADLINE_CHARS && links.size() < MAX_LINKS) {
          links.add(new Link(title, emptyToNull(a.absUrl("href"), a.attr("href")), kind));
        }
      }
    }
    if (links.size() == before && !rest.isEmpty() && rest.length() <= UNLINKED_TITLE_MAX_CHARS) {
      links.add(new Link(rest, null, kind));
    }
  }

  /** Leaves an embedded article out of the body; its headline is its title, not a link. */
  private void keepApart(EmbeddedArticles.Found found, List<Element> region) {
    related.add(found.article());
    skipped.add(found.headline());
    skipped.addAll(found.blocks());
    region.remove(found.headline());
  }

  /**
   * The label's own inline element ({@code <strong>Tags<br><a>..</a>, <a>..</a></strong>}) when it
   * is mostly links: the enclosing block may be the article's text around it. Else the block.
   */
  private Element tagBox(TextNode label, Element block, int labelChars) {
    Element inline = (Element) label.parent();
    if (inline == block) {
      return block;
    }
    ElementStats s = scorer.stats(inline);
    return s != null && boxLinkDensity(s, labelChars) >= BOX_LINK_DENSITY ? inline : block;
  }

  private void tagLine(Element block, int labelChars, String rest) {
    Element box = widen(block, labelChars);
    ElementStats s = scorer.stats(box);
    List<Element> region = new ArrayList<>(List.of(box));
    if (s.chars <= labelChars + 2) {
      Element next = box.nextElementSibling();
      if (next != null && scorer.stats(next) != null && scorer.stats(next).chars <= MAX_BOX_CHARS) {
        region.add(next);
      }
    } else if (s.chars > labelChars + MAX_TEXT_NODE_CHARS
        && boxLinkDensity(s, labelChars) < BOX_LINK_DENSITY) {
      return;
    }
    boolean anchors = false;
    for (Element e : region) {
      skipped.add(e);
      for (Element a : e.select("a")) {
        String tag = a.text().strip();
        if (!tag.isEmpty()) {
          tags.add(tag.replaceFirst("^#", ""));
          anchors = true;
        }
      }
    }
    if (!anchors) {
      String list = rest.isEmpty() && region.size() > 1 ? region.get(1).text() : rest;
      for (String tag : TAG_SEPARATOR.split(list)) {
        if (!tag.isBlank()) {
          tags.add(tag.strip().replaceFirst("^#", ""));
        }
      }
    }
  }

  /** Widens a labelled block while its parent is still a small box of mostly links. */
  private Element widen(Element block, int labelChars) {
    Element box = block;
    while (box.parent() != null && box != root && box.parent() != root) {
      Element parent = box.parent();
      ElementStats ps = scorer.stats(parent);
      if (ps == null
          || ps.chars > MAX_BOX_CHARS
          || boxLinkDensity(ps, labelChars) < BOX_LINK_DENSITY
          || ps.proseBlocks > 0) {
        break;
      }
      box = parent;
    }
    return box;
  }

  private static double boxLinkDensity(ElementStats s, int labelChars) {
    int rest = s.chars - labelChars;
    return rest <= 0 ? 0 : (double) s.linkChars / rest;
  }

  private Element enclosingBlock(TextNode t) {
    Element e = (Element) t.parent();
    while (e != root && !HtmlTags.isBlock(e.normalName()) && e.parent() != null) {
      e = e.parent();
    }
    return e;
  }

  /** The text after the label and its punctuation, in the page's own characters. */
  static String afterLabel(String text, BoilerplateLabel label) {
    NormalizedText n = ArabicNormalizer.standard().normalizeAligned(text);
    String lower = n.text().toLowerCase();
    int longest = 0;
    for (String form : label.normalizedForms()) {
      if (lower.startsWith(form) && form.length() > longest) {
        longest = form.length();
      }
    }
    if (longest == 0) {
      return text;
    }
    String rest = text.substring(n.originalEnd(longest));
    return LEADING_PUNCTUATION.matcher(rest).replaceFirst("").strip();
  }

  private static String labelInitials() {
    StringBuilder sb = new StringBuilder("\u0623\u0625\u0622\u0671");
    for (BoilerplateLabel label : BoilerplateLabel.values()) {
      for (String form : label.normalizedForms()) {
        sb.append(form.charAt(0));
      }
    }
    return sb.toString();
  }

  private static LinkKind kind(BoilerplateLabel label) {
    return switch (label) {
      case READ_ALSO -> LinkKind.READ_ALSO;
      case RELATED -> LinkKind.RELATED;
      case SIMILAR -> LinkKind.SIMILAR;
      default -> LinkKind.OTHER;
    };
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  private static String emptyToNull(String abs, String raw) {
    if (!abs.isEmpty()) {
      return abs;
    }
    return raw.isBlank() ? null : raw.strip();
  }
}
