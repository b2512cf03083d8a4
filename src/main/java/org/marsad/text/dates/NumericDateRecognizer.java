package org.marsad.text.dates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * All-digit dates: {@code 2023/02/12}, {@code 12/02/2023}, {@code 12-2-2023}, {@code 12.02.2023},
 * one separator throughout.
 *
 * <p>Two instances share the pattern: the Gregorian one takes the dates without a Hijri marker
 * (year 1900–2199), the Hijri one those followed by {@code هـ} ({@code 1444/9/5 هـ}), so that the
 * parser's order prefers a Gregorian date when a page prints both. A {@code dd/mm/yyyy} date is
 * read day first, as Arabic and European pages write it, unless only the month-first reading is
 * possible ({@code 02/13/2023}).
 */
final class NumericDateRecognizer extends DateRecognizer {

  private static final int MIN_GREGORIAN_YEAR = 1900;
  private static final int MAX_GREGORIAN_YEAR = 2199;
  private static final int MONTHS_IN_YEAR = 12;

  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<![\\d/.:-])(?:(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})|(\\d{1,2})([/.-])(\\d{1,2})\\6(\\d{4}))"
              + "(?!\\d|[/.:-]\\d)("
              + CalendarNames.HIJRI_MARKER
              + ")?"
              + CalendarNames.GREGORIAN_MARKER);

  private final boolean hijri;

  private NumericDateRecognizer(boolean hijri) {
    super(PATTERN);
    this.hijri = hijri;
  }

  static NumericDateRecognizer gregorian() {
    return new NumericDateRecognizer(false);
  }

  static NumericDateRecognizer hijri() {
    return new NumericDateRecognizer(true);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasDigit();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    if ((m.group(9) != null) != hijri) {
      return Optional.empty();
    }
    int year;
    int month;
    int day;
    if (m.group(1) != null) {
      year = number(m, 1);
      month = number(m, 3);
      day = number(m, 4);
    } else {
      year = number(m, 8);
      boolean dayFirst = number(m, 7) <= MONTHS_IN_YEAR;
      day = dayFirst ? number(m, 5) : number(m, 7);
      month = dayFirst ? number(m, 7) : number(m, 5);
    }
    Optional<LocalDate> date =
        hijri ? DateFields.hijri(year, month, day) : gregorianInRange(year, month, day);
    DateForm form = hijri ? DateForm.HIJRI : DateForm.NUMERIC;
    return date.map(d -> DatePart.dateOnly(form, m.start(), m.end(), d));
  }

  private static Optional<LocalDate> gregorianInRange(int year, int month, int day) {
    if (year < MIN_GREGORIAN_YEAR || year > MAX_GREGORIAN_YEAR) {
      return Optional.empty();
    }
    return DateFields.gregorian(year, month, day);
  }
}
