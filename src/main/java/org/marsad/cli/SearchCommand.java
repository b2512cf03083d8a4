package org.marsad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.search.SearchFacets;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad search QUERY}: searches the data directory's index read-only, so it runs beside
 * {@code marsad serve}. Prints JSON with {@code --json}, else a listing with each Arabic text on a
 * line of its own (so terminals lay it out right to left) and the matched words between « ».
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the collected articles.",
      "Syntax: words (all required), \"a phrase\", -excluded, a OR b, title:word,"
          + " source:NAME or source:\"NAME WITH SPACES\", from:YYYY-MM-DD, to:YYYY-MM-DD"
          + " (inclusive, UTC). Put -- before a query that starts with -."
    })
public final class SearchCommand implements Callable<Integer> {

  private static final String MARK_OPEN = "«";
  private static final String MARK_CLOSE = "»";

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (words are joined).")
  List<String> query;

  @Option(
      names = "--all",
      description =
          "Show every copy of a story syndicated by several sources (default: one hit per"
              + " duplicate group, naming the other sources that carry it).")
  boolean allCopies;

  @Option(names = "--json", description = "Print JSON: {total, hits, facets, problems}.")
  boolean json;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to print (default 10).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (default 0).")
  int offset;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      paramLabel = "relevance|date",
      description = "Order of hits (default relevance).")
  String sort;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SearchRequest request = request();
    SearchResult result;
    try (SearchIndex index = data.openIndexForSearching()) {
      result = index.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(SearchResultJson.toJson(result));
    } else {
      printListing(out, result);
    }
    out.flush();
    return 0;
  }

  private SearchRequest request() {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new UserInputException("--limit must be 1.." + SearchRequest.MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
      throw new UserInputException(
          "--offset must be 0.." + SearchRequest.MAX_OFFSET + ": " + offset);
    }
    return new SearchRequest(String.join(" ", query), order(), limit, offset, true, allCopies);
  }

  private SearchRequest.Order order() {
    try {
      return SearchRequest.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--sort must be relevance or date: " + sort);
    }
  }

  private static void printListing(PrintWriter out, SearchResult result) {
    out.println(result.total() + (result.total() == 1 ? " article" : " articles"));
    result.problems().forEach(p -> out.println("note: " + p));
    int rank = 0;
    for (SearchHit hit : result.hits()) {
      rank++;
      out.println();
      out.println(rank + ".");
      out.println(hit.titleSnippet().marked(MARK_OPEN, MARK_CLOSE));
      out.println(details(hit));
      if (!hit.snippet().text().isEmpty()) {
        out.println(hit.snippet().marked(MARK_OPEN, MARK_CLOSE));
      }
      if (hit.url() != null) {
        out.println(hit.url());
      }
      if (!hit.alsoPublishedBy().isEmpty()) {
        out.println("also published by: " + String.join(", ", hit.alsoPublishedBy()));
      }
    }
    if (result.total() > 0) {
      out.println();
      out.println("sources: " + facet(result.facets().sources()));
      out.println("days: " + facet(result.facets().days()));
      out.println("categories: " + facet(result.facets().categories()));
      out.println("entities: " + facet(result.facets().entities()));
    }
  }

  private static String details(SearchHit hit) {
    String day =
        hit.published() == null
            ? "undated"
            : LocalDate.ofInstant(hit.published(), ZoneOffset.UTC).toString();
    return (hit.source() == null ? "" : hit.source() + " | ") + day + " | id " + hit.id();
  }

  private static String facet(List<SearchFacets.FacetCount> counts) {
    return counts.stream()
        .map(c -> c.value() + " (" + c.count() + ")")
        .collect(Collectors.joining(", "));
  }
}
