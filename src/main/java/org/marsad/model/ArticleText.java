package org.marsad.model;

/**
 * The one text of an article that enrichment reads and that entity offsets point into: the title, a
 * blank line, then the body. Titles name the main actors, so they are read too.
 */
public final class ArticleText {
  public static final String SEPARATOR = "\n\n";

  private ArticleText() {}

  public static String of(String title, String body) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;
    if (t.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? t : t + SEPARATOR + b;
  }

  public static String of(Article article) {
    return of(article.title(), article.body());
  }
}
