package org.marsad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Engine;
import org.marsad.pipeline.RelatedArticles;
import org.marsad.pipeline.RelatedHit;
import org.marsad.pipeline.RelatedJson;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad related ID}: the articles of other stories related to a stored article, each with
 * the names and phrases they share. Reads the index read-only, so it runs beside {@code marsad
 * serve}.
 */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    description = {
      "Articles related to a stored article (\"read also\"): from other stories, one per story,"
          + " never a copy of it or what its page already shows, each with the names and"
          + " phrases they share."
    })
public final class RelatedCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The article's id.")
  long id;

  @Option(
      names = "--limit",
      defaultValue = "5",
      description = "Related articles to print (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON: {article, related: [...]}.")
  boolean json;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1 || limit > RelatedArticles.MAX_LIMIT) {
      throw new UserInputException(
          "--limit must be 1.." + RelatedArticles.MAX_LIMIT + ": " + limit);
    }
    RelatedArticles.Result result;
    try (Store store = data.openStore();
        SearchIndex index = data.openIndexForSearching()) {
      result =
          Engine.relatedArticles(store, index, data.config())
              .of(id, limit)
              .orElseThrow(() -> new UserInputException("no article with id " + id));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(RelatedJson.toJson(result));
    } else {
      print(out, result);
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, RelatedArticles.Result result) {
    out.println(result.article().title());
    out.println("id " + result.article().id());
    if (result.related().isEmpty()) {
      out.println();
      out.println("no related articles");
    }
    int rank = 0;
    for (RelatedHit hit : result.related()) {
      rank++;
      out.println();
      out.printf(Locale.ROOT, "%d. (%.2f)%n", rank, hit.similarity());
      out.println(hit.article().title());
      String day =
          hit.article().published() == null
              ? "undated"
              : LocalDate.ofInstant(hit.article().published(), ZoneOffset.UTC).toString();
      out.println(
          (hit.article().source() == null ? "" : hit.article().source() + " | ")
              + day
              + " | id "
              + hit.article().id()
              + " | story "
              + hit.story());
      if (hit.article().url() != null) {
        out.println(hit.article().url());
      }
      for (String reason : hit.reasons()) {
        out.println("  shared: " + reason);
      }
    }
  }
}
