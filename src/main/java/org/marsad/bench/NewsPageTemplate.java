package org.marsad.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marsad.model.Page;

/**
 * Renders a corpus article into the page an Arabic news site would serve: a template around the
 * real text, with the parts extraction must leave out (navigation, a breaking-news bar, share
 * buttons, a read-also box inside the body, a source line, a tag line, related and most-read lists,
 * comments, the footer) and the metadata it should read (OpenGraph, JSON-LD NewsArticle). The
 * title, paragraphs, byline, date and the titles in the lists are the corpus's own texts; the
 * markup and the fixed labels are the template's. Deterministic: the same inputs give the same
 * bytes.
 */
final class NewsPageTemplate {
  /** Titles of other articles listed in each of the read-also, related and most-read boxes. */
  static final int LISTED_TITLES = 4;

  private static final List<String> SECTIONS =
      List.of("الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة وفن", "تكنولوجيا", "منوعات", "فيديو");

  private NewsPageTemplate() {}

  /**
   * The page for {@code doc}; {@code others} gives the titles the boxes list (at least one).
   *
   * @param pageUrl the address the page claims (canonical link, og:url)
   */
  static Page render(BenchDoc doc, String pageUrl, List<BenchDoc> others) {
    String site = doc.source().isBlank() ? "موقع الأخبار" : doc.source();
    StringBuilder html = new StringBuilder(doc.text().length() * 2 + 8192);
    html.append(
            "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(doc.title()))
        .append(" | ")
        .append(escape(site))
        .append("</title>\n")
        .append(meta("og:title", doc.title()))
        .append(meta("og:url", pageUrl))
        .append(meta("og:site_name", site))
        .append(meta("og:type", "article"))
        .append("<meta name=\"description\" content=\"")
        .append(escape(doc.summary()))
        .append("\">\n<link rel=\"canonical\" href=\"")
        .append(escape(pageUrl))
        .append("\">\n<link rel=\"stylesheet\" href=\"/static/site.css\">\n")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
        .append("\"@type\":\"NewsArticle\",\"headline\":\"")
        .append(jsonString(doc.title()))
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
        .append(jsonString(doc.author()))
        .append("\"},\"datePublished\":\"")
        .append(jsonString(doc.pubDateRaw()))
        .append("\"}</script>\n")
        .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){}</script>\n")
        .append("</head>\n<body class=\"article-page\">\n");
    header(html, site);
    html.append("<main class=\"container\">\n<article class=\"story\">\n")
        .append("<div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> › <a href=\"/section\">")
        .append(escape(doc.category()))
        .append("</a></div>\n<h1 class=\"story-title\">")
        .append(escape(doc.title()))
        .append("</h1>\n<div class=\"story-meta\"><span class=\"author\">")
        .append(escape(doc.author()))
        .append("</span> <time>")
        .append(escape(doc.pubDateRaw()))
        .append("</time></div>\n")
        .append("<div class=\"share\"><span>شارك:</span> <a href=\"#\">فيسبوك</a> ")
        .append("<a href=\"#\">تويتر</a> <a href=\"#\">واتساب</a> <a href=\"#\">طباعة</a></div>\n")
        .append("<div class=\"story-body\">\n");
    body(html, doc, others);
    html.append("<p class=\"source-line\">المصدر: ")
        .append(escape(site))
        .append("</p>\n</div>\n<div class=\"tags\"><span>كلمات دلالية:</span> ")
        .append(link(doc.category()))
        .append(' ')
        .append(link(site))
        .append("</div>\n</article>\n");
    titleList(html, "related", "أخبار ذات صلة", others, 1);
    titleList(html, "most-read", "الأكثر قراءة", others, 2);
    html.append("<section class=\"comments\"><h3>التعليقات</h3>")
        .append("<p>لا توجد تعليقات بعد. كن أول من يعلق على هذا الخبر.</p>")
        .append("<form><textarea placeholder=\"أضف تعليقك\"></textarea>")
        .append("<button>إرسال</button></form></section>\n</main>\n");
    footer(html, site);
    html.append("</body>\n</html>\n");
    return new Page(
        html.toString().getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8",
        pageUrl.isBlank() ? null : pageUrl,
        false);
  }

  private static void header(StringBuilder html, String site) {
    html.append("<header class=\"site-header\">\n<div class=\"logo\"><a href=\"/\">")
        .append(escape(site))
        .append("</a></div>\n<nav class=\"main-nav\"><ul>");
    for (String section : SECTIONS) {
      html.append("<li>").append(link(section)).append("</li>");
    }
    html.append("</ul></nav>\n<div class=\"breaking\"><strong>عاجل</strong> ")
        .append("<a href=\"/live\">تابعوا التغطية المباشرة لآخر الأخبار</a></div>\n")
        .append("<div class=\"subscribe\">اشترك في النشرة البريدية</div>\n</header>\n");
  }

  /** The paragraphs, with the read-also box after the first third, as Arabic sites place it. */
  private static void body(StringBuilder html, BenchDoc doc, List<BenchDoc> others) {
    String[] paragraphs = doc.paragraphs();
    int readAlsoAfter = Math.max(1, paragraphs.length / 3);
    for (int i = 0; i < paragraphs.length; i++) {
      html.append("<p>").append(escape(paragraphs[i])).append("</p>\n");
      if (i + 1 == readAlsoAfter) {
        titleList(html, "read-also", "اقرأ أيضاً", others, 0);
      }
    }
  }

  private static void titleList(
      StringBuilder html, String cssClass, String label, List<BenchDoc> others, int shift) {
    html.append("<div class=\"")
        .append(cssClass)
        .append("\"><h3>")
        .append(label)
        .append("</h3><ul>");
    for (int i = 0; i < LISTED_TITLES; i++) {
      BenchDoc other = others.get((i + shift * LISTED_TITLES) % others.size());
      html.append("<li><a href=\"/news/")
          .append(i + shift * LISTED_TITLES)
          .append("\">")
          .append(escape(other.title()))
          .append("</a></li>");
    }
    html.append("</ul></div>\n");
  }

  private static void footer(StringBuilder html, String site) {
    html.append("<footer class=\"site-footer\"><ul>");
    for (String page : List.of("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام")) {
      html.append("<li>").append(link(page)).append("</li>");
    }
    html.append("</ul><p>جميع الحقوق محفوظة © ")
        .append(escape(site))
        .append("</p></footer>\n<script src=\"/static/site.js\"></script>\n");
  }

  private static String meta(String property, String content) {
    return "<meta property=\"" + property + "\" content=\"" + escape(content) + "\">\n";
  }

  private static String link(String text) {
    return "<a href=\"/tag\">" + escape(text) + "</a>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** The text as the inside of a JSON string literal. */
  private static String jsonString(String text) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(text));
  }
}
