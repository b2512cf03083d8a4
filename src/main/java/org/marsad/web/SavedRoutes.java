package org.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.marsad.alert.SavedSearches;
import org.marsad.model.AlertDelivery;
import org.marsad.model.Article;
import org.marsad.model.SavedSearch;
import org.marsad.model.StorySummary;
import org.marsad.pipeline.Engine;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;

/**
 * Saved searches over HTTP, and the Atom feeds:
 *
 * <ul>
 *   <li>{@code GET /api/saved}, {@code GET /api/saved/{id}}: the saved searches, each with its feed
 *       and delivery-log paths; a webhook shows as its host alone (its path often holds a secret,
 *       and reading needs no token)
 *   <li>{@code POST /api/saved} {@code {"name", "query", "webhook"}}: 201 with the saved search;
 *       400 naming a bad query or a refused webhook
 *   <li>{@code DELETE /api/saved/{id}}: 204, or 404
 *   <li>{@code GET /api/saved/{id}/deliveries?limit=}: the delivery log, newest first, every
 *       attempt with its status and error
 *   <li>{@code GET /feeds/search?q=}: Atom, the latest articles matching the query, newest first
 *   <li>{@code GET /feeds/story/{id}}: Atom, the latest articles of a story
 *   <li>{@code GET /saved}: the page listing them ({@code saved.jte}, in the pages' layout)
 *   <li>{@code POST /saved} (form fields {@code q, name, webhook}) and {@code POST
 *       /saved/{id}/delete}: the {@code /saved} page's forms, answered with a redirect to it
 * </ul>
 *
 * State changes pass the {@link RequestGuard} like every other.
 */
