package org.marsad.text.dates;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Gregorian dates with an Arabic month name of any regional set, day first: {@code الأحد 12 فبراير
 * 2023}, {@code ١٢ فبراير ٢٠٢٣}, {@code 12 شباط (فبراير) 2018}, {@code 12 فبراير/شباط 2018}, {@code
 * 5 جويلية، 2022}, {@code 12 من شهر أيلول عام 2019 م}.
 *
 * <p>Of a double name ({@code شباط/فبراير}) the first is read; the second is only skipped.
 */
final class ArabicMonthDateRecognizer extends DateRecognizer {

  private static final String MONTH = CalendarNames.ARABIC_MONTHS.regex() + "(?!\\p{L})";

  private static final Pattern PATTERN =
      Pattern.compile(
          CalendarNames.ARABIC_DAY_PREFIX
              + "(?<!\\d)(\\d{1,2})(?!\\d)"
              + CalendarNames.ARABIC_DAY_TO_MONTH
              + "("
              + MONTH
              + ")(?: ?[/(-] ?"
              + MONTH
              + " ?\\)?)?"
              + CalendarNames.ARABIC_MONTH_TO_YEAR
              + "(\\d{4})(?!\\d)"
              + CalendarNames.GREGORIAN_MARKER);

  ArabicMonthDateRecognizer() {
    super(PATTERN);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasDigit() && text.hasArabicLetter();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    int month = CalendarNames.ARABIC_MONTHS.lookup(m.group(2)).orElseThrow();
    return DateFields.gregorian(number(m, 3), month, number(m, 1))
        .map(date -> DatePart.dateOnly(DateForm.ARABIC_MONTH_NAME, m.start(), m.end(), date));
  }
}
