package org.marsad.text.dates;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Dates relative to the reference time: {@code اليوم}, {@code أمس}, {@code أول أمس}, {@code منذ
 * ساعة}, {@code منذ ساعتين}, {@code قبل 3 ساعات}, {@code منذ خمس دقائق}, {@code 2 hours ago},
 * {@code yesterday}.
 *
 * <p>Decisions: a day word gives a calendar date (a time printed next to it is attached, else the
 * start of the day); an elapsed time ({@code منذ}) gives the reference minus it, with its time of
 * day counted as known only below a day. The singular means one and the Arabic dual two; a plural
 * without a number ({@code منذ أيام}) is too vague and gives nothing, and so does {@code منذ عام
 * 2011} ("since 2011").
 */
final class RelativeDateRecognizer extends DateRecognizer {

  /** A unit of elapsed time and the count its word implies alone (0: a plural needs a number). */
  record Unit(ChronoUnit unit, int impliedCount) {}

  private static final int SINGULAR = 1;
  private static final int DUAL = 2;
  private static final int PLURAL = 0;

  private static final NameTable<Unit> UNITS =
      NameTable.<Unit>builder()
          .add(new Unit(ChronoUnit.SECONDS, SINGULAR), "ثانية", "second", "sec")
          .add(new Unit(ChronoUnit.SECONDS, DUAL), "ثانيتين", "ثانيتان")
          .add(new Unit(ChronoUnit.SECONDS, PLURAL), "ثوان", "ثواني", "ثوانٍ", "seconds", "secs")
          .add(new Unit(ChronoUnit.MINUTES, SINGULAR), "دقيقة", "minute", "min")
          .add(new Unit(ChronoUnit.MINUTES, DUAL), "دقيقتين", "دقيقتان")
          .add(new Unit(ChronoUnit.MINUTES, PLURAL), "دقائق", "minutes", "mins")
          .add(new Unit(ChronoUnit.HOURS, SINGULAR), "ساعة", "hour", "hr")
          .add(new Unit(ChronoUnit.HOURS, DUAL), "ساعتين", "ساعتان")
          .add(new Unit(ChronoUnit.HOURS, PLURAL), "ساعات", "hours", "hrs")
          .add(new Unit(ChronoUnit.DAYS, SINGULAR), "يوم", "day")
          .add(new Unit(ChronoUnit.DAYS, DUAL), "يومين", "يومان")
          .add(new Unit(ChronoUnit.DAYS, PLURAL), "أيام", "days")
          .add(new Unit(ChronoUnit.WEEKS, SINGULAR), "أسبوع", "week")
          .add(new Unit(ChronoUnit.WEEKS, DUAL), "أسبوعين", "أسبوعان")
          .add(new Unit(ChronoUnit.WEEKS, PLURAL), "أسابيع", "weeks")
          .add(new Unit(ChronoUnit.MONTHS, SINGULAR), "شهر", "month")
          .add(new Unit(ChronoUnit.MONTHS, DUAL), "شهرين", "شهران")
          .add(new Unit(ChronoUnit.MONTHS, PLURAL), "أشهر", "شهور", "months")
          .add(new Unit(ChronoUnit.YEARS, SINGULAR), "سنة", "عام", "year")
          .add(new Unit(ChronoUnit.YEARS, DUAL), "سنتين", "سنتان", "عامين", "عامان")
          .add(new Unit(ChronoUnit.YEARS, PLURAL), "سنوات", "سنين", "أعوام", "years")
          .build();

  private static final NameTable<Integer> NUMBER_WORDS =
      NameTable.<Integer>builder()
          .add(1, "واحد", "واحدة", "a", "an", "one")
          .add(2, "اثنين", "اثنتين", "two")
          .add(3, "ثلاث", "ثلاثة", "three")
          .add(4, "أربع", "أربعة", "four")
          .add(5, "خمس", "خمسة", "five")
          .add(6, "ست", "ستة", "six")
          .add(7, "سبع", "سبعة", "seven")
          .add(8, "ثماني", "ثمانية", "ثمان", "eight")
          .add(9, "تسع", "تسعة", "nine")
          .add(10, "عشر", "عشرة", "ten")
          .build();

  /** Day words and how many days back they point. */
  private static final NameTable<Integer> DAY_WORDS =
      NameTable.<Integer>builder()
          .add(0, "اليوم", "today")
          .add(1, "أمس", "الأمس", "بالأمس", "البارحة", "yesterday")
          .add(2, "أول أمس", "أول من أمس", "أمس الأول")
          .build();

  private static final String COUNT = "(\\d{1,4}|" + NUMBER_WORDS.regex() + ")";

  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:"
              + NameTable.<Boolean>builder().add(true, "منذ", "قبل").build().regex()
              + " (?:"
              + NameTable.<Boolean>builder().add(true, "حوالي", "نحو", "أكثر من").build().regex()
              + " )?(?:"
              + COUNT
              + " )?("
              + UNITS.regex()
              + ")(?!\\p{L})(?! ?\\d)"
              + "|(?=[a-z\\d])"
              + COUNT
              + " ("
              + UNITS.regex()
              + ") ago(?![a-z])"
              + "|("
              + DAY_WORDS.regex()
              + ")(?!\\p{L}))");

  RelativeDateRecognizer() {
    super(PATTERN);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasArabicLetter() || text.hasLatinLetter();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    if (m.group(5) != null) {
      int daysBack = DAY_WORDS.lookup(m.group(5)).orElseThrow();
      return Optional.of(
          DatePart.dateOnly(
              DateForm.RELATIVE, m.start(), m.end(), reference.toLocalDate().minusDays(daysBack)));
    }
    boolean arabic = m.group(2) != null;
    String countText = arabic ? m.group(1) : m.group(3);
    Unit unit = UNITS.lookup(arabic ? m.group(2) : m.group(4)).orElseThrow();
    if (countText == null && unit.impliedCount() == PLURAL) {
      return Optional.empty();
    }
    int count = countText == null ? unit.impliedCount() : count(countText);
    ZonedDateTime then = reference.minus(count, unit.unit());
    return Optional.of(
        new DatePart(
            DateForm.RELATIVE,
            m.start(),
            m.end(),
            then.toLocalDate(),
            then.toLocalTime(),
            null,
            unit.unit().compareTo(ChronoUnit.DAYS) < 0));
  }

  private static int count(String text) {
    return Character.isDigit(text.charAt(0))
        ? Integer.parseInt(text)
        : NUMBER_WORDS.lookup(text).orElseThrow();
  }
}
