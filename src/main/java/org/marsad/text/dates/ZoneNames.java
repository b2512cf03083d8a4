package org.marsad.text.dates;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zones and offsets as dates print them: numeric offsets, GMT/UTC, the RFC 822 and common European
 * abbreviations, and Arabic {@code بتوقيت <place>}.
 *
 * <p>Decisions: an Arabic place name maps to its IANA region (so Cairo's and Beirut's summer time
 * apply), {@code مكة} and Saudi Arabia to Asia/Riyadh, {@code غرينتش} and {@code ت.غ} to UTC;
 * abbreviations are fixed offsets ({@code EDT} is always -04:00). Ambiguous names are left out:
 * {@code عمان} is both Amman and Oman, {@code AST} both Arabia (+3) and Atlantic (-4) time, so they
 * fall back to the reference zone like a date that gives none.
 */
final class ZoneNames {

  private static final NameTable<ZoneId> ARABIC_PLACES =
      NameTable.<ZoneId>builder()
          .add(ZoneId.of("Asia/Riyadh"), "مكة", "مكة المكرمة", "السعودية", "الرياض", "جدة")
          .add(ZoneOffset.UTC, "غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "غرينش", "جرينش")
          .add(ZoneId.of("Africa/Cairo"), "القاهرة", "مصر")
          .add(ZoneId.of("Asia/Dubai"), "الإمارات", "أبوظبي", "أبو ظبي", "دبي")
          .add(ZoneId.of("Asia/Qatar"), "الدوحة", "قطر")
          .add(ZoneId.of("Asia/Kuwait"), "الكويت")
          .add(ZoneId.of("Asia/Bahrain"), "البحرين", "المنامة")
          .add(ZoneId.of("Asia/Muscat"), "مسقط", "سلطنة عمان")
          .add(ZoneId.of("Asia/Amman"), "الأردن")
          .add(ZoneId.of("Asia/Beirut"), "بيروت", "لبنان")
          .add(ZoneId.of("Asia/Damascus"), "دمشق", "سوريا", "سورية")
          .add(ZoneId.of("Asia/Jerusalem"), "القدس")
          .add(ZoneId.of("Asia/Hebron"), "فلسطين")
          .add(ZoneId.of("Asia/Baghdad"), "بغداد", "العراق")
          .add(ZoneId.of("Asia/Aden"), "اليمن", "صنعاء", "عدن")
          .add(ZoneId.of("Africa/Khartoum"), "السودان", "الخرطوم")
          .add(ZoneId.of("Africa/Tripoli"), "ليبيا", "طرابلس")
          .add(ZoneId.of("Africa/Tunis"), "تونس")
          .add(ZoneId.of("Africa/Algiers"), "الجزائر")
          .add(ZoneId.of("Africa/Casablanca"), "المغرب", "الرباط", "الدار البيضاء")
          .add(ZoneId.of("Africa/Nouakchott"), "موريتانيا", "نواكشوط")
          .add(ZoneId.of("Europe/Paris"), "باريس", "فرنسا")
          .add(ZoneId.of("Europe/London"), "لندن")
          .build();

  private static final NameTable<ZoneId> ABBREVIATIONS =
      NameTable.<ZoneId>builder()
          .add(ZoneOffset.UTC, "gmt", "utc", "ut", "z")
          .add(ZoneOffset.ofHours(-5), "est", "cdt")
          .add(ZoneOffset.ofHours(-4), "edt")
          .add(ZoneOffset.ofHours(-6), "cst", "mdt")
          .add(ZoneOffset.ofHours(-7), "mst", "pdt")
          .add(ZoneOffset.ofHours(-8), "pst")
          .add(ZoneOffset.ofHours(1), "cet", "bst")
          .add(ZoneOffset.ofHours(2), "cest", "eet")
          .add(ZoneOffset.ofHours(3), "eest", "msk")
          .build();

  private static final String ARABIC_TIME_OF = "(?:ب|بال)?" + DateText.fold("توقيت") + " ";
  private static final String ARABIC_GMT = "ت ?\\.? ?غ";

  /** A zone as written, without capturing groups, to embed in a larger pattern. */
  static final String REGEX =
      "(?:"
          + ARABIC_TIME_OF
          + ARABIC_PLACES.regex()
          + "(?!\\p{L})"
          + "|(?:gmt|utc|ut) ?[+-] ?\\d{1,2}(?::?\\d{2})?(?!\\d)"
          + "|[+-]\\d{2}:?\\d{2}(?!\\d)"
          + "|"
          + ABBREVIATIONS.regex()
          + "(?![a-z])"
          + "|"
          + ARABIC_GMT
          + "(?!\\p{L}))";

  private static final Pattern OFFSET =
      Pattern.compile("(?:(?:gmt|utc|ut) ?)?([+-]) ?(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern ARABIC_PLACE = Pattern.compile(ARABIC_TIME_OF + "(.+)");
  private static final Pattern ARABIC_GMT_ONLY = Pattern.compile(ARABIC_GMT);

  private ZoneNames() {}

  /** The zone a string matched by {@link #REGEX} names; empty for an impossible offset. */
  static Optional<ZoneId> parse(String folded) {
    Matcher offset = OFFSET.matcher(folded);
    if (offset.matches()) {
      int sign = offset.group(1).equals("-") ? -1 : 1;
      int hours = Integer.parseInt(offset.group(2));
      int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
      try {
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
      } catch (DateTimeException outOfRange) {
        return Optional.empty();
      }
    }
    Matcher place = ARABIC_PLACE.matcher(folded);
    if (place.matches()) {
      return ARABIC_PLACES.lookup(place.group(1));
    }
    if (ARABIC_GMT_ONLY.matcher(folded).matches()) {
      return Optional.of(ZoneOffset.UTC);
    }
    return ABBREVIATIONS.lookup(folded);
  }
}
