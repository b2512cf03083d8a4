package org.marsad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the article, by scoring blocks of text and choosing the subtree with
 * the highest sum.
 *
 * <p>Each block (the text of a block element outside its nested blocks) gets a weight: prose (long
 * enough, few links) counts its characters, reduced by its link share; link lists and short lines
 * without a sentence end count against. Headings are neutral unless they are links (teasers). A
 * subtree named or placed as furniture (nav, aside, footer; class or id such as share, related,
 * widget) counts all its text against, unless it holds an {@code <article>}-like marker or most of
 * the page's prose (site templates put words like "widget" or "read-more" on the article's own
 * wrapper). A link's own class never makes it furniture by a weak name ("external-link" is a link
 * in a sentence, not a links box). Reader comments count against however much prose they hold. The
 * container is the element whose subtree sum, times a small bonus for content names and article
 * markers, is highest: it takes in every prose block whose neighbours' boilerplate costs less than
 * the prose gains, which is how articles split by ads or read-also boxes stay whole.
 *
 * <p>Two passes over the elements (a post-order traversal, then its list), both iterative, so
 * nesting depth is harmless. Not thread-safe; one instance per page.
 */
final class ContentScorer {

  /** Shorter blocks are lines (bylines, dates, labels) unless they end a sentence. */
  static final int PROSE_MIN_CHARS = 60;

  private static final double LINK_LIST_DENSITY = 0.5;
  private static final double SHORT_LINE_WEIGHT = 0.5;
  private static final double CONTENT_NAME_BONUS = 1.1;
  private static final double ARTICLE_MARKER_BONUS = 1.2;

  /**
   * Text in blocks that link to the site's privacy, terms or community rules: comment policies,
   * cookie notices. An element mostly made of it, and not long, is boilerplate.
   */
  private static final double POLICY_SHARE = 0.5;

  private static final int POLICY_MAX_CHARS = 800;

  /** Links to policy pages are named in a few words ("Privacy Policy", "سياسة الخصوصية"). */
  private static final int POLICY_LINK_MAX_CHARS = 30;

  /** An element named as the article's body wins when it holds this share of the best's prose. */
  private static final double NAMED_BODY_SHARE = 0.5;

  /** A furniture-named element holding this share of the page's prose is the article after all. */
  private static final double MAJORITY_OF_PROSE = 0.5;

  private static final char IDEOGRAPHIC_FULL_STOP = '\u3002';
  private static final char FULLWIDTH_EXCLAMATION = '\uFF01';
  private static final char FULLWIDTH_QUESTION = '\uFF1F';

  /** A teaser starts with a headline link of at least this many characters. */
  private static final int TEASER_MIN_HEADLINE = 15;

  /** A teaser's excerpt: some unlinked text, but not an article's worth. */
  private static final int TEASER_MIN_EXCERPT = 40;

  private static final int TEASER_MAX_CHARS = 600;

  /** Siblings of one tag and class that make a teaser list. */
  private static final int TEASER_MIN_SIBLINGS = 3;

  /** Share of a sibling group that must look like teasers. */
  private static final double TEASER_SHARE = 0.66;

  private final Map<Element, ElementStats> stats = new IdentityHashMap<>();

  /** Pattern results per class-and-id string: pages repeat the same names on many elements. */
  private final Map<String, Integer> nameFlags = new HashMap<>();

  private final List<Element> postOrder = new ArrayList<>();

  /** Measures every element under {@code root}. */
  static ContentScorer measure(Element root) {
    ContentScorer scorer = new ContentScorer();
    NodeTraversor.traverse(scorer.new Measure(), root);
    scorer.decide(root);
    return scorer;
  }

  ElementStats stats(Element e) {
    return stats.get(e);
  }

