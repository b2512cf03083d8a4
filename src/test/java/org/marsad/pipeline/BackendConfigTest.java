package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.marsad.config.MarsadConfig;

class BackendConfigTest {
  private static final Path DATA = Path.of("some-data");

  @Test
  void theDefaultIsTheEmbeddedBackendOfTheDataDirectory() {
    BackendConfig backend = BackendConfig.from(MarsadConfig.defaults(), DATA);
    assertThat(backend).isEqualTo(BackendConfig.embedded(DATA));
    assertThat(backend.solr()).isNull();
  }

  @Test
  void solrTakesTheClusterAndTheLayoutFromConfiguration() {
    MarsadConfig config =
        MarsadConfig.defaults()
            .with("backend", "SOLR")
            .with("solr.zk", " 127.0.0.1:2181,127.0.0.2:2181/marsad ")
            .with("solr.prefix", "t1_")
            .with("solr.shards", "3");
    BackendConfig backend = BackendConfig.from(config, DATA);
    assertThat(backend.kind()).isEqualTo(BackendConfig.Kind.SOLR);
    assertThat(backend.solr())
        .isEqualTo(
            new BackendConfig.Solr(
                "127.0.0.1:2181,127.0.0.2:2181/marsad", "t1_", 3, 2, Duration.ofSeconds(15)));
  }

  @Test
  void solrWithoutAZooKeeperAddressNamesTheKey() {
    MarsadConfig config = MarsadConfig.defaults().with("backend", "solr");
    assertThatThrownBy(() -> BackendConfig.from(config, DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'solr.zk'")
        .hasMessageContaining("--zk");
  }

  @Test
  void aMalformedZooKeeperAddressIsNamedWithItsKey() {
    MarsadConfig config =
        MarsadConfig.defaults().with("backend", "solr").with("solr.zk", "zk.example:port/x");
    assertThatThrownBy(() -> BackendConfig.from(config, DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'solr.zk'")
        .hasMessageContaining("zk.example:port");
  }

  @Test
  void anUnknownBackendIsNamedWithTheChoices() {
    MarsadConfig config = MarsadConfig.defaults().with("backend", "cassandra");
    assertThatThrownBy(() -> BackendConfig.from(config, DATA))
        .hasMessage("configuration key 'backend' is 'cassandra', expected embedded or solr");
  }

  @Test
  void layoutNumbersAndPrefixAreChecked() {
    MarsadConfig solr =
        MarsadConfig.defaults().with("backend", "solr").with("solr.zk", "127.0.0.1:2181");
    assertThatThrownBy(() -> BackendConfig.from(solr.with("solr.replicas", "0"), DATA))
        .hasMessageContaining("'solr.replicas' is '0'");
    assertThatThrownBy(() -> BackendConfig.from(solr.with("solr.prefix", "a/b"), DATA))
        .hasMessageContaining("'solr.prefix' is 'a/b'");
  }
}
