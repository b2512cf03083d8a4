package org.marsad.text.dates;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes one written form of date with one precompiled pattern.
 *
 * <p>Implementations turn a match into a {@link DatePart} or reject it (impossible date); the
 * leftmost accepted match wins. Stateless and thread-safe.
 */
abstract class DateRecognizer {

  private final Pattern pattern;

  DateRecognizer(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The leftmost date of this form in {@code text}, or empty. */
  final Optional<DatePart> find(DateText text, ZonedDateTime reference) {
    if (!couldMatch(text)) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text.text());
    while (m.find()) {
      Optional<DatePart> part = read(m, reference);
      if (part.isPresent()) {
        return part;
      }
    }
    return Optional.empty();
  }

  /** A cheap test that skips the pattern on text that cannot hold this form (no digit, say). */
  abstract boolean couldMatch(DateText text);

  /** The date a match stands for, or empty when the fields make no date. */
  abstract Optional<DatePart> read(MatchResult m, ZonedDateTime reference);

  static int number(MatchResult m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
