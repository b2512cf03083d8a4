package org.marsad.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Engine;
import org.marsad.pipeline.ReindexRequest;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad reindex}: rebuilds the search index from the store. Beside a running {@code marsad
 * serve}, which holds the index, it leaves a {@link ReindexRequest} that serve carries out within
 * {@code index.sync-interval}, and waits for it.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the search index from the stored articles.",
      "While `marsad serve` runs on the data directory, asks it to rebuild and waits for it."
    })
public final class ReindexCommand implements Callable<Integer> {
  private static final long POLL_MILLIS = 100;

  @Mixin DataOptions data;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description =
          "How long to wait for a running serve to rebuild (default: ${DEFAULT-VALUE});"
              + " it finishes on its own after that.")
  long waitSeconds;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ReindexRequest request = ReindexRequest.in(data.directory);
    long start = System.nanoTime();
    int count;
    try (Store store = data.openStore()) {
      SearchIndex index;
      try {
        index = data.openIndex();
      } catch (UserInputException indexBusy) {
        return askServe(out, request, start);
      }
      try (index) {
        count = rebuildUnderLease(store, index, start);
        request.clear();
      }
    }
    out.printf(Locale.ROOT, "Reindexed %,d articles in %.1f s%n", count, seconds(start));
    return 0;
  }

  /**
   * Rebuilds once this process holds the pipeline's lease, waiting for it up to {@code --wait}
   * (another command gives it back when done; a serve sharing the cluster keeps it).
   *
   * @throws UserInputException when the lease stayed with another process
   */
  private int rebuildUnderLease(Store store, SearchIndex index, long start)
      throws InterruptedException {
    long deadline = start + Duration.ofSeconds(Math.max(0, waitSeconds)).toNanos();
    while (true) {
      int count = Engine.rebuild(store, index, data.config(), data.backendConfig());
      if (count >= 0) {
        return count;
      }
      if (System.nanoTime() > deadline) {
        throw new UserInputException(
            "another Marsad process runs the pipeline on this store (a serve sharing the"
                + " cluster holds its lease): nothing rebuilt; run reindex when it has stopped");
      }
      Thread.sleep(POLL_MILLIS * 10);
    }
  }

  /** The index is held (by serve): leave the request and wait until serve has carried it out. */
  private int askServe(PrintWriter out, ReindexRequest request, long start)
      throws InterruptedException {
    request.make();
    out.printf(
        Locale.ROOT,
        "The index is held by another process (a running `marsad serve`): asked it to rebuild"
            + " (request %s)%n",
        request.file());
    out.flush();
    long deadline = start + Duration.ofSeconds(Math.max(0, waitSeconds)).toNanos();
    while (request.pending() && System.nanoTime() < deadline) {
      Thread.sleep(POLL_MILLIS);
    }
    if (request.pending()) {
      out.printf(
          Locale.ROOT,
          "Not rebuilt yet after %.0f s: serve rebuilds when it next looks (every"
              + " index.sync-interval), or at its next start; the request stays until then%n",
          seconds(start));
      return 0;
    }
    out.printf(Locale.ROOT, "Reindexed by the running serve in %.1f s%n", seconds(start));
    return 0;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
