package org.marsad.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Dates of JSON Feed (RFC 3339) and sitemaps (W3C datetime: a date, or a date-time with or without
 * seconds and offset). Times without an offset are taken as UTC. Rome parses RSS and Atom dates.
 */
final class FeedDates {
  private static final List<Function<String, Instant>> FORMATS =
      List.of(
          s -> OffsetDateTime.parse(s).toInstant(),
          s -> ZonedDateTime.parse(s).toInstant(),
          s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
          s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
          s -> OffsetDateTime.parse(s.replace(' ', 'T')).toInstant());

  private FeedDates() {}

  /** The instant, or null when blank or in none of the accepted forms. */
  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    for (Function<String, Instant> format : FORMATS) {
      try {
        return format.apply(trimmed);
      } catch (DateTimeParseException notThisOne) {
        // try the next form
      }
    }
    return null;
  }
}
