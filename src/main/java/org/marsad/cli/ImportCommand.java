package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.config.MarsadConfig;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.ingest.ArticleLimits;
import org.marsad.ingest.ImportListener;
import org.marsad.ingest.ImportSummary;
import org.marsad.ingest.JsonlImporter;
import org.marsad.ingest.LineProblem;
import org.marsad.pipeline.Engine;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;
import org.marsad.text.dates.ArabicDateParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad import FILE.jsonl}: bulk-loads articles from a JSON Lines file into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import articles from a JSON Lines file, one article per line.",
      "Fields: url (required), title, text (one paragraph per line), source, category,"
          + " pub_date_raw, author, abstract; others are ignored.",
      "Malformed lines are counted and reported, never fatal. A URL repeated in the file is"
          + " stored once. Running an interrupted import again completes it.",
      "Lines must be UTF-8; a line that is not but reads as Arabic in windows-1256 is decoded"
          + " so and counted. Text longer than the article.* limits is cut and reported.",
      "Exits with 1 when no line could be stored but some were malformed."
    })
public final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The JSON Lines file.")
  Path file;

  @Mixin DataOptions data;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + JsonlImporter.DEFAULT_BATCH_SIZE,
      description = "Lines per transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on stderr (default: only on an interactive terminal).")
  Boolean progress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new UserInputException("cannot read the import file: " + file);
    }
    if (batchSize <= 0) {
      throw new UserInputException("--batch must be positive: " + batchSize);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = progress != null ? progress : System.console() != null;
    ProgressBar bar = showProgress ? new ProgressBar(err, Files.size(file), "lines") : null;
    MarsadConfig config = data.config();
    ArticleLimits limits;
    try {
      limits = Engine.articleLimits(config);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    long start = System.nanoTime();
    ImportSummary summary;
    try (Store store = data.openStore()) {
      JsonlImporter importer =
          new JsonlImporter(
              store,
              new UrlCanonicalizer(),
              new ArabicDateParser().instants(Clock.systemUTC()),
              limits,
              batchSize);
      try {
        summary =
            importer.importFile(
                file,
                bar == null
                    ? ImportListener.NONE
                    : new ImportListener() {
                      @Override
                      public void lineRead(long bytesRead, long lineNumber) {
                        bar.update(bytesRead, lineNumber);
                      }
                    });
      } finally {
        if (bar != null) {
          bar.finish();
        }
      }
      printSummary(out, summary, (System.nanoTime() - start) / 1e9);
      try (SearchIndex index = data.openIndex()) {
        out.printf(
            Locale.ROOT,
            "  %-15s %,9d%n",
            "indexed",
            Engine.catchUp(store, index, config, data.backendConfig()));
      } catch (UserInputException indexBusy) {
        // The articles are stored; serve, which holds the index, follows the store's changes.
        out.println("  not indexed by import: " + indexBusy.getMessage());
        out.println(
            "  (stored; a running serve indexes them within index.sync-interval = "
                + config.string("index.sync-interval")
                + ")");
      }
    }
    if (summary.articlesStored() == 0 && summary.linesMalformed() > 0) {
      err.printf(
          Locale.ROOT,
          "marsad import: nothing imported: all %,d lines read were malformed (see above)%n",
          summary.linesMalformed());
      err.flush();
      return 1;
    }
    return 0;
  }

  private void printSummary(PrintWriter out, ImportSummary summary, double seconds) {
    out.printf(
        Locale.ROOT,
        "Imported %s into %s in %.1f s (%,.0f lines/s)%n",
        file,
        data.directory,
        seconds,
        summary.linesRead() / Math.max(seconds, 1e-3));
    row(out, "lines read", summary.linesRead(), "");
    row(out, "new", summary.articlesNew(), "");
    row(out, "updated", summary.articlesUpdated(), "");
    row(out, "unchanged", summary.articlesUnchanged(), "");
    row(out, "repeated", summary.linesRepeated(), "same URL as an earlier line: stored once");
    row(out, "malformed", summary.linesMalformed(), "");
    row(out, "dates unparsed", summary.datesUnparsed(), "stored without a publication date");
    row(
        out,
        "windows-1256",
        summary.linesRecoded(),
        "not UTF-8 but Arabic in windows-1256: decoded so");
    row(out, "cut", summary.linesCut(), "text longer than the article.* limits: cut");
    for (LineProblem problem : summary.firstProblems()) {
      out.println("  " + problem);
    }
    if (summary.linesMalformed() > summary.firstProblems().size()) {
      out.printf(
          Locale.ROOT,
          "  ... and %,d more malformed lines%n",
          summary.linesMalformed() - summary.firstProblems().size());
    }
    for (LineProblem cut : summary.firstCuts()) {
      out.println("  " + cut);
    }
    if (summary.linesCut() > summary.firstCuts().size()) {
      out.printf(
          Locale.ROOT,
          "  ... and %,d more cut lines%n",
          summary.linesCut() - summary.firstCuts().size());
    }
    out.flush();
  }

  private static void row(PrintWriter out, String label, long count, String note) {
    out.printf(
        Locale.ROOT,
        "  %-15s %,9d%s%n",
        label,
        count,
        count > 0 && !note.isEmpty() ? "  (" + note + ")" : "");
  }
}
