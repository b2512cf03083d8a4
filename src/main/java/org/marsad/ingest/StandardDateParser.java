package org.marsad.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the publication dates feeds use in English: RFC 1123 (RSS {@code pubDate}, e.g. {@code Fri,
 * 16 Feb 2018 22:08:10 +0400} or {@code ... GMT}) and ISO 8601 with an offset (Atom, e.g. {@code
 * 2018-02-16T22:08:10+04:00}). Anything else is empty: a date without a zone is not guessed.
 *
 * <p>The import takes any {@code Function<String, Optional<Instant>>}; a parser that also reads
 * Arabic dates ({@code ١٦ فبراير ٢٠١٨}) plugs in there.
 */
public final class StandardDateParser implements Function<String, Optional<Instant>> {
  @Override
  public Optional<Instant> apply(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip();
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException notRfc1123) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException notIso) {
        return Optional.empty();
      }
    }
  }
}
