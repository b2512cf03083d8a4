package org.marsad.bench;

import java.nio.charset.StandardCharsets;

/**
 * One benchmark document: an article of the corpus, every field as the source printed it (empty
 * when the corpus lacks it).
 */
record BenchDoc(
    String url,
    String title,
    String text,
    String source,
    String category,
    String summary,
    String pubDateRaw,
    String author) {

  /** A document with only a title and a body (tests, corpora without metadata). */
  static BenchDoc of(String title, String text) {
    return new BenchDoc("", title, text, "", "", "", "", "");
  }

  /** Title and body in UTF-8 bytes: what the text stages read, for MB/s. */
  long utf8Bytes() {
    return title.getBytes(StandardCharsets.UTF_8).length
        + text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The body's paragraphs: ANT puts one per line. */
  String[] paragraphs() {
    return text.strip().split("\\s*\\n\\s*");
  }
}
