package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;
import org.marsad.store.Store;
import org.marsad.web.EntityJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad entities [QUERY]} and {@code marsad entities show ID}: the names articles share.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    subcommands = EntitiesCommand.Show.class,
    description = {
      "List entities (people, organisations, places, other names) that stored articles name, most"
          + " named first. With QUERY, those with a spelling containing it: any spelling matches"
          + " (with or without ال, hamza forms, Persian letters). 'entities show ID' shows one.",
      "Entities are recorded by the enrichment stage as articles are stored."
    })
public final class EntitiesCommand implements Callable<Integer> {
  static final int MAX_LIMIT = 500;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Part of a name, in any spelling.")
  String query;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "PERSON, ORGANIZATION, LOCATION or MISC (or PER, ORG, LOC).")
  String type;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Entities to list, 1.." + MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON, as the API answers.")
  boolean json;

  @Mixin DataOptions data;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new UserInputException("--limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    EntityType entityType;
    try {
      entityType = type == null ? null : EntityType.parse(type);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--type: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = data.openStore()) {
      List<EntitySummary> entities = store.entities(query, entityType, limit);
      if (json) {
        out.println(JSON.writeValueAsString(EntityJson.list(entities)));
        return 0;
      }
      out.printf(Locale.ROOT, "%d entities%n", entities.size());
      entities.forEach(e -> out.println(line(e)));
    }
    return 0;
  }

  static String line(EntitySummary e) {
    return String.format(
        Locale.ROOT,
        "%d  %-12s %s  (%d articles, %d mentions)",
        e.id(),
        e.type(),
        e.canonical(),
        e.articles(),
        e.mentions());
  }

  /** {@code marsad entities show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "One entity: its spellings, mentions per day, stories, the entities named with it and"
              + " its latest articles.")
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The entity's id.")
    long id;

    @Option(names = "--json", description = "Print JSON, as the API answers.")
    boolean json;

    @Mixin DataOptions data;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = data.openStore()) {
        EntitySummary entity =
            store.entity(id).orElseThrow(() -> new UserInputException("no entity with id " + id));
        ObjectNode detail = EntityJson.detail(store, entity);
        out.println(json ? JSON.writeValueAsString(detail) : text(entity, detail));
      }
      return 0;
    }

    private static String text(EntitySummary entity, ObjectNode detail) {
      StringBuilder sb = new StringBuilder(line(entity)).append('\n');
      sb.append("  spellings: ").append(String.join("، ", entity.variants())).append('\n');
      sb.append("  by day:");
      detail
          .path("mentionsByDay")
          .forEach(
              d ->
                  sb.append(
                      String.format(
                          Locale.ROOT,
                          " %s %d/%d",
                          d.path("day").asText(),
                          d.path("articles").asInt(),
                          d.path("mentions").asInt())));
      sb.append("  (articles/mentions)\n  named with:");
      for (JsonNode c : detail.path("coOccurring")) {
        sb.append(
            String.format(
                Locale.ROOT,
                " %s [%d] (%d),",
                c.path("canonical").asText(),
                c.path("id").asLong(),
                c.path("sharedArticles").asInt()));
      }
      sb.append("\n  stories:\n");
      for (JsonNode s : detail.path("stories")) {
        sb.append(
            String.format(
                Locale.ROOT,
                "    %d  %s (%d articles)%n",
                s.path("id").asLong(),
                s.path("headline").asText(""),
                s.path("articleCount").asInt()));
      }
      sb.append("  latest articles:\n");
      for (JsonNode a : detail.path("articles")) {
        sb.append(
            String.format(
                Locale.ROOT,
                "    %s  %-12s %s  [%d]%n",
                a.path("published").asText(""),
                a.path("source").asText(""),
                a.path("title").asText(""),
                a.path("id").asLong()));
      }
      return sb.toString().stripTrailing();
    }
  }
}
