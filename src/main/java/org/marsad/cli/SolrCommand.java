package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.config.MarsadConfig;
import org.marsad.solr.SolrBackendException;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrConfigset;
import org.marsad.solr.SolrPlugin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad solr}: what an operator sets a SolrCloud cluster up with, taken from the running
 * Marsad itself so that the cluster and the processes never disagree: the configset and the
 * analysis plug-in ({@code configset}), and the configset's upload to ZooKeeper ({@code upload}).
 */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "Set up a SolrCloud cluster for the solr backend.",
    subcommands = {SolrCommand.Configset.class, SolrCommand.Upload.class})
public final class SolrCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code marsad solr configset --out DIR}: DIR/conf (the configset) and DIR/lib (the plug-in).
   */
  @Command(
      name = "configset",
      mixinStandardHelpOptions = true,
      description = {
        "Write Marsad's configset to DIR/conf and its analysis plug-in to DIR/lib.",
        "Put DIR/lib/" + SolrPlugin.JAR_NAME + " in every Solr node's sharedLib, then upload."
      })
  static final class Configset implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
    Path out;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path conf = SolrConfigset.writeTo(out.resolve("conf"));
      Path jar = out.resolve("lib").resolve(SolrPlugin.JAR_NAME);
      List<String> entries = SolrPlugin.writeJar(jar);
      PrintWriter printer = spec.commandLine().getOut();
      printer.println("configset: " + conf);
      printer.println("plug-in:   " + jar + " (" + entries.size() + " entries)");
      printer.flush();
      return 0;
    }
  }

  /** {@code marsad solr upload --zk ...}: the configset into the cluster's ZooKeeper. */
  @Command(
      name = "upload",
      mixinStandardHelpOptions = true,
      description = {
        "Upload Marsad's configset to the cluster's ZooKeeper (replacing an earlier upload)"
            + " and reload the collections made with it.",
        "The collections are created by the first Marsad process started with --backend solr."
      })
  static final class Upload implements Callable<Integer> {
    @Option(
        names = "--zk",
        required = true,
        paramLabel = "HOST:PORT[/chroot]",
        description = "The cluster's ZooKeeper ensemble.")
    String zk;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Duration timeout = MarsadConfig.defaults().duration("solr.connect-timeout");
      try {
        SolrCluster.checkAddress(zk);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--zk: " + e.getMessage(), e);
      }
      List<String> reloaded;
      try (SolrCluster cluster = SolrCluster.connect(zk, timeout)) {
        cluster.uploadConfigset();
        reloaded = cluster.reloadCollections();
      } catch (SolrBackendException e) {
        throw new UserInputException(e.getMessage(), e);
      }
      PrintWriter printer = spec.commandLine().getOut();
      printer.println("configset '" + SolrConfigset.NAME + "' uploaded to " + zk);
      if (!reloaded.isEmpty()) {
        printer.println("collections reloaded with it: " + String.join(", ", reloaded));
      }
      printer.flush();
      return 0;
    }
  }
}
