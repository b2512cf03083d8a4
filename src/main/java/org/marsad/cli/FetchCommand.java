package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.PollStatus;
import org.marsad.ingest.PollSummary;
import org.marsad.pipeline.Engine;
import org.marsad.store.FetchLogEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad fetch}: one pass over every source, with a summary. Stopped (Ctrl-C, SIGTERM), it
 * lets the polls in flight commit the articles they made and exits; the next fetch picks up the
 * rest, since a cut-short poll keeps its source's previous state.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = "Poll every followed source once and store what is new.")
public final class FetchCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(
      names = "--allow-private-networks",
      description = "Allow sources on private, loopback or link-local addresses.")
  boolean allowPrivateNetworks;

  @Option(names = "--progress", negatable = true, description = "Show a progress bar on stderr.")
  Boolean progress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    MarsadConfig config = data.config();
    if (allowPrivateNetworks) {
      config = config.with("fetch.allow-private-networks", "true");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (StopOnSignal signal = new StopOnSignal();
        Engine engine = data.openEngine(config)) {
      signal.onStop(engine::stop);
      int total = engine.sources().list().size();
      if (total == 0) {
        out.println(
            "no sources: add one with `marsad sources add URL` or `sources import FILE.opml`");
        return 0;
      }
      boolean show = progress != null ? progress : System.console() != null;
      ProgressBar bar =
          show ? new ProgressBar(spec.commandLine().getErr(), total, "sources") : null;
      AtomicInteger polled = new AtomicInteger();
      PollSummary summary =
          engine.fetchAll(
              result -> {
                int n = polled.incrementAndGet();
                if (bar != null) {
                  bar.update(n, n);
                }
              });
      if (bar != null) {
        bar.finish();
      }
      print(out, engine, summary);
    }
    return 0;
  }

  private static void print(PrintWriter out, Engine engine, PollSummary summary) {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    for (PollSummary.Line line : summary.lines()) {
      FetchLogEntry log =
          engine.store().fetchLog(line.sourceId(), 1).stream().findFirst().orElse(null);
      if (log != null) {
        added += log.itemsNew();
        updated += log.itemsUpdated();
        unchanged += log.itemsUnchanged();
      }
      if (line.status() == PollStatus.FAILED) {
        out.printf(Locale.ROOT, "  failed  %s: %s%n", line.url(), line.message());
      }
    }
    out.printf(
        Locale.ROOT,
        "%d sources in %.1f s: %d articles new, %d updated, %d unchanged;"
            + " %d sources not modified, %d failed%n",
        summary.lines().size(),
        summary.elapsed().toMillis() / 1e3,
        added,
        updated,
        unchanged,
        summary.count(PollStatus.NOT_MODIFIED),
        summary.count(PollStatus.FAILED));
  }
}
