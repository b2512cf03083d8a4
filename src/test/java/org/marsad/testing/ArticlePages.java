package org.marsad.testing;

import java.util.List;

/**
 * Article pages as news sites serve them (navigation, headline, paragraphs, footer), for the pages
 * a summary-only feed item links to.
 */
public final class ArticlePages {
  /** Boilerplate every page carries; an extraction that keeps it failed. */
  public static final String MENU = "الرئيسية";

  public static final String FOOTER = "جميع الحقوق محفوظة لموقع الأخبار";

  private ArticlePages() {}

  /**
   * @param canonical the {@code <link rel=canonical>} address, or null for none
   */
  public static String html(String headline, List<String> paragraphs, String canonical) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>");
    html.append("<meta charset=\"utf-8\"><title>")
        .append(AntFeeds.escape(headline))
        .append(" | موقع الأخبار</title>");
    if (canonical != null) {
      html.append("<link rel=\"canonical\" href=\"")
          .append(AntFeeds.escape(canonical))
          .append("\">");
    }
    html.append("</head>\n<body><nav><ul>");
    for (String item : List.of(MENU, "سياسة", "اقتصاد", "رياضة", "ثقافة")) {
      html.append("<li><a href=\"/section\">").append(item).append("</a></li>");
    }
    html.append("</ul></nav>\n<article><h1>").append(AntFeeds.escape(headline)).append("</h1>\n");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(AntFeeds.escape(paragraph)).append("</p>\n");
    }
    html.append("</article>\n<footer><p>").append(FOOTER).append("</p></footer></body></html>\n");
    return html.toString();
  }
}
