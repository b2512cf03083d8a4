package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatelineReaderTest {
  private final DatelineReader reader =
      new DatelineReader(
          new ArabicDateParser(),
          Clock.fixed(Instant.parse("2023-02-20T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void readsALabelledDateline() {
    assertThat(reader.apply("نشر في: الأحد 12 فبراير 2023 - 10:30 ص"))
        .contains(OffsetDateTime.parse("2023-02-12T10:30:00Z"));
  }

  /** Levantine sites print both month names, and the update beside the publication. */
  @Test
  void readsALineWithPublishedAndUpdatedDates() {
    assertThat(
            reader.apply(
                "تاريخ النشر: 7 حزيران / يونيو 2019 - 10:30 ص   آخر تحديث: 8 حزيران / يونيو 2019"))
        .contains(OffsetDateTime.parse("2019-06-07T10:30:00Z"));
  }

  @Test
  void twoDatesDoNotMakeProseADateline() {
    assertThat(
            reader.apply(
                "وقال الوزير إن الاتفاق الذي وقع في 12 فبراير 2023 سيدخل حيز التنفيذ في الأول من"
                    + " مارس 2023 بعد مصادقة البرلمان عليه"))
        .isEmpty();
  }

  @Test
  void readsRelativeDatelinesAgainstTheClock() {
    assertThat(reader.apply("منذ ساعتين")).contains(OffsetDateTime.parse("2023-02-20T10:00:00Z"));
  }

  @Test
  void refusesADateInsideProse() {
    assertThat(
            reader.apply(
                "وقال الوزير إن الاتفاق الذي وقع في 12 فبراير 2023 سيدخل حيز التنفيذ قريبا"))
        .isEmpty();
  }

  @Test
  void refusesLinesWithoutADate() {
    assertThat(reader.apply("كلمات دلالية: النفط، الأسعار")).isEmpty();
    assertThat(reader.apply("  ")).isEmpty();
  }
}
