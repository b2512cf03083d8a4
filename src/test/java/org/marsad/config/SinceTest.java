package org.marsad.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SinceTest {
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void readsATimeBackADayOrAnInstant() {
    assertThat(Since.parse("7d", NOW)).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    assertThat(Since.parse(" 12h ", NOW)).isEqualTo(Instant.parse("2026-11-29T22:00:00Z"));
    assertThat(Since.parse("2018-10-01", NOW)).isEqualTo(Instant.parse("2018-10-01T00:00:00Z"));
    assertThat(Since.parse("2018-10-01T06:30:00Z", NOW))
        .isEqualTo(Instant.parse("2018-10-01T06:30:00Z"));
  }

  @Test
  void anythingElseIsRefusedNamingTheForms() {
    assertThatThrownBy(() -> Since.parse("yesterday", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7d")
        .hasMessageContaining("'yesterday'");
    assertThatThrownBy(() -> Since.parse("2018-13-01", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
