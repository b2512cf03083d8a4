package org.marsad.text.dates;

import java.time.DayOfWeek;

/**
 * Month and day names as Arabic and English news sites print them, each folded into a {@link
 * NameTable}.
 *
 * <p>Gregorian months cover every regional set: Egyptian and Gulf (يناير … ديسمبر), Levantine and
 * Iraqi (كانون الثاني … كانون الأول, with مايس), Maghrebi (جانفي، فيفري، أفريل، ماي، جوان، جويلية،
 * أوت) and Moroccan (يوليوز، غشت، شتنبر، نونبر، دجنبر). Day names are matched only so that they are
 * skipped: a date is read from its day, month and year.
 */
final class CalendarNames {

  static final NameTable<Integer> ARABIC_MONTHS =
      NameTable.<Integer>builder()
          .add(1, "يناير", "ينير", "كانون الثاني", "كانون ثاني", "جانفي")
          .add(2, "فبراير", "فبرير", "شباط", "فيفري")
          .add(3, "مارس", "آذار")
          .add(4, "أبريل", "إبريل", "نيسان", "أفريل")
          .add(5, "مايو", "أيار", "ماي", "مايس")
          .add(6, "يونيو", "يونيه", "حزيران", "جوان")
          .add(7, "يوليو", "يوليه", "تموز", "جويلية", "يوليوز")
          .add(8, "أغسطس", "أغسطوس", "آب", "أوت", "غشت")
          .add(9, "سبتمبر", "أيلول", "شتنبر")
          .add(10, "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول")
          .add(11, "نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر")
          .add(12, "ديسمبر", "كانون الأول", "كانون أول", "دجنبر")
          .build();

  static final NameTable<Integer> ENGLISH_MONTHS =
      NameTable.<Integer>builder()
          .add(1, "jan", "january")
          .add(2, "feb", "february")
          .add(3, "mar", "march")
          .add(4, "apr", "april")
          .add(5, "may")
          .add(6, "jun", "june")
          .add(7, "jul", "july")
          .add(8, "aug", "august")
          .add(9, "sep", "sept", "september")
          .add(10, "oct", "october")
          .add(11, "nov", "november")
          .add(12, "dec", "december")
          .build();

  /** Hijri months, with the genitive ذي and the spellings الآخر/الثاني and الآخرة/الثانية. */
  static final NameTable<Integer> HIJRI_MONTHS =
      NameTable.<Integer>builder()
          .add(1, "محرم", "المحرم")
          .add(2, "صفر")
          .add(3, "ربيع الأول", "ربيع أول", "ربيع الاول")
          .add(4, "ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني", "ربيع الأخر")
          .add(5, "جمادى الأولى", "جمادى الأول", "جمادى أولى", "جمادى الاولى")
          .add(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني", "جمادى الأخرة")
          .add(7, "رجب")
          .add(8, "شعبان")
          .add(9, "رمضان")
          .add(10, "شوال")
          .add(11, "ذو القعدة", "ذي القعدة", "ذا القعدة", "ذوالقعدة", "ذيالقعدة")
          .add(12, "ذو الحجة", "ذي الحجة", "ذا الحجة", "ذوالحجة", "ذيالحجة")
          .build();

  static final NameTable<DayOfWeek> ARABIC_DAYS =
      NameTable.<DayOfWeek>builder()
          .add(DayOfWeek.SUNDAY, "الأحد")
          .add(DayOfWeek.MONDAY, "الاثنين", "الإثنين", "الأثنين")
          .add(DayOfWeek.TUESDAY, "الثلاثاء", "الثلاثا")
          .add(DayOfWeek.WEDNESDAY, "الأربعاء", "الاربعا")
          .add(DayOfWeek.THURSDAY, "الخميس")
          .add(DayOfWeek.FRIDAY, "الجمعة")
          .add(DayOfWeek.SATURDAY, "السبت")
          .build();

  /** An optional, skipped Arabic day name such as {@code يوم الأحد،} before a date. */
  static final String ARABIC_DAY_PREFIX =
      "(?:(?<!\\p{L})(?:" + DateText.fold("يوم") + " )?" + ARABIC_DAYS.regex() + " ?,? ?)?";

  /**
   * An optional, skipped English day name such as {@code Sunday,} or {@code Sun.} before a date.
   */
  static final String ENGLISH_DAY_PREFIX =
      "(?:(?<![a-z])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.? ?,? ?)?";

  /** Between an Arabic date's day and month: {@code 12 من شهر فبراير}, {@code 12-فبراير}. */
  static final String ARABIC_DAY_TO_MONTH =
      " ?(?:[-/.] ?)?(?:" + DateText.fold("من") + " )?(?:" + DateText.fold("شهر") + " )?";

  /** Between an Arabic date's month and year: {@code فبراير، 2023}, {@code فبراير عام 2023}. */
  static final String ARABIC_MONTH_TO_YEAR =
      " ?[,./-]? ?(?:"
          + NameTable.<Boolean>builder().add(true, "عام", "سنة", "لعام", "لسنة").build().regex()
          + " )?";

  /** The Gregorian era marker after a year: {@code م}, {@code ميلادي}. */
  static final String GREGORIAN_MARKER =
      "(?: ?"
          + NameTable.<Boolean>builder()
              .add(true, "م", "ميلادي", "ميلادية", "للميلاد")
              .build()
              .regex()
          + "(?!\\p{L}))?";

  /** The Hijri era marker after a year: {@code هـ}, {@code هجري}, {@code للهجرة}. */
  static final String HIJRI_MARKER =
      " ?"
          + NameTable.<Boolean>builder()
              .add(true, "هـ", "ه", "هجري", "هجرية", "للهجرة")
              .build()
              .regex()
          + "(?!\\p{L})";

  private CalendarNames() {}
}
