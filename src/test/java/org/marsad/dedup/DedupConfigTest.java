package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.config.MarsadConfig;

class DedupConfigTest {

  @Test
  void readsWindowLimitAndUngroupedSourcesFromTheConfiguration() {
    MarsadConfig config =
        MarsadConfig.defaults()
            .with("dedup.window", "7d")
            .with("dedup.max-articles", "5000")
            .with("dedup.ungrouped-sources", " aggregator.example , wire ,");

    DedupConfig d = DedupConfig.from(config);

    assertThat(d.window()).isEqualTo(Duration.ofDays(7));
    assertThat(d.maxDocuments()).isEqualTo(5000);
    assertThat(d.ungrouped()).isEqualTo(Set.of("aggregator.example", "wire"));
  }

  @Test
  void theShippedDefaultsMatchTheCodeDefaults() {
    DedupConfig d = DedupConfig.from(MarsadConfig.defaults());

    assertThat(d).isEqualTo(DedupConfig.defaults());
  }

  @Test
  void aZeroWindowIsRefusedWithTheKeyNamed() {
    MarsadConfig config = MarsadConfig.defaults().with("dedup.window", "0s");

    assertThatThrownBy(() -> DedupConfig.from(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dedup.window");
  }

  @Test
  void thresholdsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> DedupConfig.defaults().withTitleOnly(1.5))
        .hasMessageContaining("(0, 1]");
  }

  @Test
  void eachWithMethodChangesItsOwnFieldsAndKeepsTheRest() {
    DedupConfig d = DedupConfig.defaults().withUngrouped(Set.of("wire"));

    DedupConfig window = d.withWindow(Duration.ofDays(9), 77);
    DedupConfig title = d.withTitleOnly(0.95);
    DedupConfig ungrouped = d.withUngrouped(Set.of("aggregator"));

    assertThat(window.window()).isEqualTo(Duration.ofDays(9));
    assertThat(window.maxDocuments()).isEqualTo(77);
    assertThat(window)
        .usingRecursiveComparison()
        .ignoringFields("window", "maxDocuments")
        .isEqualTo(d);
    assertThat(title.titleOnly()).isEqualTo(0.95);
    assertThat(title).usingRecursiveComparison().ignoringFields("titleOnly").isEqualTo(d);
    assertThat(ungrouped.ungrouped()).containsExactly("aggregator");
    assertThat(ungrouped).usingRecursiveComparison().ignoringFields("ungrouped").isEqualTo(d);
  }
}
