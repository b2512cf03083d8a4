package org.marsad.solr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real SolrCloud cluster for tests: a {@link LocalSolrCluster} (Solr's own MiniSolrCloudCluster
 * in a child JVM, built from solr-test-cluster/ by the Maven build), with Marsad's analysis plug-in
 * on every node's shared library path, written by {@link SolrPlugin} from the classes under test as
 * {@code marsad solr configset} writes it for operators.
 *
 * <p>When the cluster's build is missing (a test run from an IDE, or {@code mvn test}), tests that
 * need it are skipped with a message, unless {@code -Dmarsad.solr.required=true} or {@code
 * MARSAD_SOLR_REQUIRED=true} makes that a failure ({@code .ci/run} sets it).
 */
public final class TestCluster implements AutoCloseable {

  private static final Path CLUSTER_BUILD =
      Path.of("").toAbsolutePath().resolve("solr-test-cluster/target");

  private static TestCluster shared;

  private final LocalSolrCluster cluster;

  private TestCluster(LocalSolrCluster cluster) {
    this.cluster = cluster;
  }

  /**
   * The cluster every test class of this JVM shares (3 nodes; started once, stopped when the JVM
   * ends). Tests that stop nodes start their own with {@link #start}.
   */
  public static synchronized TestCluster shared() {
    if (shared == null) {
      shared = start(3);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** Starts a cluster of {@code nodes} nodes; skips the calling test when Solr cannot be run. */
  public static TestCluster start(int nodes) {
    if (!LocalSolrCluster.isBuilt(CLUSTER_BUILD)) {
      String why =
          "SolrCloud test cluster not built (run mvn verify: it builds " + CLUSTER_BUILD + ")";
      if (required()) {
        throw new IllegalStateException(why + "; required by marsad.solr.required");
      }
      assumeTrue(false, why);
    }
    try {
      Path base = Files.createTempDirectory("marsad-solr-cluster");
      Path lib = base.resolve("lib");
      SolrPlugin.writeJar(lib.resolve(SolrPlugin.JAR_NAME));
      return new TestCluster(LocalSolrCluster.start(CLUSTER_BUILD, lib, nodes, base));
    } catch (IOException e) {
      throw new UncheckedIOException("starting the SolrCloud test cluster", e);
    }
  }

  static boolean required() {
    return Boolean.getBoolean("marsad.solr.required")
        || "true".equalsIgnoreCase(System.getenv("MARSAD_SOLR_REQUIRED"));
  }

  /** The ZooKeeper address of the cluster, {@code host:port/chroot}. */
  public String zkAddress() {
    return cluster.zkAddress();
  }

  /** Stops node {@code index} (0-based) and waits until it is down. */
  public void stopNode(int index) {
    cluster.stopNode(index);
  }

  /** Starts a stopped node again on its port and waits until it is live. */
  public void startNode(int index) {
    cluster.startNode(index);
  }

  @Override
  public void close() {
    cluster.close();
  }
}
