package org.marsad.text.dates;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Gregorian dates with an English month name, as some Arabic sites print them: {@code 11th,
 * February 2025}, {@code 11 Feb 2025}, {@code February 11, 2025}, {@code Tuesday, Feb. 11th 2025}.
 * A time or zone after them ({@code 10:30}, {@code GMT}) is attached by {@link ClockTail}.
 */
final class EnglishMonthDateRecognizer extends DateRecognizer {

  private static final String MONTH = "(" + CalendarNames.ENGLISH_MONTHS.regex() + ")(?![a-z])\\.?";
  private static final String DAY = "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)";
  private static final String YEAR = "(\\d{4})(?!\\d)";

  private static final Pattern PATTERN =
      Pattern.compile(
          CalendarNames.ENGLISH_DAY_PREFIX
              + "(?:"
              + DAY
              + " ?,? ?(?:of )?"
              + MONTH
              + " ?,? ?"
              + YEAR
              + "|(?<![a-z])"
              + MONTH
              + " ?"
              + DAY
              + " ?,? ?"
              + YEAR
              + ")");

  EnglishMonthDateRecognizer() {
    super(PATTERN);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasDigit() && text.hasLatinLetter();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    boolean dayFirst = m.group(1) != null;
    String month = dayFirst ? m.group(2) : m.group(4);
    int day = dayFirst ? number(m, 1) : number(m, 5);
    int year = dayFirst ? number(m, 3) : number(m, 6);
    return DateFields.gregorian(year, CalendarNames.ENGLISH_MONTHS.lookup(month).orElseThrow(), day)
        .map(date -> DatePart.dateOnly(DateForm.ENGLISH_MONTH_NAME, m.start(), m.end(), date));
  }
}
