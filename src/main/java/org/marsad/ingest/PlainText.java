package org.marsad.ingest;

import org.jsoup.Jsoup;

/** Titles as plain text: feeds put markup and entities in them (Atom {@code type="html"}). */
final class PlainText {
  private PlainText() {}

  /** The text with tags removed and entities decoded, whitespace collapsed; null stays null. */
  static String of(String maybeHtml) {
    if (maybeHtml == null) {
      return null;
    }
    if (maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0) {
      return maybeHtml.strip().replaceAll("\\s+", " ");
    }
    return Jsoup.parse(maybeHtml).text();
  }
}
