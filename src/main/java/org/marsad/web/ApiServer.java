package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.marsad.config.Since;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.model.StorySummary;
import org.marsad.pipeline.Engine;
import org.marsad.pipeline.RelatedArticles;
import org.marsad.pipeline.RelatedJson;
import org.marsad.pipeline.SourceCatalog;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResultJson;
import org.marsad.store.FetchLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marsad's HTTP JSON API over a running {@link Engine}:
 *
 * <ul>
 *   <li>{@code GET /health}: liveness and counts
 *   <li>{@code GET /api/search?q=&limit=&offset=&sort=relevance|date&facets=true|false}: {@link
 *       SearchResultJson}; {@code facets=false} leaves the source and day counts empty and spares
 *       the server counting every match
 *   <li>{@code GET /api/articles/{id}}: one stored article, in the source's own text, with what
 *       Marsad concluded: its story, copies, enrichment ({@link ArticleJson#enrichment}) and
 *       related articles
 *   <li>{@code GET /api/articles/{id}/related?limit=}: {@link RelatedJson}, articles of other
 *       stories related to it, with the phrases they share
 *   <li>{@code GET /api/entities?q=&type=&limit=&offset=}: {@link EntityJson#list}, the entities
 *       with a spelling containing {@code q} (any spelling, with or without ال, hamza forms...), of
 *       {@code type} (PERSON, ORGANIZATION, LOCATION, MISC or their short forms), most named first
 *   <li>{@code GET /api/entities/{id}}: {@link EntityJson#detail}, one entity with its mentions per
 *       day, stories, co-occurring entities and latest articles
 *   <li>{@code GET /api/stories?since=&limit=&offset=}: recent stories, most sources first
 *   <li>{@code GET /api/stories/{id}}: one story with its articles
 *   <li>{@code GET /api/sources?limit=&offset=}: followed sources with their polling state
 *   <li>{@code POST /api/sources}: {@code {"url": ..., "title": ...}} as {@code application/json},
 *       or an OPML file ({@code text/x-opml}, {@code application/xml} or {@code text/xml}); any
 *       other Content-Type is 415
 *   <li>{@code PUT /api/sources/{id}/grouping}: the per-source duplicate-grouping switch
 *   <li>saved searches ({@code /api/saved...}, the {@code /saved} forms) and the Atom feeds ({@code
 *       /feeds/search?q=}, {@code /feeds/story/{id}}): {@link SavedRoutes}
 *   <li>{@code GET /api/openapi.json}: the OpenAPI 3 description of these routes
 * </ul>
 *
 * Lists page with {@code limit} and {@code offset} ({@link Paging}). Every successful JSON GET
 * carries an ETag and {@code Cache-Control: no-cache}; {@code If-None-Match} with that tag gets 304
 * ({@link JsonEtags}).
 *
 * <p>Every request passes the {@link RequestGuard} first: answered only for the server's own host
 * names, and a request that changes state needs the {@link AdminToken} and no foreign origin.
 * Refusals get their status with {@code {"error": "..."}} naming what was wrong, Jetty's own
 * refusals (URI too long, headers too large) included; an unexpected failure gets 500 with a
 * generic message and is logged; none stops the server. Every answer carries {@link
 * SecurityHeaders}. Searches run at most {@code search.max-concurrent} at once, the others queued
 * in arrival order (related articles count as searches); one that waited longer than {@code
 * search.max-wait} gets 503.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code /api/stories} without {@code since}: the last week. */
  static final String DEFAULT_SINCE = "7d";

  static final int DEFAULT_STORIES = 20;
  static final int MAX_STORIES = 500;

  static final int DEFAULT_ENTITIES = 20;
  static final int MAX_ENTITIES = 500;

  /** {@code /api/sources} lists them all unless asked for a page (it did before paging). */
  static final int MAX_SOURCES = 500;

  /** Largest request body accepted (OPML uploads). */
  static final long MAX_REQUEST_BYTES = 2L << 20;

  static final String JSON_TYPE = "application/json; charset=utf-8";
  private static final Set<String> OPML_TYPES =
      Set.of("text/x-opml", "application/xml", "text/xml");

  private final Engine engine;
  private final AdminToken token;
  private final Javalin app;
  private final int defaultLimit;
  private final int defaultRelatedLimit;
  private final Semaphore searchTurns;
  private final Duration maxSearchWait;
  private final PageRoutes pages;
  private final RegisteredRoutes routes = new RegisteredRoutes();

  /**
   * @param token what state-changing requests must send
   */
  public ApiServer(Engine engine, AdminToken token) {
    this.engine = engine;
    this.token = token;
    this.defaultLimit = engine.config().integer("search.default-limit");
    this.defaultRelatedLimit = engine.config().integer("related.default-limit");
    int concurrent = engine.config().integer("search.max-concurrent");
    this.searchTurns =
        new Semaphore(
            concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors(), true);
    this.maxSearchWait = engine.config().duration("search.max-wait");
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.http.defaultContentType = JSON_TYPE;
              config.events.handlerAdded(routes);
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.jetty.modifyServletContextHandler(
                  context -> context.setErrorHandler(new JsonErrorHandler()));
              PageRoutes.staticFiles(config);
            });
    app.before(ctx -> SecurityHeaders.NAMES_AND_VALUES.forEach(ctx::header));
    app.get("/health", this::health);
    app.get("/api/search", this::search);
    app.get("/api/articles/{id}", this::article);
    app.get("/api/stories", this::stories);
    app.get("/api/stories/{id}", this::story);
    app.get("/api/articles/{id}/related", this::related);
    app.get("/api/entities", this::entities);
    app.get("/api/entities/{id}", this::entity);
    app.get("/api/sources", this::sources);
    app.post("/api/sources", this::addSources);
    app.put("/api/sources/{id}/grouping", this::setGrouping);
    this.pages = PageRoutes.register(app, engine, token, this::inTurn);
    SavedRoutes.register(app, engine, this::inTurn, pages);
    app.get("/api/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(OpenApiDocument.text()));
    app.after(new JsonEtags());
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
        });
    // Javalin's own refusals (no such endpoint, body too large) answer in JSON like ours.
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
  }

  /**
   * Starts listening on {@code host:port} (port 0: any free port); returns the bound port. The API
   * answers to the Host names of that address and to those of {@code server.allowed-hosts}.
   */
  public int start(String host, int port) {
    List<String> allowedHosts = engine.config().list("server.allowed-hosts");
    RequestGuard guard =
        new RequestGuard(HostCheck.forBinding(host, allowedHosts), token, pages.sessions());
    app.before(guard);
    app.start(host, port);
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The routes registered on this server, by every route class, in registration order. */
  List<RegisteredRoutes.Route> routes() {
    return routes.list();
  }

  private void health(Context ctx) {
    ObjectNode body = JSON.createObjectNode();
    body.put("status", "ok");
    body.put("articles", engine.store().articleCount());
    body.put("indexed", engine.index().size());
    body.put("sources", engine.sources().list().size());
    send(ctx, HttpStatus.OK, body);
  }

  private void search(Context ctx) {
    String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    SearchRequest request;
    try {
      request =
          SearchRequest.of(query)
              .withLimit(intParam(ctx, "limit", defaultLimit))
              .withOffset(intParam(ctx, "offset", 0))
              .withOrder(order(ctx.queryParam("sort")))
              .withFacets(boolParam(ctx, "facets", true))
              .withAllCopies(boolParam(ctx, "all", false));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    send(ctx, HttpStatus.OK, SearchResultJson.toJson(inTurn(() -> engine.index().search(request))));
  }

  /** Runs search work in its turn among at most {@code search.max-concurrent}. */
  private <T> T inTurn(Supplier<T> work) {
    try {
      if (!searchTurns.tryAcquire(maxSearchWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ApiError(
            HttpStatus.SERVICE_UNAVAILABLE, "too many searches at once, try again shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, "the server is stopping");
    }
    try {
      return work.get();
    } finally {
      searchTurns.release();
    }
  }

  private void article(Context ctx) {
    long id = longPath(ctx, "id");
    Article article =
        engine
            .store()
            .article(id)
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no article with id " + id));
    ObjectNode body = ArticleJson.toJson(article, engine.store().revisions(id));
    ArticleAnalysis analysis =
        engine.store().analyses(List.of(id)).getOrDefault(id, ArticleAnalysis.NONE);
    body.set("story", StoryJson.storyOf(engine.store(), analysis));
    body.set("duplicates", StoryJson.duplicates(engine.store(), article, analysis));
    body.set("enrichment", ArticleJson.enrichment(analysis.enrichment()));
    body.set(
        "related",
        inTurn(() -> engine.relatedArticles().of(id, defaultRelatedLimit))
            .map(result -> RelatedJson.toJson(result).get("related"))
            .orElse(null));
    send(ctx, HttpStatus.OK, body);
  }

  private void stories(Context ctx) {
    Paging paging = Paging.of(ctx, DEFAULT_STORIES, MAX_STORIES);
    String since = ctx.queryParam("since");
    Instant from;
    try {
      // From the minute, not the millisecond: the same data gives the same answer (and ETag).
      from =
          Since.parse(
              since == null ? DEFAULT_SINCE : since, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    ArrayNode list = JSON.createArrayNode();
    paging
        .of(engine.store().stories(from, paging.end()))
        .forEach(story -> list.add(StoryJson.summary(story)));
    ObjectNode body = JSON.createObjectNode();
    body.put("since", from.toString());
    paging.describe(body);
    body.set("stories", list);
    send(ctx, HttpStatus.OK, body);
  }

  private void story(Context ctx) {
    long id = longPath(ctx, "id");
    StorySummary story =
        engine
            .store()
            .story(id)
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no story with id " + id));
    send(ctx, HttpStatus.OK, StoryJson.detail(engine.store(), story));
  }

  /** {@code GET /api/entities?q=&type=&limit=&offset=}: entities by spelling, most named first. */
  private void entities(Context ctx) {
    Paging paging = Paging.of(ctx, DEFAULT_ENTITIES, MAX_ENTITIES);
    String type = ctx.queryParam("type");
    EntityType entityType;
    try {
      entityType = type == null || type.isBlank() ? null : EntityType.parse(type);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    ObjectNode body =
        EntityJson.list(paging.of(engine.store().entities(query, entityType, paging.end())));
    paging.describe(body);
    send(ctx, HttpStatus.OK, body);
  }

  private void entity(Context ctx) {
    long id = longPath(ctx, "id");
    EntitySummary entity =
        engine
            .store()
            .entity(id)
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no entity with id " + id));
    send(ctx, HttpStatus.OK, EntityJson.detail(engine.store(), entity));
  }

  /** {@code PUT /api/sources/{id}/grouping} with {@code {"groupDuplicates": false}}. */
  private void setGrouping(Context ctx) {
    long id = longPath(ctx, "id");
    JsonNode body;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("the body must be JSON: {\"groupDuplicates\": true|false}");
    }
    if (body == null || !body.path("groupDuplicates").isBoolean()) {
      throw ApiError.badRequest("the body must be {\"groupDuplicates\": true|false}");
    }
    Source source =
        engine
            .sources()
            .setGrouping(id, body.path("groupDuplicates").asBoolean())
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no source with id " + id));
    send(ctx, HttpStatus.OK, sourceJson(source));
  }

  private void related(Context ctx) {
    long id = longPath(ctx, "id");
    int limit = intParam(ctx, "limit", defaultRelatedLimit);
    if (limit < 1 || limit > RelatedArticles.MAX_LIMIT) {
      throw ApiError.badRequest("limit must be 1.." + RelatedArticles.MAX_LIMIT + ", not " + limit);
    }
    RelatedArticles.Result result =
        inTurn(() -> engine.relatedArticles().of(id, limit))
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no article with id " + id));
    send(ctx, HttpStatus.OK, RelatedJson.toJson(result));
  }

  private void sources(Context ctx) {
    Paging paging = Paging.of(ctx, MAX_SOURCES, MAX_SOURCES);
    List<Source> all = engine.sources().list();
    ArrayNode list = JSON.createArrayNode();
    for (Source source : paging.of(all)) {
      list.add(sourceJson(source));
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("total", all.size());
    paging.describe(body);
    body.set("sources", list);
    send(ctx, HttpStatus.OK, body);
  }

  private void addSources(Context ctx) {
    String type = mediaType(ctx.contentType());
    SourceCatalog catalog = engine.sources();
    if (OPML_TYPES.contains(type)) {
      SourceCatalog.ImportResult result = catalog.importOpml(ctx.bodyAsBytes());
      ObjectNode body = JSON.createObjectNode();
      body.put("added", result.added());
      body.put("alreadyFollowed", result.alreadyFollowed());
      body.put("refused", result.refused());
      ArrayNode problems = body.putArray("problems");
      result.problems().forEach(problems::add);
      ArrayNode notes = body.putArray("notes");
      result.notes().forEach(notes::add);
      send(ctx, result.added() > 0 ? HttpStatus.CREATED : HttpStatus.OK, body);
      return;
    }
    if (!type.equals("application/json")) {
      throw new ApiError(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type must be application/json (one source) or text/x-opml, application/xml,"
              + " text/xml (an OPML file), not '"
              + (ctx.contentType() == null ? "" : ctx.contentType())
              + "'");
    }
    JsonNode request;
    try {
      request = JSON.readTree(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiError.badRequest("body is not JSON: " + e.getOriginalMessage());
    }
    if (request == null || !request.path("url").isTextual()) {
      throw ApiError.badRequest("expected {\"url\": \"https://...\"} or an OPML file");
    }
    try {
      String title = request.path("title").isTextual() ? request.path("title").asText() : null;
      SourceCatalog.Added added = catalog.add(request.path("url").asText(), title);
      ObjectNode body = sourceJson(added.source());
      ArrayNode notes = body.putArray("notes");
      added.notes().forEach(notes::add);
      send(ctx, HttpStatus.CREATED, body);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  /** The media type of a Content-Type header, lower case, without parameters such as charset. */
  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  private ObjectNode sourceJson(Source source) {
    SourceState state = engine.store().sourceState(source.id());
    ObjectNode node = JSON.createObjectNode();
    node.put("id", source.id());
    node.put("url", source.url());
    node.put("title", source.title());
    node.put("kind", source.kind().name().toLowerCase(Locale.ROOT));
    node.put("groupDuplicates", source.groupDuplicates());
    ObjectNode s = node.putObject("state");
    s.put("lastSuccess", ArticleJson.iso(state.lastSuccess()));
    s.put("lastError", ArticleJson.iso(state.lastError()));
    s.put("lastErrorMessage", state.lastErrorMessage());
    s.put("consecutiveFailures", state.consecutiveFailures());
    s.put("nextAttempt", ArticleJson.iso(state.nextAttempt()));
    // The last poll says what a successful poll cut or skipped, which the state does not keep.
    for (FetchLogEntry poll : engine.store().fetchLog(source.id(), 1)) {
      ObjectNode last = s.putObject("lastPoll");
      last.put("at", ArticleJson.iso(poll.at()));
      last.put("outcome", poll.outcome().name().toLowerCase(Locale.ROOT));
      last.put("message", poll.message());
      last.put("itemsNew", poll.itemsNew());
      last.put("itemsUpdated", poll.itemsUpdated());
      last.put("itemsFailed", poll.itemsFailed());
    }
    return node;
  }

  private static SearchRequest.Order order(String sort) {
    if (sort == null || sort.isBlank() || sort.equalsIgnoreCase("relevance")) {
      return SearchRequest.Order.RELEVANCE;
    }
    if (sort.equalsIgnoreCase("date")) {
      return SearchRequest.Order.DATE;
    }
    throw ApiError.badRequest("sort must be relevance or date, not '" + sort + "'");
  }

  private static boolean boolParam(Context ctx, String name, boolean fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiError.badRequest(name + " must be true or false, not '" + raw + "'");
    };
  }

  static int intParam(Context ctx, String name, int fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number, not '" + raw + "'");
    }
  }

  private static long longPath(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number, not '" + raw + "'");
    }
  }

  private static void send(Context ctx, HttpStatus status, JsonNode body) {
    ctx.status(status).contentType(JSON_TYPE).result(body.toString());
  }

  /** The refusal as JSON for the API, as an Arabic page for the pages ({@link PageRoutes}). */
  private void error(Context ctx, HttpStatus status, String message) {
    if (PageRoutes.isPage(ctx)) {
      pages.error(ctx, status, message);
      return;
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("error", message);
    send(ctx, status, body);
  }
}
