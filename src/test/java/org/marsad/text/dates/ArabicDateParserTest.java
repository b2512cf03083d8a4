package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicDateParserTest {

  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  /** Sunday 26 March 2023, 15:00 in Riyadh (+03:00), 4 Ramadan 1444. */
  private static final ZonedDateTime NOW = ZonedDateTime.of(2023, 3, 26, 15, 0, 0, 0, RIYADH);

  private final ArabicDateParser parser = new ArabicDateParser();

  private ParsedDate parsed(String raw) {
    return parser
        .parseDetailed(raw, NOW)
        .orElseThrow(() -> new AssertionError("no date in: " + raw));
  }

  private OffsetDateTime at(String raw) {
    return parsed(raw).dateTime();
  }

  private static OffsetDateTime riyadh(int y, int m, int d, int h, int min) {
    return OffsetDateTime.of(y, m, d, h, min, 0, 0, ZoneOffset.ofHours(3));
  }

  @Nested
  class Iso8601 {
    @Test
    void offsetIsKept() {
      ParsedDate date = parsed("2018-02-16T22:08:10+04:00");
      assertThat(date.dateTime()).isEqualTo("2018-02-16T22:08:10+04:00");
      assertThat(date.form()).isEqualTo(DateForm.ISO_8601);
      assertThat(date.timeKnown()).isTrue();
      assertThat(date.zoneKnown()).isTrue();
    }

    @Test
    void spaceSeparatorWithoutZoneTakesTheReferenceZone() {
      ParsedDate date = parsed("2018-02-16 22:08:10");
      assertThat(date.dateTime()).isEqualTo("2018-02-16T22:08:10+03:00");
      assertThat(date.zoneKnown()).isFalse();
    }

    @Test
    void fractionAndZulu() {
      assertThat(at("2018-02-16T22:08:10.123Z")).isEqualTo("2018-02-16T22:08:10.123Z");
    }

    @Test
    void offsetWithoutColonAndWithoutSeconds() {
      assertThat(at("2018-02-16T22:08+0400")).isEqualTo("2018-02-16T22:08+04:00");
    }

    @Test
    void dateOnlyIsStartOfDayInReferenceZone() {
      ParsedDate date = parsed("2018-02-16");
      assertThat(date.dateTime()).isEqualTo(riyadh(2018, 2, 16, 0, 0));
      assertThat(date.timeKnown()).isFalse();
    }

    @Test
    void impossibleDayIsEmpty() {
      assertThat(parser.parse("2023-02-31", NOW)).isEmpty();
    }
  }

  @Nested
  class Rfc822 {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Sun, 18 Feb 2018 21:35:43 +0400 | 2018-02-18T21:35:43+04:00",
          "Sun, 18 Feb 2018 21:35:43 GMT   | 2018-02-18T21:35:43Z",
          "Sun, 18 Feb 2018 21:35:43 +0000 | 2018-02-18T21:35:43Z",
          "Sun, 18 Feb 18 21:35:43 GMT     | 2018-02-18T21:35:43Z",
          "Sun, 18 Feb 2018 21:35 GMT      | 2018-02-18T21:35Z",
          "Sun, 18 Feb 2018 21:35:43 EST   | 2018-02-18T21:35:43-05:00",
          "Sun, 18 Feb 2018 21:35:43 EDT   | 2018-02-18T21:35:43-04:00",
          "Sun, 18 Feb 2018 21:35:43 PST   | 2018-02-18T21:35:43-08:00",
          "Sunday,  18  Feb  2018  21:35:43   GMT | 2018-02-18T21:35:43Z",
          "18 Feb 2018 21:35:43 +0300      | 2018-02-18T21:35:43+03:00",
          "Sun, 18-Feb-2018 21:35:43 GMT   | 2018-02-18T21:35:43Z",
          "Mon, 01 Jan 99 00:00:00 GMT     | 1999-01-01T00:00Z",
        })
    void feedDates(String raw, String expected) {
      ParsedDate date = parsed(raw);
      assertThat(date.dateTime()).isEqualTo(expected);
      assertThat(date.form()).isEqualTo(DateForm.RFC_822);
    }

    @Test
    void withoutZoneTakesTheReferenceZone() {
      assertThat(at("Sun, 18 Feb 2018 21:35:43"))
          .isEqualTo(riyadh(2018, 2, 18, 21, 35).plusSeconds(43));
    }

    @Test
    void impossibleDateIsEmpty() {
      assertThat(parser.parse("Wed, 31 Feb 2018 21:35:43 GMT", NOW)).isEmpty();
    }
  }

  @Nested
  class ArabicMonthNames {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          // Egyptian and Gulf
          "12 يناير 2023 | 1",
          "12 فبراير 2023 | 2",
          "12 مارس 2023 | 3",
          "12 أبريل 2023 | 4",
          "12 إبريل 2023 | 4",
          "12 مايو 2023 | 5",
          "12 يونيو 2023 | 6",
          "12 يونيه 2023 | 6",
          "12 يوليو 2023 | 7",
          "12 يوليه 2023 | 7",
          "12 أغسطس 2023 | 8",
          "12 سبتمبر 2023 | 9",
          "12 أكتوبر 2023 | 10",
          "12 نوفمبر 2023 | 11",
          "12 ديسمبر 2023 | 12",
          // Levantine and Iraqi
          "12 كانون الثاني 2023 | 1",
          "12 شباط 2023 | 2",
          "12 آذار 2023 | 3",
          "12 نيسان 2023 | 4",
          "12 أيار 2023 | 5",
          "12 حزيران 2023 | 6",
          "12 تموز 2023 | 7",
          "12 آب 2023 | 8",
          "12 أيلول 2023 | 9",
          "12 تشرين الأول 2023 | 10",
          "12 تشرين الثاني 2023 | 11",
          "12 كانون الأول 2023 | 12",
          "12 مايس 2023 | 5",
          // Maghrebi
          "12 جانفي 2023 | 1",
          "12 فيفري 2023 | 2",
          "12 أفريل 2023 | 4",
          "12 ماي 2023 | 5",
          "12 جوان 2023 | 6",
          "12 جويلية 2023 | 7",
          "12 أوت 2023 | 8",
          // Moroccan
          "12 يوليوز 2023 | 7",
          "12 غشت 2023 | 8",
          "12 شتنبر 2023 | 9",
          "12 نونبر 2023 | 11",
          "12 دجنبر 2023 | 12",
        })
    void everyRegionalSet(String raw, int month) {
      ParsedDate date = parsed(raw);
      assertThat(date.dateTime().toLocalDate()).isEqualTo(LocalDate.of(2023, month, 12));
      assertThat(date.form()).isEqualTo(DateForm.ARABIC_MONTH_NAME);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "الأحد 12 فبراير 2023",
          "الاحد، 12 فبراير، 2023",
          "يوم الأحد 12 فبراير 2023م",
          "12 فبراير 2023 م",
          "12 من شهر فبراير عام 2023",
          "12-فبراير-2023",
          "12 شباط (فبراير) 2018",
          "12 فبراير/شباط 2018",
          "12 شباط/فبراير 2018",
          "١٢ فبراير ٢٠٢٣",
          "۱۲ فبراير ۲۰۲۳",
          "١٢ فِبْرَايِر ٢٠٢٣",
          "12 فبرايـــر 2023",
        })
    void spellingsAndSeparators(String raw) {
      assertThat(parsed(raw).dateTime().toLocalDate().getDayOfMonth()).isEqualTo(12);
      assertThat(parsed(raw).dateTime().getMonthValue()).isEqualTo(2);
    }

    @Test
    void dayNameIsOptionalAndIgnored() {
      assertThat(at("الخميس 12 فبراير 2023")).isEqualTo(at("12 فبراير 2023"));
    }

    @Test
    void monthPrefixDoesNotShadowLongerName() {
      assertThat(at("3 مايو 2023").getMonthValue()).isEqualTo(5);
      assertThat(at("3 ماي 2023").getMonthValue()).isEqualTo(5);
      assertThat(parser.parse("3 مايوني 2023", NOW)).isEmpty();
    }

    @Test
    void impossibleDayIsEmpty() {
      assertThat(parser.parse("31 فبراير 2023", NOW)).isEmpty();
    }

    @Test
    void dateInsideALineWithTimeAndRange() {
      String line = "نشر في: الأحد 12 فبراير 2023 - 10:30 ص";
      ParsedDate date = parsed(line);
      assertThat(date.dateTime()).isEqualTo(riyadh(2023, 2, 12, 10, 30));
      assertThat(date.timeKnown()).isTrue();
      assertThat(line.substring(date.start(), date.end()))
          .isEqualTo("الأحد 12 فبراير 2023 - 10:30 ص");
    }

    @Test
    void rangePointsIntoTheOriginalDespiteDiacriticsAndDigits() {
      String line = "تاريخ النشر:  ١٢ فِبْرَايِر ٢٠٢٣ .";
      ParsedDate date = parsed(line);
      assertThat(line.substring(date.start(), date.end())).isEqualTo("١٢ فِبْرَايِر ٢٠٢٣");
    }
  }

  /** Spelling, digit and invisible-character variants fold to one reading. */
  @Nested
  class Folding {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "الإثنين 13 فبراير 2023",
          "الاثنين 13 فبراير 2023",
          "الأثنين ١٣ فبراير ٢٠٢٣",
          "\u200f13\u200f فبراير 2023\u061c",
          "13\u00a0فبراير\u00a02023",
          "13  \t فبراير\n2023",
          "١٣ فبرايـر ۲۰۲۳",
        })
    void variantsGiveTheSameDate(String raw) {
      assertThat(at(raw).toLocalDate()).isEqualTo("2023-02-13");
    }

    @Test
    void persianYehInAMonthName() {
      assertThat(at("12 دیسمبر 2023").toLocalDate()).isEqualTo("2023-12-12");
    }

    @Test
    void rangeSkipsInvisibleCharsAroundTheDate() {
      String raw = "\u200f\u200fالإثنين 13 فبراير 2023\u200f";
      ParsedDate date = parsed(raw);
      assertThat(raw.substring(date.start(), date.end())).isEqualTo("الإثنين 13 فبراير 2023");
    }

    @Test
    void rangeOfFeedAndRelativeDates() {
      String feed = "pubDate: Sun, 18 Feb 2018 21:35:43 +0400 (feed)";
      ParsedDate rfc = parsed(feed);
      assertThat(feed.substring(rfc.start(), rfc.end()))
          .isEqualTo("Sun, 18 Feb 2018 21:35:43 +0400");
      String ago = "تم النشر منذ ٣ ساعات فقط";
      ParsedDate relative = parsed(ago);
      assertThat(ago.substring(relative.start(), relative.end())).isEqualTo("منذ ٣ ساعات");
    }
  }

  @Nested
  class Times {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "12 فبراير 2023 - 10:30 ص | 10:30",
          "12 فبراير 2023 - 10:30 م | 22:30",
          "12 فبراير 2023 12:15 ص | 00:15",
          "12 فبراير 2023 12:15 م | 12:15",
          "12 فبراير 2023 الساعة 10:30 | 10:30",
          "12 فبراير 2023 في تمام الساعة 9:05 مساءً | 21:05",
          "'12 فبراير 2023 | 10:30 PM' | 22:30",
          "12 فبراير 2023 - ٠٩:٤٥ صباحاً | 09:45",
          "12 فبراير 2023 2:00 ظهرا | 14:00",
          "12 فبراير 2023 11:00 ليلا | 23:00",
          "10:30 م - الأحد 12 فبراير 2023 | 22:30",
          "12 فبراير 2023 22:10:05 | 22:10:05",
        })
    void clockTimeNextToTheDate(String raw, String time) {
      assertThat(at(raw).toLocalTime()).isEqualTo(time);
    }

    @Test
    void notAClockTimeIsNotAttached() {
      ParsedDate date = parsed("12 فبراير 2023 25:70");
      assertThat(date.dateTime()).isEqualTo(riyadh(2023, 2, 12, 0, 0));
      assertThat(date.timeKnown()).isFalse();
    }
  }

  @Nested
  class Zones {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "12 فبراير 2023 10:30 بتوقيت مكة | 2023-02-12T10:30+03:00",
          "12 فبراير 2023 10:30 (بتوقيت مكة المكرمة) | 2023-02-12T10:30+03:00",
          "12 فبراير 2023 10:30 بتوقيت غرينتش | 2023-02-12T10:30Z",
          "12 فبراير 2023 10:30 GMT | 2023-02-12T10:30Z",
          "12 فبراير 2023 10:30 ت.غ | 2023-02-12T10:30Z",
          "12 فبراير 2023 10:30 GMT+2 | 2023-02-12T10:30+02:00",
          "12 فبراير 2023 10:30 +04:00 | 2023-02-12T10:30+04:00",
          "12 يوليو 2023 10:30 بتوقيت القاهرة | 2023-07-12T10:30+03:00",
          "12 فبراير 2023 10:30 بتوقيت القاهرة | 2023-02-12T10:30+02:00",
          "12 فبراير 2023 10:30 بتوقيت الإمارات | 2023-02-12T10:30+04:00",
        })
    void namedAndNumericZones(String raw, String expected) {
      ParsedDate date = parsed(raw);
      assertThat(date.dateTime()).isEqualTo(expected);
      assertThat(date.zoneKnown()).isTrue();
    }

    @Test
    void ambiguousPlaceFallsBackToReferenceZone() {
      ParsedDate date = parsed("12 فبراير 2023 10:30 بتوقيت عمان");
      assertThat(date.dateTime()).isEqualTo(riyadh(2023, 2, 12, 10, 30));
      assertThat(date.zoneKnown()).isFalse();
    }

    @Test
    void referenceZoneAppliesItsOwnRules() {
      ZonedDateTime cairoNow = NOW.withZoneSameInstant(ZoneId.of("Africa/Cairo"));
      assertThat(parser.parse("12 يوليو 2023 10:30", cairoNow))
          .contains(OffsetDateTime.parse("2023-07-12T10:30+03:00"));
      assertThat(parser.parse("12 يناير 2023 10:30", cairoNow))
          .contains(OffsetDateTime.parse("2023-01-12T10:30+02:00"));
    }
  }

  @Nested
  class English {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "11th, February 2025 GMT | 2025-02-11T00:00Z",
          "February 11, 2025 | 2025-02-11T00:00+03:00",
          "Tuesday, Feb. 11th 2025 | 2025-02-11T00:00+03:00",
          "1st of March 2025 | 2025-03-01T00:00+03:00",
          "Published: March 3rd, 2025 at 9:15 pm | 2025-03-03T21:15+03:00",
        })
    void englishForms(String raw, String expected) {
      ParsedDate date = parsed(raw);
      assertThat(date.dateTime()).isEqualTo(expected);
      assertThat(date.form()).isEqualTo(DateForm.ENGLISH_MONTH_NAME);
    }

    @Test
    void shortMonthWithTimeIsReadAsAFeedDate() {
      ParsedDate date = parsed("11 Feb 2025 10:30");
      assertThat(date.dateTime()).isEqualTo("2025-02-11T10:30+03:00");
      assertThat(date.form()).isEqualTo(DateForm.RFC_822);
    }

    @Test
    void zoneAloneIsKnownButTimeIsNot() {
      ParsedDate date = parsed("11th, February 2025 GMT");
      assertThat(date.zoneKnown()).isTrue();
      assertThat(date.timeKnown()).isFalse();
    }
  }

  @Nested
  class Numeric {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "2023/02/12 | 2023-02-12",
          "12/02/2023 | 2023-02-12",
          "12-2-2023 | 2023-02-12",
          "12.02.2023 | 2023-02-12",
          "02/13/2023 | 2023-02-13",
          "١٢/٠٢/٢٠٢٣ | 2023-02-12",
          "آخر تحديث: 2023/2/12 10:30 | 2023-02-12",
        })
    void dayFirstUnlessImpossible(String raw, String expected) {
      assertThat(at(raw).toLocalDate()).isEqualTo(expected);
      assertThat(parsed(raw).form()).isEqualTo(DateForm.NUMERIC);
    }

    @Test
    void mixedSeparatorsOrVersionNumbersAreNotDates() {
      assertThat(parser.parse("12/02-2023", NOW)).isEmpty();
      assertThat(parser.parse("1.12.2023.4", NOW)).isEmpty();
      assertThat(parser.parse("13/13/2023", NOW)).isEmpty();
    }
  }

  @Nested
  class Hijri {
    @Test
    void firstOfRamadan1444IsMarch23() {
      ParsedDate date = parsed("1 رمضان 1444 هـ");
      assertThat(date.dateTime().toLocalDate()).isEqualTo("2023-03-23");
      assertThat(date.form()).isEqualTo(DateForm.HIJRI);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "1 محرم 1445 هـ | 2023-07-19",
          "1 صفر 1445 هـ | 2023-08-17",
          "1 ربيع الأول 1445 هـ | 2023-09-16",
          "1 ربيع الآخر 1445 هـ | 2023-10-16",
          "1 ربيع الثاني 1445 هـ | 2023-10-16",
          "1 جمادى الأولى 1445 هـ | 2023-11-15",
          "1 جمادى الآخرة 1445 هـ | 2023-12-14",
          "1 جمادى الثانية 1445 هـ | 2023-12-14",
          "1 رجب 1445 هـ | 2024-01-13",
          "1 شعبان 1445 هـ | 2024-02-11",
          "1 شوال 1444 هـ | 2023-04-21",
          "1 ذو القعدة 1444 هـ | 2023-05-21",
          "1 ذي القعدة 1444 هـ | 2023-05-21",
          "10 ذو الحجة 1444 هـ | 2023-06-28",
          "10 ذي الحجة 1444ه | 2023-06-28",
          "١٠ ذي الحِجّة ١٤٤٤ هـ | 2023-06-28",
          "1444/9/1 هـ | 2023-03-23",
        })
    void everyMonthConvertsThroughUmmAlQura(String raw, String gregorian) {
      assertThat(at(raw).toLocalDate()).isEqualTo(gregorian);
      assertThat(parsed(raw).form()).isEqualTo(DateForm.HIJRI);
    }

    @Test
    void gregorianIsPreferredWhenBothArePrinted() {
      ParsedDate date = parsed("الأحد 5 رمضان 1444 هـ - 26 مارس 2023 م");
      assertThat(date.form()).isEqualTo(DateForm.ARABIC_MONTH_NAME);
      assertThat(date.dateTime().toLocalDate()).isEqualTo("2023-03-26");
      assertThat(parsed("1444/9/5 هـ - 2023/3/26").form()).isEqualTo(DateForm.NUMERIC);
    }

    @Test
    void hijriAloneAgreesWithTheGregorianPrintedBesideIt() {
      assertThat(at("الأحد 4 رمضان 1444 هـ").toLocalDate()).isEqualTo("2023-03-26");
    }

    @Test
    void outOfUmmAlQuraRangeOrImpossibleDayIsEmpty() {
      assertThat(parser.parse("1 رمضان 1700 هـ", NOW)).isEmpty();
      assertThat(parser.parse("1 رمضان 1200 هـ", NOW)).isEmpty();
      assertThat(parser.parse("31 رمضان 1444 هـ", NOW)).isEmpty();
    }
  }

  @Nested
  class Relative {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "منذ ساعة | 2023-03-26T14:00+03:00",
          "منذ ساعتين | 2023-03-26T13:00+03:00",
          "منذ 3 ساعات | 2023-03-26T12:00+03:00",
          "منذ ٣ ساعات | 2023-03-26T12:00+03:00",
          "قبل 3 ساعات | 2023-03-26T12:00+03:00",
          "منذ 11 ساعة | 2023-03-26T04:00+03:00",
          "منذ دقيقة | 2023-03-26T14:59+03:00",
          "منذ دقيقتين | 2023-03-26T14:58+03:00",
          "منذ 5 دقائق | 2023-03-26T14:55+03:00",
          "منذ خمس دقائق | 2023-03-26T14:55+03:00",
          "منذ يوم | 2023-03-25T15:00+03:00",
          "منذ يومين | 2023-03-24T15:00+03:00",
          "منذ 4 أيام | 2023-03-22T15:00+03:00",
          "منذ أسبوع | 2023-03-19T15:00+03:00",
          "منذ شهر | 2023-02-26T15:00+03:00",
          "2 hours ago | 2023-03-26T13:00+03:00",
          "an hour ago | 2023-03-26T14:00+03:00",
          "اليوم | 2023-03-26T00:00+03:00",
          "أمس | 2023-03-25T00:00+03:00",
          "امس | 2023-03-25T00:00+03:00",
          "أول أمس | 2023-03-24T00:00+03:00",
          "أمس الساعة 10:30 مساءً | 2023-03-25T22:30+03:00",
          "اليوم 09:15 | 2023-03-26T09:15+03:00",
          "yesterday | 2023-03-25T00:00+03:00",
        })
    void againstTheReference(String raw, String expected) {
      ParsedDate date = parsed(raw);
      assertThat(date.dateTime()).isEqualTo(expected);
      assertThat(date.form()).isEqualTo(DateForm.RELATIVE);
    }

    @Test
    void timeIsKnownOnlyBelowADay() {
      assertThat(parsed("منذ ساعتين").timeKnown()).isTrue();
      assertThat(parsed("منذ يومين").timeKnown()).isFalse();
      assertThat(parsed("أمس").timeKnown()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"منذ أيام", "منذ عام 2011", "الأمسية", "اليومية", "واليوم"})
    void vagueOrNotRelativeIsEmpty(String raw) {
      assertThat(parser.parse(raw, NOW)).isEmpty();
    }
  }

  /** Datelines in the shapes Arabic news sites print them. */
  @Nested
  class Datelines {
    @ParameterizedTest
    @CsvSource(
        delimiter = ';',
        value = {
          "نشرت في 12/2/2023 10:30 AM (بتوقيت مكة); 2023-02-12T10:30+03:00",
          "الأحد، 12 فبراير 2023 10:30 م بتوقيت القاهرة; 2023-02-12T22:30+02:00",
          "آخر تحديث: الأحد 12 فبراير 2023 - 10:30 بتوقيت أبوظبي; 2023-02-12T10:30+04:00",
          "12 فبراير/ شباط 2023; 2023-02-12T00:00+03:00",
          "10:30 ص الأحد 12 فبراير 2023; 2023-02-12T10:30+03:00",
          "12-2-2023 | 10:30; 2023-02-12T10:30+03:00",
          "الأحد 12 جانفي 2023 - 10h30; 2023-01-12T10:30+03:00",
          "الأحد 1444/09/04هـ الموافق 2023/03/26م; 2023-03-26T00:00+03:00",
          "الخميس 9 شعبان 1444هـ 2 مارس 2023م; 2023-03-02T00:00+03:00",
          "article:published_time 2023-02-12T10:30:00.000000+00:00; 2023-02-12T10:30Z",
        })
    void siteDatelines(String line, String expected) {
      assertThat(at(line)).isEqualTo(expected);
    }
  }

  @Nested
  class BadInput {
    @ParameterizedTest
    @ValueSource(
        strings = {"", "   ", "لا يوجد تاريخ هنا", "12 13 14", "99:99", "foo bar", "\u200f\u200e"})
    void noDateIsEmpty(String raw) {
      assertThat(parser.parse(raw, NOW)).isEmpty();
    }

    @Test
    void nullTextIsEmptyButNullReferenceIsAnError() {
      assertThat(parser.parse(null, NOW)).isEmpty();
      assertThatThrownBy(() -> parser.parse("اليوم", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("reference");
    }

    @Test
    void invalidLimitIsRejectedWithTheValue() {
      assertThatThrownBy(() -> new ArabicDateParser(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0");
    }

    @Test
    void onlyTheFirstCharsAreExamined() {
      String far = "x".repeat(ArabicDateParser.DEFAULT_MAX_INPUT_CHARS) + " 12 فبراير 2023";
      assertThat(parser.parse(far, NOW)).isEmpty();
      assertThat(new ArabicDateParser(20).parse("12 فبراير 2023" + "x".repeat(100), NOW))
          .contains(riyadh(2023, 2, 12, 0, 0));
    }
  }

  /** Levantine and Iraqi sites print two month names side by side, in either order. */
  @Nested
  class TwoMonthNames {
    @ParameterizedTest
    @CsvSource(
        delimiter = ';',
        value = {
          "7 حزيران / يونيو 2019; 2019-06-07T00:00+03:00",
          "7 يونيو / حزيران 2019; 2019-06-07T00:00+03:00",
          "3 آب (أغسطس) 2021; 2021-08-03T00:00+03:00",
          "3 أغسطس (آب) 2021; 2021-08-03T00:00+03:00",
          "الأحد 12 تشرين الأول/أكتوبر 2021 10:05 صباحاً; 2021-10-12T10:05+03:00",
          "الأحد 12 أكتوبر/تشرين الأول 2021 10:05 مساءً; 2021-10-12T22:05+03:00",
        })
    void bothNamesReadAsOneMonth(String raw, String expected) {
      assertThat(at(raw)).isEqualTo(expected);
    }
  }

  /** The day as an ordinal word, as in "في الخامس من آب". */
  @Nested
  class DayInWords {
    @ParameterizedTest
    @CsvSource(
        delimiter = ';',
        value = {
          "الخامس من آب 2021; 2021-08-05",
          "في الحادي والعشرين من شهر أيلول 2019; 2019-09-21",
          "الأول من تشرين الثاني/نوفمبر عام 2020; 2020-11-01",
          "العاشر من نيسان (أبريل) 2022; 2022-04-10",
          "الثاني عشر من كانون الأول 2020 م; 2020-12-12",
          "الحادي والثلاثين من كانون الثاني 2021; 2021-01-31",
        })
    void ordinalDayWithYear(String raw, LocalDate expected) {
      ParsedDate date = parsed(raw);
      assertThat(date.dateTime().toLocalDate()).isEqualTo(expected);
      assertThat(date.form()).isEqualTo(DateForm.ARABIC_MONTH_NAME);
    }

    @Test
    void withoutAYearTheLastSuchDayBeforeTheReference() {
      // NOW is 26 March 2023: August is last year's, the first of March this year's
      assertThat(at("الخامس من آب")).isEqualTo(riyadh(2022, 8, 5, 0, 0));
      assertThat(at("الأول من آذار")).isEqualTo(riyadh(2023, 3, 1, 0, 0));
    }

    @Test
    void impossibleDayInWordsIsEmpty() {
      assertThat(parser.parse("الثلاثين من شباط 2023", NOW)).isEmpty();
    }

    @Test
    void anOrdinalNotFollowedByAMonthIsNoDate() {
      assertThat(parser.parse("احتل الفريق المركز الخامس من أصل عشرين فريقا", NOW)).isEmpty();
    }
  }
}
