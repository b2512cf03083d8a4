package org.marsad.search;

import java.util.List;

/**
 * A piece of an article's original text with the ranges that matched the query.
 *
 * <p>The text is the source's own (diacritics, hamza forms and all): {@code
 * text.substring(h.start(), h.end())} is exactly what the publisher wrote for each highlight {@code
 * h}. Passages cut from different places are joined by {@value #PASSAGE_SEPARATOR}; a long sentence
 * cut short is marked with … where it was cut; line breaks are shown as spaces.
 *
 * @param text the snippet text
 * @param highlights matched ranges in {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Range> highlights) {

  public static final String PASSAGE_SEPARATOR = " … ";

  public static final Snippet EMPTY = new Snippet("", List.of());

  private static final String MARK_OPEN = "<mark>";
  private static final String MARK_CLOSE = "</mark>";

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** A matched range {@code [start, end)} of the snippet text. */
  public record Range(int start, int end) {}

  /** The text with each highlight wrapped in {@code open} and {@code close}, e.g. « and ». */
  public String marked(String open, String close) {
    return mark(open, close, false);
  }

  /** HTML: the text escaped, highlights wrapped in {@code <mark>}. */
  public String html() {
    return mark(MARK_OPEN, MARK_CLOSE, true);
  }

  private String mark(String open, String close, boolean escape) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 16);
    int at = 0;
    for (Range h : highlights) {
      append(out, text.substring(at, h.start()), escape);
      out.append(open);
      append(out, text.substring(h.start(), h.end()), escape);
      out.append(close);
      at = h.end();
    }
    append(out, text.substring(at), escape);
    return out.toString();
  }

  private static void append(StringBuilder out, String s, boolean escape) {
    if (!escape) {
      out.append(s);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
