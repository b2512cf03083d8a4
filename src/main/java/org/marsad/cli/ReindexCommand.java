package org.marsad.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.pipeline.IndexSync;
import org.marsad.search.ArticleIndex;
import org.marsad.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code marsad reindex}: rebuilds the search index from the store. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the stored articles.")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    int count;
    try (SqliteStore store = data.openStore();
        ArticleIndex index = data.openIndex()) {
      count = new IndexSync(store, index).rebuild();
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Reindexed %,d articles in %.1f s%n",
            count,
            (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