  /**
   * The element that holds the article, never inside boilerplate; {@code root} when nothing reads
   * as prose. The element with the best content score, unless an element named as the article's
   * body (entry-content, itemprop articleBody ...) holds at least {@link #NAMED_BODY_SHARE} of its
   * prose: a page's own markup beats the scores, which misjudge articles made of lists, tables or
   * linked text. On equal scores the deeper element wins.
   */
  Element bestContainer(Element root) {
    Element[] best = {root};
    double[] bestScore = {0};
    Element[] named = {null};
    List<Element> allNamed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            ElementStats s = stats.get(e);
            if (s.boilerplate) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (s.bodyName && s.proseChars > 0) {
              allNamed.add(e);
              if (named[0] == null || s.proseChars >= stats.get(named[0]).proseChars) {
                named[0] = e;
              }
            }
            double score = s.score;
            if (score > 0) {
              if (HtmlTags.isArticleMarker(e)) {
                score *= ARTICLE_MARKER_BONUS;
              } else if (s.contentName) {
                score *= CONTENT_NAME_BONUS;
              }
            }
            if (score >= bestScore[0] && score > 0) {
              bestScore[0] = score;
              best[0] = e;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    if (named[0] != null
        && stats.get(named[0]).proseChars >= NAMED_BODY_SHARE * stats.get(best[0]).proseChars) {
      return withSplitParts(named[0], allNamed);
    }
    return best[0];
  }

  /**
   * The closest common ancestor of {@code body} and the other elements of its class: the article is
   * split into chunks (between ads or images) that the ancestor holds together.
   */
  private static Element withSplitParts(Element body, List<Element> named) {
    String cls = body.className();
    Element joined = body;
    for (Element other : named) {
      if (other != joined && other.className().equals(cls) && !joined.parents().contains(other)) {
        joined = commonAncestor(joined, other);
      }
    }
    return joined;
  }

  private static Element commonAncestor(Element a, Element b) {
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element x = a; x != null; x = x.parent()) {
      seen.add(x);
    }
    for (Element y = b; y != null; y = y.parent()) {
      if (seen.contains(y)) {
        return y;
      }
    }
    return a;
  }

  private int nameFlags(String names) {
    if (names.isEmpty()) {
      return 0;
    }
    return nameFlags.computeIfAbsent(names, HtmlTags::nameFlags);
  }

  /** Weight of one block of text. */
  static double blockWeight(int chars, int linkChars, int stops) {
    if (chars == 0) {
      return 0;
    }
    double linkDensity = (double) linkChars / chars;
    if (linkDensity >= LINK_LIST_DENSITY) {
      return -chars;
    }
    if (chars < PROSE_MIN_CHARS) {
      return (stops > 0 ? SHORT_LINE_WEIGHT : -SHORT_LINE_WEIGHT) * chars;
    }
    return chars * (1 - 2 * linkDensity);
  }

  /**
   * Headings are neutral, except linked ones: a heading that is a link is a teaser's headline, and
   * counts against like a link list.
   */
  static double headingWeight(int chars, int linkChars) {
    return chars > 0 && linkChars >= LINK_LIST_DENSITY * chars ? -chars : 0;
  }

  /** Second pass: boilerplate decisions (which need the page's prose total) and subtree sums. */
  private void decide(Element root) {
    ElementStats rootStats = stats.get(root);
    int pageProse = rootStats == null ? 0 : rootStats.proseChars;
    for (Element e : postOrder) {
      ElementStats s = stats.get(e);
      boolean named = s.commentsName || s.furnitureName;
      boolean isArticle = s.containsArticleMarker;
      boolean holdsArticle = !s.commentsName && s.proseChars >= MAJORITY_OF_PROSE * pageProse;
      boolean policy =
          s.policyChars > 0
              && s.policyChars >= POLICY_SHARE * s.chars
              && s.chars <= POLICY_MAX_CHARS;
      s.boilerplate = e != root && (s.teaser || policy || named && !isArticle && !holdsArticle);
      s.score = s.boilerplate ? -s.chars : s.score + s.ownWeight;
      Element parent = e.parent();
      ElementStats ps = parent == null ? null : stats.get(parent);
      if (ps != null) {
        ps.score += s.score;
      }
    }
  }

