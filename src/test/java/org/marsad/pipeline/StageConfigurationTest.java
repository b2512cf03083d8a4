package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;

class StageConfigurationTest {
  @TempDir Path data;

  @Test
  void anUnknownStageIsRefusedBeforeTheDataDirectoryIsOpened() {
    MarsadConfig config = MarsadConfig.defaults().with(Engine.STAGES_KEY, "duplicates, entities");
    assertThatThrownBy(() -> Engine.open(data.resolve("d"), config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pipeline.stages")
        .hasMessageContaining("'entities'");
    assertThat(Files.exists(data.resolve("d"))).as("nothing created").isFalse();
  }

  @Test
  void aBadWindowIsRefusedNamingItsKey() {
    MarsadConfig config = MarsadConfig.defaults().with("story.window", "three days");
    assertThatThrownBy(() -> Engine.open(data.resolve("d"), config))
        .hasMessageContaining("story.window");
  }

  @Test
  void stagesOutOfOrderAreRefused() {
    MarsadConfig config = MarsadConfig.defaults().with(Engine.STAGES_KEY, "stories, enrich");
    assertThatThrownBy(() -> Engine.open(data.resolve("d"), config))
        .hasMessageContaining("'enrich' out of order")
        .hasMessageContaining("duplicates, enrich, stories");
  }

  @Test
  void aMissingModelFileIsRefusedNamingItsKey() {
    MarsadConfig config =
        MarsadConfig.defaults().with("enrich.ner-model", data.resolve("none.model").toString());
    assertThatThrownBy(() -> Engine.open(data.resolve("d"), config))
        .hasMessageContaining("enrich.ner-model")
        .hasMessageContaining("none.model");
    assertThat(Files.exists(data.resolve("d"))).as("nothing created").isFalse();
  }
}
