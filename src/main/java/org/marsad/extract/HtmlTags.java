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

  /** Class or id words of reader comments: boilerplate however much prose they hold. */
  private static final Pattern COMMENTS =
      Pattern.compile("(?:^|[\\s_-])(?:comments?|commentlist|disqus|respond|replies|reply)");

  /** Class or id words that mark boilerplate whatever else the name says. */
  private static final Pattern STRONG_BOILERPLATE =
      Pattern.compile(
          "(?:^|[\\s_-])(?:share|sharing|sharethis|"
              + "social|related|recommend\\w*|newsletter|subscribe|subscription|signup|promo\\w*|"
              + "advert\\w*|ads?(?=$|[\\s_\\d-])|adslot|sponsor\\w*|cookie\\w*|consent|gdpr|"
              + "breadcrumbs?|pagination|pager|outbrain|taboola|most-?read|most-?popular|"
              + "read-?also|readalso|read-?more|more-?news|more-?stories|tags?(?=$|[\\s_-])|"
              + "tag-?list|post-?tags|keywords|popup|modal|print-?only|sr-only|"
              + "visually-?hidden|skip-?link|jump-?link|author-?bio|about-?author|newsletter\\w*)");

  /** Class or id words that mark boilerplate unless the name also marks content. */
  private static final Pattern WEAK_BOILERPLATE =
      Pattern.compile(
          "(?:^|[\\s_-])(?:header|footer|masthead|sidebar|side-?bar|widget|menu|nav\\w*|meta|"
              + "byline|dateline|timestamp|date|caption|credit|toolbar|tools|banner|extra|"
              + "supplemental|aside|rail|teaser|masthead|topbar|bottom|links?(?=$|[\\s_-]))");

  /** Class or id words that mark content. */
  private static final Pattern CONTENT =
      Pattern.compile(
          "(?:^|[\\s_-])(?:article\\w*|content\\w*|story\\w*|entry\\w*|post-?body|post-?content|"
              + "post-?text|text|body\\w*|main|news-?details?|details?|maqal\\w*|khabar|matn|"
              + "field-?item|rich-?text|prose|blog-?post)");

  /** Class or id words that name the article's own body, not just any content area. */
  private static final Pattern ARTICLE_BODY =
      Pattern.compile(
          "(?:^|[\\s_-])(?:post-?text|post_text|post-?body|post-?entry|postentry|post-?content|"
              + "post_content|postcontent|article-?text|articletext|entry-?content|"
              + "article-?content|article__content|article-?body|article__body|articlebody|"
              + "story-?body|story-?content|body-?text|text-?content|art-?content|"
              + "field-?name-?body|field--name-body|news-?details?|news-?content|news-?body)"
              + "(?=$|[\\s_-])");

  /** Addresses of a site's legal and rules pages: privacy, terms, community guidelines. */
  private static final Pattern POLICY_HREF =
      Pattern.compile(
          "(?:^|[/_.-])(?:privacy|terms|guidelines|policy|policies|cookies?|legal|disclaimer|"
              + "conditions)(?:[/_.?#-]|$)");

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

  static boolean namesContent(String names) {
    return !names.isEmpty() && CONTENT.matcher(names).find();
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
    return !href.isEmpty() && POLICY_HREF.matcher(href.toLowerCase(Locale.ROOT)).find();
  }

  /** Names of the article's body itself (entry-content, article-body, post-text ...). */
  static boolean namesArticleBody(String names) {
    return !names.isEmpty() && ARTICLE_BODY.matcher(names).find();
  }

  /** Names of reader-comment sections. */
  static boolean namesComments(String names) {
    return !names.isEmpty() && COMMENTS.matcher(names).find();
  }

  /** Names that mark boilerplate unless content words also appear (share, related ...). */
  static boolean namesStrongBoilerplate(String names) {
    return !names.isEmpty() && STRONG_BOILERPLATE.matcher(names).find();
  }

  /** Names that mark boilerplate only when the element holds little prose (widget, header ...). */
  static boolean namesWeakBoilerplate(String names) {
    return !names.isEmpty() && WEAK_BOILERPLATE.matcher(names).find();
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
