package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.BackendConfig;
import org.marsad.pipeline.Backends;
import org.marsad.pipeline.StoreMigration;
import org.marsad.solr.SolrBackendException;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad migrate --to-zk ...}: copies an embedded data directory into the SolrCloud backend
 * ({@link StoreMigration}), then prints what each side holds and exits non-zero when they differ.
 * The index is not copied: the processes on the cluster index what the store holds.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Copy an embedded data directory into a SolrCloud cluster, then compare the counts.",
      "The cluster's collections must be empty (the configset uploaded: marsad solr upload)."
    })
public final class MigrateCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "marsad-data",
      description = "The embedded data directory to copy (default: ${DEFAULT-VALUE}).")
  Path directory;

  @Option(
      names = "--to-zk",
      required = true,
      paramLabel = "HOST:PORT[/chroot]",
      description = "The target cluster's ZooKeeper; solr.* of the data directory apply.")
  String toZk;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(directory)) {
      throw new UserInputException("no data directory " + directory);
    }
    BackendConfig target = target();
    StoreMigration.Report report;
    try (Store from = open(BackendConfig.embedded(directory));
        Store to = open(target)) {
      report = StoreMigration.copy(from, to);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-15s %12s %12s%n", "", directory, "SolrCloud");
    line(out, "sources", report.from().sources(), report.to().sources());
    line(out, "articles", report.from().articles(), report.to().articles());
    line(out, "analyses", report.from().analyses(), report.to().analyses());
    line(out, "saved searches", report.from().savedSearches(), report.to().savedSearches());
    out.println(report.matches() ? "counts match" : "COUNTS DIFFER: the copy is incomplete");
    out.flush();
    return report.matches() ? 0 : 1;
  }

  private BackendConfig target() {
    try {
      MarsadConfig config =
          MarsadConfig.load(directory)
              .with(BackendConfig.BACKEND_KEY, "solr")
              .with(BackendConfig.ZK_KEY, toZk.strip());
      return BackendConfig.from(config, directory);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private static Store open(BackendConfig backend) {
    try {
      return Backends.openStore(backend);
    } catch (StoreException | SolrBackendException e) {
      throw new UserInputException("cannot open " + backend.describe() + ": " + e.getMessage(), e);
    }
  }

  private static void line(PrintWriter out, String what, long from, long to) {
    out.printf("%-15s %12d %12d%s%n", what, from, to, from == to ? "" : "  differs");
  }
}
