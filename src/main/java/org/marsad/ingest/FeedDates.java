package org.marsad.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.text.dates.ArabicDateParser;

/**
 * Dates of feeds and sitemaps, read by the same parser as pages' dates ({@link ArabicDateParser}):
 * RFC 822 and W3C forms as the formats prescribe, and what Arabic sites put there instead (Arabic
 * month and day names, Arabic-Indic digits, {@code 12/02/2023 10:30 م}). Times without a zone are
 * taken as UTC; relative dates are read against the system clock.
 */
final class FeedDates {
  private static final Function<String, Optional<Instant>> PARSER =
      new ArabicDateParser().instants(Clock.system(ZoneOffset.UTC));

  private FeedDates() {}

  /** The instant, or null when blank or holding no date. */
  static Instant parse(String text) {
    return text == null || text.isBlank() ? null : PARSER.apply(text.strip()).orElse(null);
  }
}
