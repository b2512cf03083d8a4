package org.marsad.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What the extractor knows about HTML elements: which break words, which carry no text. */
final class HtmlTags {

  /** Elements that start a new block of text: a word (and paragraph) boundary on both sides. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "caption",
          "br",
          "img",
          "video",
          "audio",
          "picture",
          "option",
          "legend");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Elements that carry no readable text at all: removed before anything is measured. */
  private static final Set<String> REMOVED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "datalist",
          "head",
          "title",
          "meta",
          "link",
          "map",
          "area",
          "label");

  /** Page furniture: kept for label detection (related lists, tag lines) but never body text. */
  private static final Set<String> FURNITURE =
      Set.of("nav", "aside", "footer", "figcaption", "dialog", "menu");

  /** Roles that mark page furniture. */
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation",
          "complementary",
          "banner",
          "contentinfo",
          "menu",
          "menubar",
          "dialog",
          "alert",
          "search",
          "toolbar");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  /** Flag of {@link #nameFlags}: class or id words that mark content. */
  static final int CONTENT_NAME = 1;

  /** Flag: words of reader comments, boilerplate however much prose they hold. */
  static final int COMMENTS_NAME = 2;

  /** Flag: words that mark boilerplate whatever else the name says. */
  static final int STRONG_BOILERPLATE_NAME = 4;

  /** Flag: words that mark boilerplate unless the name also marks content. */
  static final int WEAK_BOILERPLATE_NAME = 8;

  /** Flag: words that name the article's own body, not just any content area. */
  static final int ARTICLE_BODY_NAME = 16;

  /** Where a class or id word starts and ends: spaces (between names), underscores, hyphens. */
  private static final String NAME_SEPARATORS = " \t\n\u000B\f\r_-";

  private static final String DIGITS = "0123456789";

  private static final NameWords NAME_WORDS =
      NameWords.builder(NAME_SEPARATORS)
          .prefixes(COMMENTS_NAME, "comment", "disqus", "respond", "replies", "reply")
          .prefixes(
              STRONG_BOILERPLATE_NAME,
              "share",
              "sharing",
              "social",
              "related",
              "recommend",
              "newsletter",
              "subscribe",
              "subscription",
              "signup",
              "promo",
              "advert",
              "adslot",
              "sponsor",
              "cookie",
              "consent",
              "gdpr",
              "breadcrumb",
              "pagination",
              "pager",
              "outbrain",
              "taboola",
              "most-?read",
              "most-?popular",
              "read-?also",
              "readalso",
              "read-?more",
              "more-?news",
              "more-?stories",
              "tag-?list",
              "post-?tags",
              "keywords",
              "popup",
              "modal",
              "print-?only",
              "sr-only",
              "visually-?hidden",
              "skip-?link",
              "jump-?link",
              "author-?bio",
              "about-?author")
          .wholeWords(STRONG_BOILERPLATE_NAME, NAME_SEPARATORS + DIGITS, "ad", "ads")
          .wholeWords(STRONG_BOILERPLATE_NAME, NAME_SEPARATORS, "tag", "tags")
          .prefixes(
              WEAK_BOILERPLATE_NAME,
              "header",
              "footer",
              "masthead",
              "sidebar",
              "side-?bar",
              "widget",
              "menu",
              "nav",
              "meta",
              "byline",
              "dateline",
              "timestamp",
              "date",
              "caption",
              "credit",
              "toolbar",
              "tools",
              "banner",
              "extra",
              "supplemental",
              "aside",
              "rail",
              "teaser",
              "topbar",
              "bottom")
          .wholeWords(WEAK_BOILERPLATE_NAME, NAME_SEPARATORS, "link", "links")
          .prefixes(
              CONTENT_NAME,
              "article",
              "content",
              "story",
              "entry",
              "post-?body",
              "post-?content",
              "post-?text",
              "text",
              "body",
              "main",
              "news-?detail",
              "detail",
              "maqal",
              "khabar",
              "matn",
              "field-?item",
              "rich-?text",
              "prose",
              "blog-?post")
          .wholeWords(
              ARTICLE_BODY_NAME,
              NAME_SEPARATORS,
              "post-?text",
              "post_text",
              "post-?body",
              "post-?entry",
              "postentry",
              "post-?content",
              "post_content",
              "postcontent",
              "article-?text",
              "articletext",
              "entry-?content",
              "article-?content",
              "article__content",
              "article-?body",
              "article__body",
              "articlebody",
              "story-?body",
              "story-?content",
              "body-?text",
              "text-?content",
              "art-?content",
              "field-?name-?body",
              "field--name-body",
              "news-?detail",
              "news-?details",
              "news-?content",
              "news-?body")
          .build();

  /** Addresses of a site's legal and rules pages: privacy, terms, community guidelines. */
  private static final NameWords POLICY_HREF =
      NameWords.builder("/_.-")
          .wholeWords(
              1,
              "/_.?#-",
              "privacy",
              "terms",
              "guidelines",
              "policy",
              "policies",
              "cookie",
              "cookies",
              "legal",
              "disclaimer",
              "conditions")
          .build();

  private HtmlTags() {}

  static boolean isBlock(String tag) {
    return BLOCKS.contains(tag);
  }

  static boolean isHeading(String tag) {
    return HEADINGS.contains(tag);
  }

  /** True for elements removed before anything is measured: no text, or hidden. */
  static boolean isRemoved(Element e) {
    if (REMOVED.contains(e.normalName())) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * True for navigation, asides, footers, captions and elements with a furniture role. Forms are
   * not furniture: ASP.NET pages wrap the whole page in one.
   */
  static boolean isFurniture(Element e) {
    if (FURNITURE.contains(e.normalName())) {
      return true;
    }
    String role = e.attr("role");
    return !role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT));
  }

  /** The class and id of an element, lower-cased, for the name patterns. */
  static String names(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /**
   * Which word lists a lower-cased class and id (from {@link #names}) holds: the OR of {@link
   * #CONTENT_NAME}, {@link #COMMENTS_NAME}, {@link #STRONG_BOILERPLATE_NAME}, {@link
   * #WEAK_BOILERPLATE_NAME} and {@link #ARTICLE_BODY_NAME}.
   */
  static int nameFlags(String names) {
    return names.isEmpty() ? 0 : NAME_WORDS.flags(names);
  }

  /** Tags that may hold a whole article body: blocks that are not a paragraph, item or heading. */
  static boolean isBodyContainer(String tag) {
    return BLOCKS.contains(tag)
        && !HEADINGS.contains(tag)
        && !tag.equals("p")
        && !tag.equals("li")
        && !tag.equals("br");
  }

  /** A link to the site's privacy, terms or community rules. */
  static boolean isPolicyLink(Element a) {
    String href = a.attr("href");
    return !href.isEmpty() && POLICY_HREF.flags(href.toLowerCase(Locale.ROOT)) != 0;
  }

  /** The element itself says it is the article: {@code <article>}, {@code <main>}, articleBody. */
  static boolean isArticleMarker(Element e) {
    String tag = e.normalName();
    return tag.equals("article")
        || tag.equals("main")
        || "articleBody".equals(e.attr("itemprop"))
        || "main".equals(e.attr("role"));
  }
}
