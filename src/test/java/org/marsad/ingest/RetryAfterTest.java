package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @Test
  void delaySeconds() {
    assertThat(RetryAfter.parse(" 120 ", NOW)).contains(Duration.ofSeconds(120));
  }

  @Test
  void httpDate() {
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 12:01:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
  }

  @Test
  void aDateInThePastIsNoWait() {
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 11:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void hugeDelaysDoNotOverflow() {
    assertThat(RetryAfter.parse("99999999999999999999999", NOW))
        .get()
        .matches(d -> d.toDays() > 1000);
  }

  @Test
  void garbageIsNoHeader() {
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("", NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
  }
}
