package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.Reliability;

/** {@code --backend}/{@code --zk} and {@code migrate}: wrong or unreachable clusters, one line. */
class BackendOptionsTest {
  @TempDir Path dataDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return MarsadCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void solrWithoutZooKeeperOrWithAMalformedAddressFailsNamingIt() {
    String data = dataDir.toString();
    assertThat(run("search", "--backend", "solr", "--data", data, "مصر")).isEqualTo(2);
    assertThat(err.toString()).contains("'solr.zk'").contains("--zk");
    assertThat(run("stories", "--backend", "solr", "--zk", "zk1:21x81", "--data", data))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'zk1:21x81'");
    assertThat(run("sources", "--backend", "mongo", "--data", data, "list")).isEqualTo(2);
    assertThat(err.toString()).contains("'backend' is 'mongo'");
    assertThat(run("search", "--zk", "127.0.0.1:2181", "--data", data, "مصر")).isEqualTo(2);
    assertThat(err.toString()).contains("add --backend solr");
    assertThat(dataDir.resolve("marsad.db")).doesNotExist();
    Reliability.record(
        "bad-input",
        "BackendOptionsTest.solrWithoutZooKeeperOrWithAMalformedAddressFailsNamingIt",
        "4 commands with --backend solr and no ZooKeeper, a malformed --zk, an unknown backend,"
            + " --zk without --backend solr",
        "exit 2 with one line naming the key or option and value; nothing opened",
        "4 of 4 refused; " + err.toString().lines().count() + " error lines");
  }

  @Test
  void anUnreachableZooKeeperFailsWithinTheConnectTimeout() throws Exception {
    Files.writeString(dataDir.resolve("marsad.properties"), "solr.connect-timeout = 1s\n");
    long start = System.nanoTime();
    int exit =
        run("fetch", "--backend", "solr", "--zk", "127.0.0.1:1/marsad", "--data", dataDir + "");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("cannot open the SolrCloud cluster at 127.0.0.1:1/marsad")
        .contains("no answer from ZooKeeper");
    Reliability.record(
        "faults",
        "BackendOptionsTest.anUnreachableZooKeeperFailsWithinTheConnectTimeout",
        "marsad fetch --backend solr with ZooKeeper on a closed loopback port,"
            + " solr.connect-timeout = 1s",
        "exit 2 with one line naming the address, no hang",
        "exit " + exit + " after " + millis + " ms");
  }

  @Test
  void migrateRefusesAMissingDirectoryAndAMalformedTarget() {
    assertThat(run("migrate", "--data", dataDir.resolve("none") + "", "--to-zk", "127.0.0.1:1"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no data directory");
    assertThat(run("migrate", "--data", dataDir + "", "--to-zk", "localhost")).isEqualTo(2);
    assertThat(err.toString()).contains("'localhost'");
  }
}
