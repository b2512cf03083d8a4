package org.marsad.text.dates;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time of day and zone printed next to a date that has none of its own.
 *
 * <p>After the date, within {@link #WINDOW} chars and past separators and connector words ({@code -
 * | , في تمام الساعة على at}): {@code 12 فبراير 2023 - 10:30 ص بتوقيت مكة}, or a zone alone: {@code
 * 11th, February 2025 GMT}. Before the date, a time that only separators divide from it: {@code
 * 10:30 ص - الأحد 12 فبراير 2023}. A time that is not a clock time (25:10) is not attached.
 */
final class ClockTail {

  /** How far from the date a time may stand. */
  static final int WINDOW = 48;

  private static final String CONNECTOR =
      "(?:[ ,\\-|/@(]|"
          + NameTable.<Boolean>builder()
              .add(true, "الساعة", "في", "تمام", "على", "at")
              .build()
              .regex()
          + "(?![\\p{L}]))";

  private static final String CLOCK =
      "(?<!\\d)(\\d{1,2}) ?[:h] ?(\\d{2})(?::(\\d{2}))?(?!\\d)(?: ?("
          + Meridiem.WORDS.regex()
          + ")(?!\\p{L}))?";

  private static final String ZONE = "(?: ?\\(? ?(" + ZoneNames.REGEX + ") ?\\)?)?";

  private static final Pattern AFTER = Pattern.compile(CONNECTOR + "*+(?:" + CLOCK + ")?" + ZONE);
  private static final Pattern BEFORE = Pattern.compile(CLOCK + ZONE + "[ ,\\-|]*+$");

  /** A time and/or zone found next to a date, with its folded range. */
  record Clock(int start, int end, LocalTime time, ZoneId zone) {}

  private ClockTail() {}

  /** A time and/or zone right after {@code end}; the range starts at {@code end}. */
  static Optional<Clock> after(DateText text, int end) {
    Matcher m = AFTER.matcher(text.text());
    m.region(end, Math.min(text.length(), end + WINDOW)).useTransparentBounds(true);
    if (!m.lookingAt() || (m.group(1) == null && m.group(5) == null)) {
      return Optional.empty();
    }
    return clock(m, end, m.end());
  }

  /** A time (and zone) ending right before {@code start}, divided from it by separators only. */
  static Optional<Clock> before(DateText text, int start) {
    Matcher m = BEFORE.matcher(text.text());
    m.region(Math.max(0, start - WINDOW), start).useTransparentBounds(true);
    if (!m.find()) {
      return Optional.empty();
    }
    return clock(m, m.start(), start);
  }

  private static Optional<Clock> clock(MatchResult m, int start, int end) {
    LocalTime time = null;
    if (m.group(1) != null) {
      Optional<LocalTime> parsed =
          DateFields.time(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
              m.group(4) == null ? null : Meridiem.WORDS.lookup(m.group(4)).orElseThrow());
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      time = parsed.get();
    }
    ZoneId zone = m.group(5) == null ? null : ZoneNames.parse(m.group(5)).orElse(null);
    if (time == null && zone == null) {
      return Optional.empty();
    }
    return Optional.of(new Clock(start, end, time, zone));
  }
}
