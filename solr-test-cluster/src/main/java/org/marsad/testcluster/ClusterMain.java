package org.marsad.testcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs Solr's own test cluster ({@link MiniSolrCloudCluster}: Jetty nodes and an embedded
 * ZooKeeper) for Marsad's tests and benchmarks, driven over stdin and stdout so that a JVM with
 * another Jetty can use it.
 *
 * <p>Arguments: {@code NODES BASE_DIR [PLUGIN_LIB_DIR]}. The jars in PLUGIN_LIB_DIR are every node's
 * shared library (solr.xml {@code sharedLib}): how an operator installs Marsad's analysis plug-in.
 * Prints {@code ZK host:port} then {@code READY}; then reads one command per line and answers each
 * (every answer prefixed with {@link #PREFIX}):
 *
 * <pre>
 * stop I   stops node I (0-based)            STOPPED I
 * start I  starts node I again, same port    STARTED I
 * quit     (or end of input) shuts down      BYE
 * </pre>
 *
 * An error prints {@code ERROR message} and keeps the cluster up; a failure to start exits 1.
 */
public final class ClusterMain {

  /** What starts every line of the protocol on stdout. */
  public static final String PREFIX = "@cluster ";

  private ClusterMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ClusterMain NODES BASE_DIR [PLUGIN_LIB_DIR]");
      System.exit(2);
    }
    int nodes = Integer.parseInt(args[0]);
    Path baseDir = Path.of(args[1]);
    Files.createDirectories(baseDir);
    String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML;
    if (args.length > 2) {
      String lib = Path.of(args[2]).toAbsolutePath().toString();
      solrXml = solrXml.replaceFirst("<solr>", "<solr>\n  <str name=\"sharedLib\">" + lib + "</str>");
    }
    MiniSolrCloudCluster cluster;
    try {
      cluster =
          new MiniSolrCloudCluster.Builder(nodes, baseDir)
              .withSolrXml(solrXml)
              .withMetrics(false)
              .build();
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
    say("ZK " + cluster.getZkServer().getZkAddress());
    say("READY");
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    JettySolrRunner[] stopped = new JettySolrRunner[nodes];
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] words = line.trim().split("\\s+");
      try {
        switch (words[0]) {
          case "stop" -> {
            int node = Integer.parseInt(words[1]);
            stopped[node] = cluster.stopJettySolrRunner(node);
            cluster.waitForJettyToStop(stopped[node]);
            say("STOPPED " + node);
          }
          case "start" -> {
            int node = Integer.parseInt(words[1]);
            if (stopped[node] == null) {
              throw new IllegalStateException("node " + node + " is not stopped");
            }
            cluster.startJettySolrRunner(stopped[node], true);
            cluster.waitForNode(stopped[node], 60);
            stopped[node] = null;
            say("STARTED " + node);
          }
          case "quit" -> {
            say("BYE");
            System.out.flush();
            System.exit(0);
          }
          default -> throw new IllegalArgumentException("unknown command: " + line);
        }
      } catch (Exception e) {
        say("ERROR " + e);
      }
      System.out.flush();
    }
    System.exit(0);
  }

  /** Solr logs to stdout too: every answer starts with {@link #PREFIX} so that it can be told apart. */
  private static void say(String answer) {
    System.out.println(PREFIX + answer);
  }

  private static void shutdown(MiniSolrCloudCluster cluster) {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("shutting the cluster down: " + e);
    }
  }
}
