package org.marsad.text.dates;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the date of a dateline: a line (or metadata value) that is a date, with at most a few words
 * around it ("نشر في"، "آخر تحديث"). Unlike {@link ArabicDateParser#parse}, it refuses a date
 * picked out of prose, so an extractor can offer it every short line of a page. Relative dates
 * ("منذ ساعتين") are read against the clock, normally the time the page was fetched.
 */
public final class DatelineReader implements Function<String, Optional<OffsetDateTime>> {
  /** Words allowed besides the date itself: labels such as "نشر في" or "آخر تحديث:". */
  static final int MAX_OTHER_WORDS = 3;

  private final ArabicDateParser parser;
  private final Clock clock;

  public DatelineReader(ArabicDateParser parser, Clock clock) {
    this.parser = parser;
    this.clock = clock;
  }

  /** A reader against the system clock in UTC. */
  public static DatelineReader systemUtc() {
    return new DatelineReader(new ArabicDateParser(), Clock.systemUTC());
  }

  @Override
  public Optional<OffsetDateTime> apply(String line) {
    if (line == null || line.isBlank()) {
      return Optional.empty();
    }
    ZonedDateTime now = ZonedDateTime.now(clock);
    return parser
        .parseDetailed(line, now)
        .filter(found -> otherWords(line, found) <= MAX_OTHER_WORDS)
        .map(ParsedDate::dateTime);
  }

  private static int otherWords(String line, ParsedDate found) {
    String rest = line.substring(0, found.start()) + " " + line.substring(found.end());
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < rest.length(); i++) {
      boolean letter = Character.isLetterOrDigit(rest.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
