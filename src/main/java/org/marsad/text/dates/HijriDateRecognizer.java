package org.marsad.text.dates;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Hijri dates by month name: {@code 5 رمضان 1444 هـ}, {@code ١٠ ذي الحجة ١٤٤٤ه}, {@code 1 جمادى
 * الآخرة 1445}, converted to Gregorian through the Umm al-Qura calendar ({@code HijrahDate}).
 *
 * <p>The هـ marker is optional because the month names are themselves Hijri; a year outside
 * 1300–1600 AH or a day the month does not have gives no date.
 */
final class HijriDateRecognizer extends DateRecognizer {

  private static final Pattern PATTERN =
      Pattern.compile(
          CalendarNames.ARABIC_DAY_PREFIX
              + "(?<!\\d)(\\d{1,2})(?!\\d)"
              + CalendarNames.ARABIC_DAY_TO_MONTH
              + "("
              + CalendarNames.HIJRI_MONTHS.regex()
              + ")(?!\\p{L})"
              + CalendarNames.ARABIC_MONTH_TO_YEAR
              + "(\\d{3,4})(?!\\d)(?:"
              + CalendarNames.HIJRI_MARKER
              + ")?");

  HijriDateRecognizer() {
    super(PATTERN);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasDigit() && text.hasArabicLetter();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    int month = CalendarNames.HIJRI_MONTHS.lookup(m.group(2)).orElseThrow();
    return DateFields.hijri(number(m, 3), month, number(m, 1))
        .map(date -> DatePart.dateOnly(DateForm.HIJRI, m.start(), m.end(), date));
  }
}
