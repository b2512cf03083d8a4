package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return MarsadCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void configsetWritesTheConfigurationAndThePlugInAnOperatorInstalls() throws Exception {
    assertThat(run("solr", "configset", "--out", dir.toString())).isZero();
    assertThat(dir.resolve("conf/schema.xml")).content().contains("marsadArabicClitic");
    assertThat(dir.resolve("conf/solrconfig.xml")).isRegularFile();
    try (JarFile jar = new JarFile(dir.resolve("lib/marsad-solr-plugin.jar").toFile())) {
      assertThat(jar.getEntry("org/marsad/search/ArabicSuffixStemFilterFactory.class")).isNotNull();
    }
    assertThat(out.toString()).contains("marsad-solr-plugin.jar");
  }

  @Test
  void uploadRefusesAMalformedZooKeeperAddress() {
    assertThat(run("solr", "upload", "--zk", "127.0.0.1")).isEqualTo(2);
    assertThat(err.toString()).contains("--zk").contains("'127.0.0.1'");
  }
}
