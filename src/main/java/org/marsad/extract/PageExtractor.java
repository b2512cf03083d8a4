package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/**
 * Chooses the extractor for a page by sniffing its bytes: HTML goes to {@link
 * HtmlArticleExtractor}, plain text to {@link PlainTextDumpExtractor}; binary or empty input yields
 * an empty article with a problem. Thread-safe when its extractors are.
 */
public final class PageExtractor implements ArticleExtractor {

  /** What a page's bytes look like. */
  public enum Kind {
    HTML,
    TEXT,
    BINARY,
    EMPTY
  }

  private static final int SNIFF_BYTES = 1024;
  private static final int BINARY_SNIFF_BYTES = 8192;
  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final Pattern MARKUP =
      Pattern.compile(
          "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<title>|<div[\\s>]|<p[\\s>]"
              + "|<article[\\s>]|<script[\\s>]|<link\\s|<table[\\s>]|<span[\\s>]|<a\\s",
          Pattern.CASE_INSENSITIVE);

  private final ArticleExtractor html;
  private final ArticleExtractor text;

  /** The default HTML and plain-text extractors. */
  public PageExtractor() {
    this(new HtmlArticleExtractor(), new PlainTextDumpExtractor());
  }

  public PageExtractor(ArticleExtractor html, ArticleExtractor text) {
    this.html = Objects.requireNonNull(html, "html");
    this.text = Objects.requireNonNull(text, "text");
  }

  @Override
  public ExtractedArticle extract(Page page) {
    return switch (sniff(page)) {
      case HTML -> html.extract(page);
      case TEXT -> text.extract(page);
      case BINARY -> failed(page, "binary content, not an HTML or text page");
      case EMPTY -> failed(page, "empty page");
    };
  }

  /**
   * HTML when the Content-Type says so or markup (doctype, common tags) appears in the first KB;
   * binary when NUL bytes or many control characters appear early (UTF-16 with a BOM is text).
   */
  public static Kind sniff(Page page) {
    byte[] b = page.bytes();
    if (b == null || b.length == 0 || isBlank(b)) {
      return Kind.EMPTY;
    }
    boolean utf16 =
        b.length >= 2
            && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    if (!utf16 && looksBinary(b)) {
      return Kind.BINARY;
    }
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("html") || type.contains("xhtml")) {
      return Kind.HTML;
    }
    String head =
        utf16
            ? new String(b, 0, Math.min(b.length, 2 * SNIFF_BYTES), StandardCharsets.UTF_16)
            : new String(b, 0, Math.min(b.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    return MARKUP.matcher(head).find() ? Kind.HTML : Kind.TEXT;
  }

  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, BINARY_SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > MAX_CONTROL_SHARE * n;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
        return false;
      }
    }
    return true;
  }

  private static ExtractedArticle failed(Page page, String problem) {
    return ExtractedArticle.empty(page.url(), List.of(problem));
  }
}
