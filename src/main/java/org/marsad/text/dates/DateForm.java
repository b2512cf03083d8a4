package org.marsad.text.dates;

/** The written form a date was recognized in, in the parser's order of preference. */
public enum DateForm {
  /** {@code 2018-02-16T22:08:10+04:00}, {@code 2018-02-16 22:08:10}, {@code 2018-02-16}. */
  ISO_8601,
  /** Feed dates: {@code Sun, 18 Feb 2018 21:35:43 +0400}, {@code ... GMT}, two-digit years. */
  RFC_822,
  /** Gregorian with an Arabic month name of any regional set: {@code 12 شباط (فبراير) 2018}. */
  ARABIC_MONTH_NAME,
  /**
   * Gregorian with an English month name: {@code February 11, 2025}, {@code 11th, February 2025}.
   */
  ENGLISH_MONTH_NAME,
  /** All digits, day first unless impossible: {@code 12/02/2023}, {@code 2023/02/12}. */
  NUMERIC,
  /** Hijri (Umm al-Qura), by month name or digits with a هـ marker: {@code 5 رمضان 1444 هـ}. */
  HIJRI,
  /**
   * Relative to the reference time: {@code اليوم}, {@code أمس}, {@code منذ ساعتين}, {@code 2 hours
   * ago}.
   */
  RELATIVE
}
