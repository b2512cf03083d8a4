package org.marsad.text.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * ISO 8601 extended dates as feeds, JSON-LD and {@code <time datetime>} carry them: {@code
 * 2018-02-16T22:08:10+04:00}, {@code 2018-02-16 22:08:10}, {@code 2018-02-16T22:08:10.123Z}, {@code
 * 2018-02-16}. The zone may also be any zone {@link ZoneNames} knows ({@code GMT}).
 */
final class IsoDateRecognizer extends DateRecognizer {

  private static final int NANO_DIGITS = 9;
  private static final String NANO_PADDING = "000000000";

  private static final Pattern PATTERN =
      Pattern.compile(
          "(?<![\\d.:/-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"
              + "(?:[t ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?(?!\\d)"
              + "(?: ?("
              + ZoneNames.REGEX
              + "))?)?");

  IsoDateRecognizer() {
    super(PATTERN);
  }

  @Override
  boolean couldMatch(DateText text) {
    return text.hasDigit();
  }

  @Override
  Optional<DatePart> read(MatchResult m, ZonedDateTime reference) {
    Optional<LocalDate> date = DateFields.gregorian(number(m, 1), number(m, 2), number(m, 3));
    if (date.isEmpty() || m.group(4) == null) {
      return date.map(d -> DatePart.dateOnly(DateForm.ISO_8601, m.start(), m.end(), d));
    }
    int second = m.group(6) == null ? 0 : number(m, 6);
    Optional<LocalTime> time = DateFields.time(number(m, 4), number(m, 5), second, null);
    if (time.isEmpty()) {
      return Optional.empty();
    }
    LocalTime withFraction =
        m.group(7) == null
            ? time.get()
            : time.get()
                .withNano(Integer.parseInt((m.group(7) + NANO_PADDING).substring(0, NANO_DIGITS)));
    ZoneId zone = m.group(8) == null ? null : ZoneNames.parse(m.group(8)).orElse(null);
    return Optional.of(
        new DatePart(DateForm.ISO_8601, m.start(), m.end(), date.get(), withFraction, zone, true));
  }
}
