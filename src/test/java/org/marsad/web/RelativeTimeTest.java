package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Arabic relative times: the counted noun agrees with its number (العدد والمعدود). */
class RelativeTimeTest {
  private static final Instant NOW = Instant.parse("2024-02-05T12:00:00Z");

  private static String ago(Duration duration) {
    return RelativeTime.ago(NOW.minus(duration), NOW, false);
  }

  @Test
  void hoursAgreeWithTheirNumber() {
    assertThat(ago(Duration.ofHours(1))).isEqualTo("منذ ساعة");
    assertThat(ago(Duration.ofHours(2))).isEqualTo("منذ ساعتين");
    assertThat(ago(Duration.ofHours(3))).isEqualTo("منذ 3 ساعات");
    assertThat(ago(Duration.ofHours(10))).isEqualTo("منذ 10 ساعات");
    assertThat(ago(Duration.ofHours(11))).isEqualTo("منذ 11 ساعة");
    assertThat(ago(Duration.ofHours(23).plusMinutes(59))).isEqualTo("منذ 23 ساعة");
  }

  @Test
  void minutesAndDaysLikewise() {
    assertThat(ago(Duration.ofSeconds(30))).isEqualTo("الآن");
    assertThat(ago(Duration.ofMinutes(1))).isEqualTo("منذ دقيقة");
    assertThat(ago(Duration.ofMinutes(2))).isEqualTo("منذ دقيقتين");
    assertThat(ago(Duration.ofMinutes(5))).isEqualTo("منذ 5 دقائق");
    assertThat(ago(Duration.ofMinutes(45))).isEqualTo("منذ 45 دقيقة");
    assertThat(ago(Duration.ofDays(1))).isEqualTo("منذ يوم");
    assertThat(ago(Duration.ofDays(2))).isEqualTo("منذ يومين");
    assertThat(ago(Duration.ofDays(7))).isEqualTo("منذ 7 أيام");
    assertThat(ago(Duration.ofDays(12))).isEqualTo("منذ 12 يومًا");
    assertThat(ago(Duration.ofDays(60))).isEqualTo("منذ شهرين");
    assertThat(ago(Duration.ofDays(365 * 3))).isEqualTo("منذ 3 سنوات");
  }

  @Test
  void theFormFollowsTheLastTwoDigitsOfLargeNumbers() {
    assertThat(ArabicCount.of(100, ArabicCount.DAY)).isEqualTo("100 يوم");
    assertThat(ArabicCount.of(103, ArabicCount.DAY)).isEqualTo("103 أيام");
    assertThat(ArabicCount.of(111, ArabicCount.DAY)).isEqualTo("111 يومًا");
    assertThat(ArabicCount.sources(1)).isEqualTo("مصدر واحد");
    assertThat(ArabicCount.sources(2)).isEqualTo("مصدران");
    assertThat(ArabicCount.sources(4)).isEqualTo("4 مصادر");
    assertThat(ArabicCount.sources(25)).isEqualTo("25 مصدرًا");
    assertThat(ArabicCount.of(1, ArabicCount.ARTICLE)).isEqualTo("مقال واحد");
    assertThat(ArabicCount.of(2, ArabicCount.ARTICLE)).isEqualTo("مقالان");
    assertThat(ArabicCount.of(14, ArabicCount.ARTICLE)).isEqualTo("14 مقالًا");
    assertThat(ArabicCount.of(2, ArabicCount.MENTION)).isEqualTo("إشارتان");
    assertThat(ArabicCount.of(6, ArabicCount.MENTION)).isEqualTo("6 إشارات");
  }

  @Test
  void aTimeInTheFutureIsNowAndArabicIndicDigitsAreOnRequest() {
    assertThat(RelativeTime.ago(NOW.plusSeconds(3600), NOW, false)).isEqualTo("الآن");
    assertThat(RelativeTime.ago(NOW.minus(Duration.ofHours(11)), NOW, true))
        .isEqualTo("منذ ١١ ساعة");
    assertThat(RelativeTime.ago(null, NOW, false)).isEmpty();
  }
}
