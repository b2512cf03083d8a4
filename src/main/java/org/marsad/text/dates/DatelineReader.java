package org.marsad.text.dates;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the date of a dateline: a line (or metadata value) that is a date, with at most a few words
 * around it ("نشر في"، "آخر تحديث"). Unlike {@link ArabicDateParser#parse}, it refuses a date
 * picked out of prose, so an extractor can offer it every short line of a page. A line may hold
 * several dates, each with its label ("تاريخ النشر: 7 حزيران 2019 آخر تحديث: 8 حزيران 2019"): the
 * parser's choice among them is the line's date. Relative dates ("منذ ساعتين") are read against the
 * clock, normally the time the page was fetched.
 */
public final class DatelineReader implements Function<String, Optional<OffsetDateTime>> {
  /** Words allowed per date besides the date itself: labels such as "نشر في" or "آخر تحديث:". */
  static final int MAX_OTHER_WORDS = 3;

  /** Dates looked for in one line: a published and an updated date, and a Hijri twin. */
  private static final int MAX_DATES = 3;

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
    Optional<ParsedDate> first = parser.parseDetailed(line, now);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    String rest = blank(line, first.get());
    int dates = 1;
    for (Optional<ParsedDate> more = parser.parseDetailed(rest, now);
        more.isPresent() && dates < MAX_DATES;
        more = parser.parseDetailed(rest, now)) {
      rest = blank(rest, more.get());
      dates++;
    }
    return words(rest) <= MAX_OTHER_WORDS * dates
        ? Optional.of(first.get().dateTime())
        : Optional.empty();
  }

  /** The line with the found date's text replaced by spaces, so offsets stay valid. */
  private static String blank(String line, ParsedDate found) {
    return line.substring(0, found.start())
        + " ".repeat(found.end() - found.start())
        + line.substring(found.end());
  }

  private static int words(String rest) {
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
