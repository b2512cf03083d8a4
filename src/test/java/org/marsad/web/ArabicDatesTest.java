package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {
  private static final Instant AT = Instant.parse("2024-02-05T21:30:00Z");

  @Test
  void gregorianWithArabicMonthNamesInTheConfiguredZone() {
    assertThat(ArabicDates.gregorian(AT, ZoneOffset.UTC, false)).isEqualTo("5 فبراير 2024، 21:30");
    assertThat(ArabicDates.gregorian(AT, ZoneId.of("Asia/Riyadh"), false))
        .isEqualTo("6 فبراير 2024، 00:30");
    assertThat(ArabicDates.gregorian(AT, ZoneOffset.UTC, true)).isEqualTo("٥ فبراير ٢٠٢٤، ٢١:٣٠");
  }

  @Test
  void hijriDatesOfKnownDays() {
    // Umm al-Qura: 1 Ramadan 1445 was 11 March 2024; 1 Muharram 1446 was 7 July 2024.
    assertThat(ArabicDates.hijri(LocalDate.of(2024, 3, 11), false)).isEqualTo("1 رمضان 1445 هـ");
    assertThat(ArabicDates.hijri(LocalDate.of(2024, 7, 7), false)).isEqualTo("1 محرم 1446 هـ");
    assertThat(ArabicDates.hijri(LocalDate.of(2024, 2, 5), false)).isEqualTo("24 رجب 1445 هـ");
    assertThat(ArabicDates.hijri(LocalDate.of(2024, 2, 5), true)).isEqualTo("٢٤ رجب ١٤٤٥ هـ");
  }

  @Test
  void daysOutsideTheHijriCalendarDataGiveNothing() {
    assertThat(ArabicDates.hijri(LocalDate.of(1700, 1, 1), false)).isEmpty();
    assertThat(ArabicDates.hijri(null, ZoneOffset.UTC, false)).isEmpty();
    assertThat(ArabicDates.gregorian(null, ZoneOffset.UTC, false)).isEmpty();
  }
}
