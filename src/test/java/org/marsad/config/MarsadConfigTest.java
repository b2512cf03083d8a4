package org.marsad.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarsadConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsFileIsReadAndTyped() {
    MarsadConfig config = MarsadConfig.defaults();
    assertThat(config.duration("poll.interval")).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.bytes("fetch.max-bytes")).isEqualTo(10L << 20);
    assertThat(config.integer("fetch.max-redirects")).isEqualTo(5);
    assertThat(config.bool("fetch.allow-private-networks")).isFalse();
  }

  @Test
  void dataDirectoryFileOverridesDefaults() throws Exception {
    Files.writeString(dir.resolve("marsad.properties"), "poll.interval = 90s\n");
    assertThat(MarsadConfig.load(dir).duration("poll.interval")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void unknownKeyInOverridesNamesTheKeyAndFile() throws Exception {
    Files.writeString(dir.resolve("marsad.properties"), "poll.intervall = 90s\n");
    assertThatThrownBy(() -> MarsadConfig.load(dir))
        .hasMessageContaining("poll.intervall")
        .hasMessageContaining("marsad.properties");
  }

  @Test
  void malformedValueNamesKeyValueAndExpectation() {
    MarsadConfig config = MarsadConfig.defaults().with("poll.interval", "ten minutes");
    assertThatThrownBy(() -> config.duration("poll.interval"))
        .hasMessage(
            "configuration key 'poll.interval' is 'ten minutes', expected a duration such as 30s or 10m");
  }
}
