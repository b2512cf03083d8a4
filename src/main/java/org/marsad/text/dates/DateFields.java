package org.marsad.text.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.HijrahChronology;
import java.util.Optional;

/** Builds {@code java.time} values from printed fields, answering empty for impossible ones. */
final class DateFields {

  /**
   * A two-digit year lands within this many years after the reference year, else a century back.
   */
  private static final int TWO_DIGIT_YEAR_FUTURE_SPAN = 20;

  private static final int LEAP_SECOND = 60;

  private static final int MIN_GREGORIAN_YEAR = 1000;

  private DateFields() {}

  /**
   * The Gregorian date, or empty for {@code 31 فبراير} and the like, and for a year before {@value
   * #MIN_GREGORIAN_YEAR}: four digits that no page prints as a date of publication, but
   * placeholders do ({@code 0001-01-01}, .NET's DateTime.MinValue; a stray {@code 0000}).
   */
  static Optional<LocalDate> gregorian(int year, int month, int day) {
    if (year < MIN_GREGORIAN_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  /**
   * The Gregorian date of a Hijri date in the Umm al-Qura calendar ({@link HijrahChronology}), or
   * empty for an impossible day or a year outside the calendar's range (1300–1600 AH).
   */
  static Optional<LocalDate> hijri(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day)));
    } catch (DateTimeException impossibleOrOutOfRange) {
      return Optional.empty();
    }
  }

  /**
   * The time of day, or empty when it is not one. A leap second (:60) becomes :59; a {@code
   * meridiem} (may be null) converts a 12-hour clock.
   */
  static Optional<LocalTime> time(int hour, int minute, int second, Meridiem meridiem) {
    int hour24 = meridiem == null ? hour : meridiem.toHour24(hour);
    int clampedSecond = second == LEAP_SECOND ? LEAP_SECOND - 1 : second;
    try {
      return Optional.of(LocalTime.of(hour24, minute, clampedSecond));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  /** A four-digit year for a two-digit one, in the century that puts it nearest the reference. */
  static int expandTwoDigitYear(int twoDigits, int referenceYear) {
    int year = referenceYear - Math.floorMod(referenceYear, 100) + twoDigits;
    return year > referenceYear + TWO_DIGIT_YEAR_FUTURE_SPAN ? year - 100 : year;
  }
}
