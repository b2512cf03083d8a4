package org.marsad.config;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A "since" argument of the CLI and the API ({@code --since}, {@code ?since=}): a time back from
 * now ({@code 7d}, {@code 12h}, as configuration writes durations), a UTC day ({@code 2018-10-01})
 * or an instant ({@code 2018-10-01T06:00:00Z}).
 */
public final class Since {
  private Since() {}

  /**
   * @throws IllegalArgumentException naming the forms accepted, when {@code text} is none of them
   */
  public static Instant parse(String text, Instant now) {
    String s = text.strip();
    Optional<Instant> back = MarsadConfig.parseDuration(s).map(now::minus);
    if (back.isPresent()) {
      return back.get();
    }
    try {
      return s.contains("T")
          ? Instant.parse(s)
          : LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "since must be a time back from now (7d, 12h), a day (2018-10-01) or an instant"
              + " (2018-10-01T06:00:00Z), not '"
              + text
              + "'");
    }
  }
}