  private final class Measure implements NodeVisitor {
    private int openLinks;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e && e.normalName().equals("a")) {
        openLinks++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      ElementStats s = new ElementStats();
      String tag = e.normalName();
      int elementChildren = 0;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          addText(s, t.getWholeText(), openLinks > 0);
        } else if (child instanceof Element c) {
          ElementStats cs = stats.get(c);
          elementChildren++;
          if (s.chars == 0) {
            s.leadingLinkChars = cs.leadingLinkChars;
          }
          s.chars += cs.chars;
          s.linkChars += cs.linkChars;
          s.proseChars += cs.proseChars;
          s.proseBlocks += cs.proseBlocks;
          s.containsArticleMarker |= cs.containsArticleMarker;
          s.holdsImage |= cs.holdsImage;
          s.policyChars += cs.policyChars;
          if (!HtmlTags.isBlock(c.normalName())) {
            s.blockPolicyLinks += cs.blockPolicyLinks;
          }
          if (!HtmlTags.isBlock(c.normalName())) {
            s.blockChars += cs.blockChars;
            s.blockLinkChars += cs.blockLinkChars;
            s.blockStops += cs.blockStops;
          }
        }
      }
      s.holdsImage |= tag.equals("img") || tag.equals("picture");
      if (HtmlTags.isHeading(tag)) {
        s.ownWeight = headingWeight(s.blockChars, s.blockLinkChars);
      } else if (HtmlTags.isBlock(tag)) {
        s.ownWeight = blockWeight(s.blockChars, s.blockLinkChars, s.blockStops);
        if (s.ownWeight > 0 && s.blockChars >= PROSE_MIN_CHARS) {
          s.proseBlocks++;
          s.proseChars += s.blockChars;
        }
      }
      if (tag.equals("a")) {
        s.leadingLinkChars = s.chars;
        if (s.chars <= POLICY_LINK_MAX_CHARS && HtmlTags.isPolicyLink(e)) {
          s.blockPolicyLinks++;
        }
      }
      if (HtmlTags.isBlock(tag) && s.blockPolicyLinks > 0) {
        s.policyChars += s.blockChars;
      }
      if (elementChildren >= TEASER_MIN_SIBLINGS && !tag.equals("ol")) {
        markTeasers(e);
      }
      int flags = nameFlags(HtmlTags.names(e));
      s.bodyName =
          HtmlTags.isBodyContainer(tag)
              && ((flags & HtmlTags.ARTICLE_BODY_NAME) != 0
                  || "articleBody".equals(e.attr("itemprop")));
      s.contentName = (flags & HtmlTags.CONTENT_NAME) != 0;
      s.commentsName = (flags & HtmlTags.COMMENTS_NAME) != 0;
      s.furnitureName =
          HtmlTags.isFurniture(e)
              || (flags & HtmlTags.STRONG_BOILERPLATE_NAME) != 0
              || (!s.contentName
                  && !tag.equals("a")
                  && (flags & HtmlTags.WEAK_BOILERPLATE_NAME) != 0);
      s.containsArticleMarker |= HtmlTags.isArticleMarker(e);
      stats.put(e, s);
      postOrder.add(e);
      if (tag.equals("a")) {
        openLinks--;
      }
    }

    /**
     * Marks the children of {@code parent} that form a teaser list: at least three siblings of one
     * tag and class, most of them a linked headline with a short excerpt. Never the items of an
     * ordered list: a numbered list of linked stories is the article's own roundup ("10 things to
     * know today"), while sites list their other articles in plain lists and card grids.
     */
    private void markTeasers(Element parent) {
      Map<String, List<ElementStats>> groups = new HashMap<>();
      for (Element c : parent.children()) {
        ElementStats cs = stats.get(c);
        if (cs.chars > 0) {
          groups
              .computeIfAbsent(c.normalName() + '.' + c.className(), k -> new ArrayList<>())
              .add(cs);
        }
      }
      for (List<ElementStats> group : groups.values()) {
        if (group.size() < TEASER_MIN_SIBLINGS) {
          continue;
        }
        int teasers = 0;
        for (ElementStats cs : group) {
          if (looksLikeTeaser(cs)) {
            teasers++;
          }
        }
        if (teasers >= TEASER_SHARE * group.size()) {
          for (ElementStats cs : group) {
            cs.teaser = looksLikeTeaser(cs);
          }
        }
      }
    }

    private void addText(ElementStats s, String text, boolean inLink) {
      int n = 0;
      int stops = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c > ' ' && c != '\u00A0' && !Character.isWhitespace(c)) {
          n++;
          if (isStop(c)) {
            stops++;
          }
        }
      }
      s.chars += n;
      s.blockChars += n;
      s.blockStops += stops;
      if (inLink) {
        s.linkChars += n;
        s.blockLinkChars += n;
      }
    }
  }

  private static boolean looksLikeTeaser(ElementStats s) {
    return s.leadingLinkChars >= TEASER_MIN_HEADLINE
        && s.chars - s.linkChars >= TEASER_MIN_EXCERPT
        && s.chars <= TEASER_MAX_CHARS;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Marks that end a sentence or a quotation, Arabic and CJK ones included. */
  private static boolean isStop(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '\u061F'
        || c == '\u2026'
        || c == '"'
        || c == '\u201D'
        || c == '\u00BB'
        || c == ':'
        || c == '\u06D4'
        || c == IDEOGRAPHIC_FULL_STOP
        || c == FULLWIDTH_EXCLAMATION
        || c == FULLWIDTH_QUESTION;
  }
}
