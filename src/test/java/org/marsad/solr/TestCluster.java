package org.marsad.solr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud cluster for tests: Solr's own MiniSolrCloudCluster (Jetty nodes, embedded
 * ZooKeeper) in a child JVM, built from solr-test-cluster/ by the Maven build (its pom says why a
 * child JVM), with Marsad's analysis plug-in on every node's shared library path, written by {@link
 * SolrPlugin} from the classes under test as {@code marsad solr configset} writes it for operators.
 *
 * <p>When the cluster's build is missing (a test run from an IDE, or {@code mvn test}), tests that
 * need it are skipped with a message, unless {@code -Dmarsad.solr.required=true} or {@code
 * MARSAD_SOLR_REQUIRED=true} makes that a failure ({@code .ci/run} sets it).
 */
public final class TestCluster implements AutoCloseable {

  private static final String PREFIX = "@cluster ";
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path CLUSTER_BUILD = PROJECT.resolve("solr-test-cluster/target");

  private static final String ENDED = "\u0000ended";
  private static final int LOG_LINES = 40;
  private static final int ANSWER_TIMEOUT_SECONDS = 120;

  private static TestCluster shared;

  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final Deque<String> log = new ArrayDeque<>();
  private final String zkAddress;

  /** Where the child's files are; its log is solr.log there. */
  private final Path base;

  /**
   * Starts reading the child's stdout at once and for good: Solr logs there too, and a child whose
   * pipe is full blocks mid-request.
   */
  private TestCluster(Process process, Path base) {
    this.process = process;
    this.base = base;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readOutput, "test-cluster-output");
    reader.setDaemon(true);
    reader.start();
    this.zkAddress = await("ZK ");
    await("READY");
  }

  private void readOutput() {
    try (PrintWriter solrLog =
            new PrintWriter(Files.newBufferedWriter(base.resolve("solr.log")), true);
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(PREFIX)) {
          answers.add(line.substring(PREFIX.length()));
        } else {
          solrLog.println(line);
          synchronized (log) {
            log.addLast(line);
            if (log.size() > LOG_LINES) {
              log.removeFirst();
            }
          }
        }
      }
    } catch (IOException e) {
      // the child ended: await reports it
    }
    answers.add(ENDED);
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
    Path classpath = CLUSTER_BUILD.resolve("classpath.txt");
    if (!Files.isRegularFile(classpath)) {
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
      String cp =
          CLUSTER_BUILD.resolve("solr-test-cluster.jar")
              + java.io.File.pathSeparator
              + Files.readString(classpath).strip();
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      ProcessBuilder builder =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx1g",
                  "-Dsolr.log.dir=" + base.resolve("logs"),
                  "-Dlog4j2.level=WARN",
                  "-cp",
                  cp,
                  "org.marsad.testcluster.ClusterMain",
                  Integer.toString(nodes),
                  base.resolve("nodes").toString(),
                  lib.toString())
              .redirectError(base.resolve("stderr.log").toFile());
      return new TestCluster(builder.start(), base);
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
    return zkAddress;
  }

  /** Stops node {@code index} (0-based) and waits until it is down. */
  public void stopNode(int index) {
    commands.println("stop " + index);
    await("STOPPED " + index);
  }

  /** Starts a stopped node again on its port and waits until it is live. */
  public void startNode(int index) {
    commands.println("start " + index);
    await("STARTED " + index);
  }

  /** Waits for the answer starting with {@code expected}; returns its rest. */
  private String await(String expected) {
    try {
      while (true) {
        String answer = answers.poll(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer == null || answer == ENDED) {
          String tail;
          synchronized (log) {
            tail = String.join("\n", log);
          }
          throw new IllegalStateException(
              (answer == null ? "no answer in time" : "the test cluster ended")
                  + " while waiting for "
                  + expected
                  + "; its log is "
                  + base.resolve("solr.log")
                  + ", ending:\n"
                  + tail);
        }
        if (answer.startsWith(expected)) {
          return answer.substring(expected.length()).strip();
        }
        if (answer.startsWith("ERROR")) {
          throw new IllegalStateException("test cluster: " + answer);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the test cluster", e);
    }
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    commands.println("quit");
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