final class SavedRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final int DEFAULT_DELIVERIES = 50;
  static final int MAX_DELIVERIES = 500;

  /** The most articles of a story read to find its latest ones. */
  private static final int MAX_STORY_ARTICLES = 10_000;

  /** Runs search work in its turn among the server's concurrent searches. */
  interface SearchTurns {
    <T> T inTurn(Supplier<T> work);
  }

  private final Engine engine;
  private final SavedSearches saved;
  private final SearchTurns turns;
  private final int feedEntries;

  private SavedRoutes(Engine engine, SearchTurns turns) {
    this.engine = engine;
    this.saved = engine.savedSearches();
    this.turns = turns;
    this.feedEntries = engine.config().integer("alerts.feed-entries");
  }

  static void register(Javalin app, Engine engine, SearchTurns turns, PageRoutes pages) {
    SavedRoutes routes = new SavedRoutes(engine, turns);
    app.get(
        "/saved",
        ctx ->
            pages.page(
                ctx, HttpStatus.OK, "saved", "عمليات البحث المحفوظة", saved(routes.saved.list())));
    app.get("/api/saved", routes::list);
    app.post("/api/saved", routes::add);
    app.get("/api/saved/{id}", routes::get);
    app.delete("/api/saved/{id}", routes::remove);
    app.get("/api/saved/{id}/deliveries", routes::deliveries);
    app.get("/feeds/search", routes::searchFeed);
    app.get("/feeds/story/{id}", routes::storyFeed);
    app.post("/saved", routes::addForm);
    app.post("/saved/{id}/delete", routes::removeForm);
  }

  private void list(Context ctx) {
    ArrayNode list = JSON.createArrayNode();
    saved.list().forEach(search -> list.add(json(search)));
    ObjectNode body = JSON.createObjectNode();
    body.set("saved", list);
    send(ctx, HttpStatus.OK, body);
  }

  private void get(Context ctx) {
    send(ctx, HttpStatus.OK, json(existing(ctx)));
  }

  private void add(Context ctx) {
    JsonNode request;
    try {
      request = JSON.readTree(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("body is not JSON: " + e.getOriginalMessage());
    }
    if (request == null || !request.path("query").isTextual()) {
      throw ApiError.badRequest(
          "expected {\"name\": \"...\", \"query\": \"...\", \"webhook\": \"https://...\"}");
    }
    SavedSearch search =
        add(text(request, "name"), request.path("query").asText(), text(request, "webhook"));
    send(ctx, HttpStatus.CREATED, json(search));
  }

  private void remove(Context ctx) {
    long id = id(ctx);
    if (!saved.remove(id)) {
      throw new ApiError(HttpStatus.NOT_FOUND, "no saved search with id " + id);
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void deliveries(Context ctx) {
    SavedSearch search = existing(ctx);
    int limit = limit(ctx);
    ArrayNode list = JSON.createArrayNode();
    for (AlertDelivery delivery : saved.deliveries(search.id(), limit)) {
      ObjectNode node = list.addObject();
      node.put("id", delivery.id());
      node.put("articleId", delivery.articleId());
      node.put("status", delivery.status().name().toLowerCase(java.util.Locale.ROOT));
      node.put("created", ArticleJson.iso(delivery.created()));
      node.put("nextAttempt", ArticleJson.iso(delivery.nextAttempt()));
      ArrayNode attempts = node.putArray("attempts");
      for (AlertDelivery.Attempt attempt : delivery.attempts()) {
        ObjectNode a = attempts.addObject();
        a.put("at", ArticleJson.iso(attempt.at()));
        a.put("httpStatus", attempt.httpStatus());
        a.put("error", attempt.error());
      }
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("savedSearch", json(search));
    body.set("deliveries", list);
    send(ctx, HttpStatus.OK, body);
  }

  private void searchFeed(Context ctx) {
    String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    SearchRequest request =
        SearchRequest.of(query)
            .withOrder(SearchRequest.Order.DATE)
            .withLimit(feedEntries)
            .withFacets(false);
    List<SearchHit> hits = turns.inTurn(() -> engine.index().search(request)).hits();
    List<Article> articles = new ArrayList<>(hits.size());
    for (SearchHit hit : hits) {
      engine.store().article(hit.id()).ifPresent(articles::add);
    }
    String title = query.isEmpty() ? "مرصد: آخر الأخبار" : "مرصد: " + query;
    atom(ctx, AtomFeeds.feed(base(ctx), AtomFeeds.searchFeedPath(query), title, articles));
  }

  private void storyFeed(Context ctx) {
    long id = id(ctx);
    StorySummary story =
        engine
            .store()
            .story(id)
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no story with id " + id));
    List<Long> ids = engine.store().storyArticles(id, MAX_STORY_ARTICLES);
    List<Article> articles = new ArrayList<>();
    for (Long articleId : ids.subList(Math.max(0, ids.size() - feedEntries), ids.size())) {
      engine.store().article(articleId).ifPresent(articles::add);
    }
    Collections.reverse(articles); // newest first
    String title = "مرصد: " + (story.headline() == null ? "قصة " + id : story.headline());
    atom(ctx, AtomFeeds.feed(base(ctx), "/feeds/story/" + id, title, articles));
  }

  private void addForm(Context ctx) {
    add(ctx.formParam("name"), ctx.formParam("q"), ctx.formParam("webhook"));
    ctx.redirect("/saved", HttpStatus.SEE_OTHER);
  }

  private void removeForm(Context ctx) {
    long id = id(ctx);
    if (!saved.remove(id)) {
      throw new ApiError(HttpStatus.NOT_FOUND, "no saved search with id " + id);
    }
    ctx.redirect("/saved", HttpStatus.SEE_OTHER);
  }

  private SavedSearch add(String name, String query, String webhook) {
    try {
      return saved.add(name, query, webhook);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static List<SavedSearchView> saved(List<SavedSearch> searches) {
    return searches.stream().map(SavedSearchView::of).toList();
  }

  private static ObjectNode json(SavedSearch search) {
    return JSON.valueToTree(SavedSearchView.of(search));
  }

  private SavedSearch existing(Context ctx) {
    long id = id(ctx);
    return saved
        .get(id)
        .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no saved search with id " + id));
  }

  private static String text(JsonNode request, String field) {
    return request.path(field).isTextual() ? request.path(field).asText() : null;
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("id must be a whole number, not '" + raw + "'");
    }
  }

  private static int limit(Context ctx) {
    String raw = ctx.queryParam("limit");
    if (raw == null || raw.isBlank()) {
      return DEFAULT_DELIVERIES;
    }
    try {
      int limit = Integer.parseInt(raw.strip());
      if (limit >= 1 && limit <= MAX_DELIVERIES) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiError.badRequest("limit must be 1.." + MAX_DELIVERIES + ", not '" + raw + "'");
  }

  /** This server as the request named it (the Host header was checked by the guard). */
  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static void atom(Context ctx, String xml) {
    ctx.status(HttpStatus.OK).contentType(AtomFeeds.CONTENT_TYPE).result(xml);
  }

  private static void send(Context ctx, HttpStatus status, JsonNode body) {
    ctx.status(status).contentType(ApiServer.JSON_TYPE).result(body.toString());
  }
}
