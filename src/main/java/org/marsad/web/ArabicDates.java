package org.marsad.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * Dates as an Arabic reader expects them: the Gregorian date with its Arabic month name ("5 فبراير
 * 2024، 09:30") and the Hijri date beside it ("24 رجب 1445 هـ", java.time's Umm al-Qura calendar).
 * Month names are written here rather than taken from the JDK locale data, whose Arabic Hijri names
 * differ between JDK versions.
 */
final class ArabicDates {
  private static final List<String> GREGORIAN_MONTHS =
      List.of(
          "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر");
  private static final List<String> HIJRI_MONTHS =
      List.of(
          "محرم",
          "صفر",
          "ربيع الأول",
          "ربيع الآخر",
          "جمادى الأولى",
          "جمادى الآخرة",
          "رجب",
          "شعبان",
          "رمضان",
          "شوال",
          "ذو القعدة",
          "ذو الحجة");

  private ArabicDates() {}

  /** "5 فبراير 2024، 09:30" in {@code zone}; empty when instant is null. */
  static String gregorian(Instant instant, ZoneId zone, boolean arabicDigits) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime at = instant.atZone(zone);
    String text =
        String.format(
            java.util.Locale.ROOT,
            "%d %s %d، %02d:%02d",
            at.getDayOfMonth(),
            GREGORIAN_MONTHS.get(at.getMonthValue() - 1),
            at.getYear(),
            at.getHour(),
            at.getMinute());
    return arabicDigits ? Digits.arabicIndic(text) : text;
  }

  /**
   * "24 رجب 1445 هـ" for the day of {@code instant} in {@code zone}; empty when instant is null or
   * outside the years the Hijri calendar data covers (about 1882 to 2174).
   */
  static String hijri(Instant instant, ZoneId zone, boolean arabicDigits) {
    if (instant == null) {
      return "";
    }
    return hijri(LocalDate.ofInstant(instant, zone), arabicDigits);
  }

  static String hijri(LocalDate day, boolean arabicDigits) {
    HijrahDate hijrah;
    try {
      hijrah = HijrahDate.from(day);
    } catch (DateTimeException outsideTheCalendarData) {
      return "";
    }
    String text =
        hijrah.get(ChronoField.DAY_OF_MONTH)
            + " "
            + HIJRI_MONTHS.get(hijrah.get(ChronoField.MONTH_OF_YEAR) - 1)
            + " "
            + hijrah.get(ChronoField.YEAR_OF_ERA)
            + " هـ";
    return arabicDigits ? Digits.arabicIndic(text) : text;
  }
}
