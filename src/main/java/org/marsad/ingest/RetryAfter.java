package org.marsad.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110, 10.2.3): delay seconds ({@code 120}) or an
 * HTTP date ({@code Sun, 30 Nov 2026 13:00:00 GMT}). A date in the past is no wait; anything else
 * is no header.
 */
final class RetryAfter {
  private RetryAfter() {}

  /** How long the server asks us to wait from {@code now}, or empty when it does not say. */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(
          v.length() > 12
              ? Duration.ofSeconds(999_999_999_999L)
              : Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Duration wait =
          Duration.between(
              now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
