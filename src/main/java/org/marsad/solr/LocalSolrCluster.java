package org.marsad.solr;

import java.io.BufferedReader;
import java.io.File;
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
 * A SolrCloud cluster on this machine for tests and {@code marsad bench}: Solr's own test cluster
 * (MiniSolrCloudCluster: Jetty nodes and an embedded ZooKeeper) run in a child JVM from the build
 * of {@code solr-test-cluster/} (its pom says why a child JVM: Solr's Jetty 10 and Marsad's Jetty
 * 11 cannot share a class path), driven over the child's stdin and stdout.
 *
 * <p>Not for production: an operator runs a real cluster ({@code README.md}, "Running on
 * SolrCloud").
 */
public final class LocalSolrCluster implements AutoCloseable {

  /** What starts every answer of the child (ClusterMain.PREFIX); other lines are Solr's log. */
  private static final String PREFIX = "@cluster ";

  private static final String ENDED = "\u0000ended";
  private static final int LOG_LINES = 40;
  private static final int ANSWER_TIMEOUT_SECONDS = 120;

  private final Process process;
  private final Path baseDir;
  private final PrintWriter commands;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final Deque<String> lastLogLines = new ArrayDeque<>();
  private final String zkAddress;

  /** Reads the child's stdout at once and for good: a child whose pipe is full blocks. */
  private LocalSolrCluster(Process process, Path baseDir) {
    this.process = process;
    this.baseDir = baseDir;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readOutput, "solr-cluster-output");
    reader.setDaemon(true);
    reader.start();
    this.zkAddress = await("ZK ");
    await("READY");
  }

  /** Whether {@code clusterBuild} (solr-test-cluster/target) holds a built cluster. */
  public static boolean isBuilt(Path clusterBuild) {
    return Files.isRegularFile(clusterBuild.resolve("classpath.txt"))
        && Files.isRegularFile(clusterBuild.resolve("solr-test-cluster.jar"));
  }

  /**
   * Starts {@code nodes} nodes whose shared library is {@code pluginLib} (the directory holding
   * Marsad's analysis plug-in jar), keeping their files and log ({@code solr.log}) in {@code
   * baseDir}; returns once the cluster is up.
   *
   * @throws IllegalStateException when the cluster is not built or does not start
   */
  public static LocalSolrCluster start(Path clusterBuild, Path pluginLib, int nodes, Path baseDir) {
    if (!isBuilt(clusterBuild)) {
      throw new IllegalStateException(
          "no SolrCloud test cluster built in "
              + clusterBuild
              + " (mvn -f solr-test-cluster/pom.xml package, or mvn verify)");
    }
    try {
      Files.createDirectories(baseDir);
      String classpath =
          clusterBuild.resolve("solr-test-cluster.jar")
              + File.pathSeparator
              + Files.readString(clusterBuild.resolve("classpath.txt")).strip();
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx1g",
                  "-Dsolr.log.dir=" + baseDir.resolve("logs"),
                  "-cp",
                  classpath,
                  "org.marsad.testcluster.ClusterMain",
                  Integer.toString(nodes),
                  baseDir.resolve("nodes").toString(),
                  pluginLib.toString())
              .redirectError(baseDir.resolve("stderr.log").toFile())
              .start();
      return new LocalSolrCluster(process, baseDir);
    } catch (IOException e) {
      throw new UncheckedIOException("starting the SolrCloud test cluster", e);
    }
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

  private void readOutput() {
    try (PrintWriter solrLog =
            new PrintWriter(Files.newBufferedWriter(baseDir.resolve("solr.log")), true);
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(PREFIX)) {
          answers.add(line.substring(PREFIX.length()));
        } else {
          solrLog.println(line);
          synchronized (lastLogLines) {
            lastLogLines.addLast(line);
            if (lastLogLines.size() > LOG_LINES) {
              lastLogLines.removeFirst();
            }
          }
        }
      }
    } catch (IOException e) {
      // the child ended: await reports it
    }
    answers.add(ENDED);
  }

  /** Waits for the answer starting with {@code expected}; returns its rest. */
  private String await(String expected) {
    try {
      while (true) {
        String answer = answers.poll(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer == null || answer.equals(ENDED)) {
          String tail;
          synchronized (lastLogLines) {
            tail = String.join("\n", lastLogLines);
          }
          throw new IllegalStateException(
              (answer == null ? "no answer in time" : "the SolrCloud test cluster ended")
                  + " while waiting for "
                  + expected.strip()
                  + "; its log is "
                  + baseDir.resolve("solr.log")
                  + ", ending:\n"
                  + tail);
        }
        if (answer.startsWith(expected)) {
          return answer.substring(expected.length()).strip();
        }
        if (answer.startsWith("ERROR")) {
          throw new IllegalStateException("SolrCloud test cluster: " + answer);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the SolrCloud test cluster", e);
    }
  }

  /** Shuts the cluster down (bounded: killed after 30 s). */
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
