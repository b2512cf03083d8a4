package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.testing.FuzzRow;
import org.marsad.testing.Mutations;
import org.marsad.testing.PropertyRows;
import org.marsad.testing.RealFragments;

/**
 * {@link ArabicDateParser}'s contract as properties over real datelines (ANT feed dates, the forms
 * Arabic pages print) damaged a few edits at a time.
 */
@AddLifecycleHook(PropertyRows.class)
class ArabicDateParserPropertyTest {
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2023, 3, 26, 15, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

  /** Four digits print a year; nothing a page prints is before this. */
  private static final int EARLIEST_YEAR = 1000;

  private static final int LATEST_YEAR = 9999;

  static final List<String> DATELINES =
      List.of(
          "Sun, 18 Feb 2018 21:35:43 +0400",
          "Tue, 01 May 2018 10:00:00 GMT",
          "نشر في: الأحد 12 فبراير 2023 - 10:30 ص",
          "الثلاثاء ١١ فبراير ٢٠٢٥",
          "5 رمضان 1444 هـ - 26 مارس 2023 م",
          "2023-03-26T10:15:30+03:00",
          "26/03/2023 10:15",
          "1444/9/5 هـ",
          "منذ ساعتين",
          "أمس الساعة 5 مساءً بتوقيت مكة",
          "12 كانون الثاني 2023",
          "March 5, 2023 at 10:00 PM EST");

  static final List<String> DATE_TOKENS =
      List.of(
          "12",
          "٢٠٢٣",
          "۱۲",
          "2023",
          "1444",
          "31",
          "99999999999",
          "0000",
          ":",
          "/",
          "-",
          ".",
          "،",
          " ",
          "\u00A0",
          "\u200F",
          "ـ",
          "َ",
          "فبراير",
          "شباط",
          "رمضان",
          "هـ",
          "م",
          "ص",
          "منذ",
          "ساعة",
          "سنة",
          "يوم",
          "أمس",
          "الساعة",
          "بتوقيت",
          "مكة",
          "GMT",
          "+0400",
          "-99",
          "T",
          "Z",
          "AM",
          "PM",
          "\uD800",
          "\u0000");

  private final ArabicDateParser parser = new ArabicDateParser();

  @Provide
  Arbitrary<String> damagedDatelines() {
    return Mutations.ofText(RealFragments.antFieldOr("pub_date_raw", DATELINES), DATE_TOKENS);
  }

  @Property(tries = 1000)
  @FuzzRow(
      tries =
          "ArabicDateParser.parseDetailed on ANT feed dates and Arabic datelines with up to 6"
              + " random edits",
      mustHold =
          "no exception; the range lies inside the input; a year between 1000 and 9999;"
              + " a relative date not after now; digit-free text gives no date but a relative"
              + " one")
  void anyDamagedDatelineGivesADateInsideItOrNothing(@ForAll("damagedDatelines") String raw) {
    assertWithinContract(parser, raw);
  }

  /** What {@link ArabicDateParser#parseDetailed} promises for any text. */
  static void assertWithinContract(ArabicDateParser parser, String raw) {
    Optional<ParsedDate> parsed = parser.parseDetailed(raw, NOW);
    if (parsed.isEmpty()) {
      return;
    }
    ParsedDate date = parsed.get();
    assertThat(date.end()).isLessThanOrEqualTo(raw.length());
    assertThat(date.dateTime().getYear()).isBetween(EARLIEST_YEAR, LATEST_YEAR);
    if (date.form() == DateForm.RELATIVE) {
      assertThat(date.dateTime().toInstant()).isBeforeOrEqualTo(NOW.toInstant());
    } else {
      assertThat(raw.chars().anyMatch(Character::isDigit)).isTrue();
    }
  }
}
