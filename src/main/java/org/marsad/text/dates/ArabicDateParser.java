package org.marsad.text.dates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses the dates Arabic news pages and feeds carry, alone ({@code Sun, 18 Feb 2018 21:35:43
 * +0400}) or inside a longer line ({@code نشر في: الأحد 12 فبراير 2023 - 10:30 ص}).
 *
 * <p>Forms, in order of preference when a string holds several ({@link DateForm}): ISO 8601, RFC
 * 822, Arabic month names (every regional set; the day in digits, then in words: {@code الخامس من
 * آب}), English month names, all-digit dates, Hijri dates, relative dates. So a page printing
 * {@code 5 رمضان 1444 هـ - 26 مارس 2023 م} yields the Gregorian date; within one form the leftmost
 * date wins. Arabic-Indic digits, hamza and alef variants, diacritics and tatweel are folded first
 * ({@link DateText}).
 *
 * <p>Times: a time printed next to a date is attached, with {@code ص}/{@code م}, {@code AM}/{@code
 * PM}, {@code الساعة}; a date without time is the start of its day. Zones: an offset, {@code
 * GMT}/{@code UTC}, an RFC 822 abbreviation or {@code بتوقيت <place>} ({@code مكة} = Asia/Riyadh,
 * {@code غرينتش} = UTC); without one, the reference's zone. See {@link ZoneNames}.
 *
 * <p>Contract: never throws on input text. Empty, blank, null, garbage and impossible dates ({@code
 * 31 فبراير}, a Hijri year outside 1300–1600) give an empty result. Only the first {@code
 * maxInputChars} chars are examined. Immutable and thread-safe: build one and share it; all
 * patterns are compiled once per class.
 */
public final class ArabicDateParser {

  /** How many chars of the input are examined by default: a dateline, not a whole page. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 4096;

  private static final List<DateRecognizer> RECOGNIZERS_BY_PREFERENCE =
      List.of(
          new IsoDateRecognizer(),
          new Rfc822DateRecognizer(),
          new ArabicMonthDateRecognizer(),
          new ArabicOrdinalDateRecognizer(),
          new EnglishMonthDateRecognizer(),
          NumericDateRecognizer.gregorian(),
          new HijriDateRecognizer(),
          NumericDateRecognizer.hijri(),
          new RelativeDateRecognizer());

  private final int maxInputChars;

  /** A parser examining the first {@link #DEFAULT_MAX_INPUT_CHARS} chars of each input. */
  public ArabicDateParser() {
    this(DEFAULT_MAX_INPUT_CHARS);
  }

  /**
   * A parser examining the first {@code maxInputChars} chars of each input.
   *
   * @throws IllegalArgumentException if {@code maxInputChars} is not positive
   */
  public ArabicDateParser(int maxInputChars) {
    if (maxInputChars <= 0) {
      throw new IllegalArgumentException("maxInputChars must be positive, was " + maxInputChars);
    }
    this.maxInputChars = maxInputChars;
  }

  /**
   * This parser as a reader of instants against a clock (its time is "now" for relative dates, its
   * zone the zone of dates that give none): the form importers and feed readers take.
   */
  public Function<String, Optional<Instant>> instants(Clock clock) {
    return raw -> parse(raw, ZonedDateTime.now(clock)).map(OffsetDateTime::toInstant);
  }

  /**
   * The date in {@code raw}, or empty when there is none.
   *
   * @param raw the text, may be null
   * @param reference "now" for relative dates, and the zone of dates that give none
   * @throws NullPointerException if {@code reference} is null
   */
  public Optional<OffsetDateTime> parse(String raw, ZonedDateTime reference) {
    return parseDetailed(raw, reference).map(ParsedDate::dateTime);
  }

  /**
   * The date in {@code raw} with its form, its range in {@code raw} and what the text really gave,
   * or empty when there is none.
   *
   * @param raw the text, may be null
   * @param reference "now" for relative dates, and the zone of dates that give none
   * @throws NullPointerException if {@code reference} is null
   */
  public Optional<ParsedDate> parseDetailed(String raw, ZonedDateTime reference) {
    Objects.requireNonNull(reference, "reference time is required");
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    DateText text = DateText.of(raw.length() > maxInputChars ? cut(raw) : raw);
    for (DateRecognizer recognizer : RECOGNIZERS_BY_PREFERENCE) {
      Optional<DatePart> part = recognizer.find(text, reference);
      if (part.isPresent()) {
        return Optional.of(complete(part.get(), text, reference));
      }
    }
    return Optional.empty();
  }

  private String cut(String raw) {
    boolean splitsPair = Character.isHighSurrogate(raw.charAt(maxInputChars - 1));
    return raw.substring(0, splitsPair ? maxInputChars - 1 : maxInputChars);
  }

  private static ParsedDate complete(DatePart found, DateText text, ZonedDateTime reference) {
    DatePart part =
        found.time() != null
            ? found
            : ClockTail.after(text, found.end())
                .or(() -> ClockTail.before(text, found.start()))
                .map(found::with)
                .orElse(found);
    ZoneId zone = part.zone() != null ? part.zone() : reference.getZone();
    LocalDateTime local =
        part.date().atTime(part.time() != null ? part.time() : LocalTime.MIDNIGHT);
    OffsetDateTime dateTime =
        ZonedDateTime.ofLocal(local, zone, reference.getOffset()).toOffsetDateTime();
    return new ParsedDate(
        dateTime,
        part.form(),
        text.rawStart(part.start()),
        text.rawEnd(part.end()),
        part.timeKnown(),
        part.zone() != null);
  }
}
