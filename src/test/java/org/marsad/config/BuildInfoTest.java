package org.marsad.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

  @Test
  void filteredValuesAreDescribed() {
    Properties p = new Properties();
    p.setProperty("version", "0.1.0");
    p.setProperty("commit", "1a2b3c4d5e");
    p.setProperty("dirty", "true");
    p.setProperty("built", "2026-11-30T08:00:00Z");
    assertThat(BuildInfo.of(p).describe())
        .isEqualTo(
            "marsad 0.1.0 (commit 1a2b3c4d5e with uncommitted changes, built 2026-11-30T08:00:00Z)");
  }

  @Test
  void unfilledOrMissingValuesReadAsUnknown() {
    Properties p = new Properties();
    p.setProperty("version", "0.1.0");
    p.setProperty("commit", "${git.commit.id.abbrev}");
    BuildInfo info = BuildInfo.of(p);
    assertThat(info.commit()).isEqualTo("unknown");
    assertThat(info.built()).isEqualTo("unknown");
    assertThat(info.dirty()).isFalse();
  }

  /** Maven filters the resource while building: the test classpath sees the real values. */
  @Test
  void theBuildRecordsItsVersion() {
    assertThat(BuildInfo.current().version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
