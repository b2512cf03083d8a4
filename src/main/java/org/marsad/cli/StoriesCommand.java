package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.config.Since;
import org.marsad.model.StorySummary;
import org.marsad.store.Store;
import org.marsad.web.StoryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad stories [ID]}: the stories the pipeline formed, or one story's articles. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "List stories: articles about one event, from one or many sources, carried by most sources"
          + " first, then the most recent. With ID, one story's articles and timeline.",
      "Stories are formed as articles are stored (fetch, import); beside a running serve they"
          + " appear once serve has caught up with the store."
    })
public final class StoriesCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "One story.")
  Long id;

  @Option(
      names = "--since",
      defaultValue = "7d",
      paramLabel = "WHEN",
      description =
          "Stories with an article since then: 7d, 12h, a day (2018-10-01) or an instant"
              + " (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Stories to list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON, as the API answers.")
  boolean json;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UserInputException("--limit must be positive: " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = data.openStore()) {
      if (id != null) {
        StorySummary story =
            store.story(id).orElseThrow(() -> new UserInputException("no story with id " + id));
        ObjectNode detail = StoryJson.detail(store, story);
        out.println(json ? JSON.writeValueAsString(detail) : text(story, detail));
        return 0;
      }
      Instant from;
      try {
        from = Since.parse(since, Instant.now());
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--" + e.getMessage(), e);
      }
      List<StorySummary> stories = store.stories(from, limit);
      if (json) {
        ObjectNode body = JSON.createObjectNode();
        body.put("since", from.toString());
        ArrayNode list = body.putArray("stories");
        stories.forEach(s -> list.add(StoryJson.summary(s)));
        out.println(JSON.writeValueAsString(body));
      } else {
        out.printf(Locale.ROOT, "%d stories since %s%n", stories.size(), from);
        stories.forEach(s -> out.println(line(s)));
      }
    }
    return 0;
  }

  private static String line(StorySummary s) {
    return String.format(
        Locale.ROOT,
        "%d  %s%n    %d articles, %d sources (%s), %s .. %s",
        s.id(),
        s.headline() == null ? "(untitled)" : s.headline(),
        s.articles(),
        s.sources().size(),
        String.join(", ", s.sources()),
        s.firstSeen(),
        s.lastSeen());
  }

  private static String text(StorySummary story, ObjectNode detail) {
    StringBuilder sb = new StringBuilder(line(story)).append("\n\n");
    detail
        .path("articles")
        .forEach(
            a ->
                sb.append(
                    String.format(
                        Locale.ROOT,
                        "  %s  %-12s %s  [%d]%n",
                        a.path("published").asText(""),
                        a.path("source").asText(""),
                        a.path("title").asText(""),
                        a.path("id").asLong())));
    return sb.toString().stripTrailing();
  }
}
