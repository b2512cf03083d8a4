package org.marsad.text.dates;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Gregorian dates whose day is written as an ordinal word: {@code الخامس من آب}, {@code الحادي
 * والعشرين من شهر أيلول 2019}, {@code الأول من تشرين الثاني/نوفمبر عام 2020}.
 *
 * <p>Without a year the date is the last such day not later than a day after the reference, as a
 * news page speaks of a day that has passed ("الخامس من آب" read in March 2023 is 5 August 2022).
 */
final class ArabicOrdinalDateRecognizer extends DateRecognizer {

  /** Ordinals 1 to 9 as they stand alone and as the units of 21-29 and 31. */
  private static final List<List<String>> UNITS =
      List.of(
          List.of("الأول", "الحادي", "الواحد"),
          List.of("الثاني"),
          List.of("الثالث"),
          List.of("الرابع"),
          List.of("الخامس"),
          List.of("السادس"),
          List.of("السابع"),
          List.of("الثامن"),
          List.of("التاسع"));

  private static final NameTable<Integer> ORDINAL_DAYS = ordinalDays();

  private static final String MONTH = CalendarNames.ARABIC_MONTHS.regex() + "(?!\\p{L})";

  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<!\\p{L})("
              + ORDINAL_DAYS.regex()
              + ")"
              + " (?:"
              + DateText.fold("من")
              + " )?(?:"
              + DateText.fold("شهر")
              + " )?("
              + MONTH
              + ")(?: ?[/(-] ?"
              + MONTH
              + " ?\\)?)?(?:"
              + CalendarNames.ARABIC_MONTH_TO_YEAR
              + "(\\d{4})(?!\\d)"
              + CalendarNames.GREGORIAN_MARKER
              + ")?");

  /** Days after the reference still read as this year: a page dated by its time zone's tomorrow. */
  private static final int FUTURE_SLACK_DAYS = 1;

  ArabicOrdinalDateRecognizer() {
    super(PATTERN);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasArabicLetter();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    int day = ORDINAL_DAYS.lookup(m.group(1)).orElseThrow();
    int month = CalendarNames.ARABIC_MONTHS.lookup(m.group(2)).orElseThrow();
    Optional<LocalDate> date;
    if (m.group(3) != null) {
      date = DateFields.gregorian(number(m, 3), month, day);
    } else {
      LocalDate latest = reference.toLocalDate().plusDays(FUTURE_SLACK_DAYS);
      date =
          DateFields.gregorian(latest.getYear(), month, day)
              .filter(d -> !d.isAfter(latest))
              .or(() -> DateFields.gregorian(latest.getYear() - 1, month, day));
    }
    return date.map(d -> DatePart.dateOnly(DateForm.ARABIC_MONTH_NAME, m.start(), m.end(), d));
  }

  /** 1-31 in words, with the nominative and genitive of the tens ("العشرون", "العشرين"). */
  private static NameTable<Integer> ordinalDays() {
    NameTable.Builder<Integer> days = NameTable.builder();
    days.add(10, "العاشر");
    days.add(20, "العشرين", "العشرون");
    days.add(30, "الثلاثين", "الثلاثون");
    for (int unit = 1; unit <= 9; unit++) {
      for (String word : UNITS.get(unit - 1)) {
        if (unit > 1 || !word.equals("الحادي") && !word.equals("الواحد")) {
          days.add(unit, word);
        }
        days.add(10 + unit, word + " عشر");
        days.add(20 + unit, word + " والعشرين", word + " والعشرون");
        if (unit == 1) {
          days.add(31, word + " والثلاثين", word + " والثلاثون");
        }
      }
    }
    return days.build();
  }
}
