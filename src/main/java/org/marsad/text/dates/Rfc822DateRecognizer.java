package org.marsad.text.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * RFC 822 / 1123 dates as RSS feeds really print them: {@code Sun, 18 Feb 2018 21:35:43 +0400},
 * with {@code GMT} or {@code +0000}, named zones ({@code EST}, {@code PDT}), two-digit years,
 * missing seconds, missing or misspelt day names, extra spaces and {@code 18-Feb-2018}.
 *
 * <p>A two-digit year is put in the century that places it at most 20 years after the reference.
 */
final class Rfc822DateRecognizer extends DateRecognizer {

  private static final Pattern PATTERN =
      Pattern.compile(
          CalendarNames.ENGLISH_DAY_PREFIX
              + "(?<!\\d)(\\d{1,2})[ -]+("
              + CalendarNames.ENGLISH_MONTHS.regex()
              + ")(?![a-z])\\.?[ -]+(\\d{4}|\\d{2})(?!\\d),? ?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)"
              + "(?: ?("
              + ZoneNames.REGEX
              + "))?");

  Rfc822DateRecognizer() {
    super(PATTERN);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasDigit() && text.hasLatinLetter();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    int year =
        m.group(3).length() == 2
            ? DateFields.expandTwoDigitYear(number(m, 3), reference.getYear())
            : number(m, 3);
    int month = CalendarNames.ENGLISH_MONTHS.lookup(m.group(2)).orElseThrow();
    Optional<LocalDate> date = DateFields.gregorian(year, month, number(m, 1));
    int second = m.group(6) == null ? 0 : number(m, 6);
    Optional<LocalTime> time = DateFields.time(number(m, 4), number(m, 5), second, null);
    if (date.isEmpty() || time.isEmpty()) {
      return Optional.empty();
    }
    ZoneId zone = m.group(7) == null ? null : ZoneNames.parse(m.group(7)).orElse(null);
    return Optional.of(
        new DatePart(DateForm.RFC_822, m.start(), m.end(), date.get(), time.get(), zone, true));
  }
}
