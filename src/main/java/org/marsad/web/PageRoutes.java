package org.marsad.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Source;
import org.marsad.pipeline.Engine;
import org.marsad.pipeline.SourceCatalog;

/**
 * The reader's HTML pages, rendered on the server from the jte templates in {@code src/main/jte}
 * (precompiled, escaping by default) and working without JavaScript: {@code /}, {@code /search},
 * {@code /stories/{id}}, {@code /articles/{id}}, {@code /entities/{id}}, {@code /sources} with its
 * forms, {@code /login}, {@code /logout}, {@code /digits/{style}}, and the static files under
 * {@code /static/}. Forms that change data are accepted by the {@link RequestGuard} only with a
 * {@link PageSessions session} and its CSRF token. Every page carries {@link #PAGE_CSP}; errors on
 * these paths are Arabic pages without stack traces.
 */
final class PageRoutes {
  /**
   * The pages' Content-Security-Policy: only the server's own style sheet, fonts, images and
   * scripts; no inline script or style, no plug-in, no framing, forms post only here.
   */
  static final String PAGE_CSP =
      "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
          + " script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /**
   * The pages' Referrer-Policy: the referrer goes to this server only, never to the sources linked.
   * Not the API's {@code no-referrer}: under it a browser sends {@code Origin: null} with the
   * pages' own form posts, which the {@link RequestGuard} must refuse as a foreign origin.
   */
  static final String PAGE_REFERRER_POLICY = "same-origin";

  static final String HTML_TYPE = "text/html; charset=utf-8";

  /** Static files are cached by browsers for 30 days. */
  static final String STATIC_CACHE = "public, max-age=2592000";

  static final String DIGITS_COOKIE = "marsad_digits";

  /** Runs search work in its turn among the server's searches ({@code search.max-concurrent}). */
  interface SearchTurns {
    <T> T run(Supplier<T> work);
  }

  private final Engine engine;
  private final AdminToken token;
  private final PageSessions sessions;
  private final SearchTurns turns;
  private final PageViews views;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final boolean arabicDigitsByDefault;
  private final int relatedLimit;
  private final Clock clock;

  private PageRoutes(Engine engine, AdminToken token, SearchTurns turns, Clock clock) {
    MarsadConfig config = engine.config();
    this.engine = engine;
    this.token = token;
    this.turns = turns;
    this.clock = clock;
    this.sessions = new PageSessions(config.duration("web.session-ttl"), clock);
    this.views = new PageViews(engine, zone(config));
    this.arabicDigitsByDefault = arabicDigits(config.string("web.digits"));
    this.relatedLimit = Math.min(PageViews.RELATED, config.integer("related.default-limit"));
  }

  /** Serves {@code /static/...} from the jar with long cache headers. */
  static void staticFiles(JavalinConfig config) {
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/static";
          files.directory = "/org/marsad/web/static";
          files.location = Location.CLASSPATH;
          files.headers = Map.of("Cache-Control", STATIC_CACHE);
          files.mimeTypes.add("text/css; charset=utf-8", "css");
        });
  }

  /** Registers the pages' routes on {@code app}. */
  static PageRoutes register(Javalin app, Engine engine, AdminToken token, SearchTurns turns) {
    PageRoutes pages = new PageRoutes(engine, token, turns, Clock.systemUTC());
    app.get("/", pages::home);
    app.get("/search", pages::search);
    app.get("/stories/{id}", pages::story);
    app.get("/articles/{id}", pages::article);
    app.get("/entities/{id}", pages::entity);
    app.get("/sources", pages::sources);
    app.post("/sources", pages::addSource);
    app.post("/sources/import", pages::importOpml);
    app.get("/sources/export.opml", pages::exportOpml);
    app.post("/sources/{id}/grouping", pages::setGrouping);
    app.get("/login", pages::loginForm);
    app.post("/login", pages::login);
    app.post("/logout", pages::logout);
    app.get("/digits/{style}", pages::digits);
    return pages;
  }

  PageSessions sessions() {
    return sessions;
  }

  /**
   * Whether an answer to this path is a page (HTML) rather than JSON: the API, the health check and
   * the Atom feeds (read by programs, not shown) answer their errors in JSON.
   */
  static boolean isPage(Context ctx) {
    String path = ctx.path();
    return !path.startsWith("/api/")
        && !path.equals("/api")
        && !path.startsWith("/feeds/")
        && !path.equals("/health");
  }

  // ---- reading pages

  private void home(Context ctx) {
    boolean arabic = arabicDigits(ctx);
    PageModel.Home home =
        turns.run(
            () ->
                views.home(param(ctx, "category"), param(ctx, "source"), page(ctx), arabic, now()));
    render(ctx, HttpStatus.OK, "home", meta(ctx, "أهم القصص"), home);
  }

  private void story(Context ctx) {
    long id = id(ctx);
    PageModel.Story story =
        views
            .story(id, arabicDigits(ctx), now())
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no story with id " + id));
    render(ctx, HttpStatus.OK, "story", meta(ctx, story.headline()), story);
  }

  private void article(Context ctx) {
    long id = id(ctx);
    PageModel.Article article =
        views
            .article(
                id,
                arabicDigits(ctx),
                now(),
                () -> turns.run(() -> engine.relatedArticles().of(id, relatedLimit)))
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no article with id " + id));
    render(ctx, HttpStatus.OK, "article", meta(ctx, article.title()), article);
  }

  private void entity(Context ctx) {
    long id = id(ctx);
    PageModel.Entity entity =
        views
            .entity(id, arabicDigits(ctx), now())
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no entity with id " + id));
    render(ctx, HttpStatus.OK, "entity", meta(ctx, entity.name()), entity);
  }

  private void search(Context ctx) {
    Map<String, String> filters = new LinkedHashMap<>();
    PageViews.FILTERS.forEach(name -> filters.put(name, param(ctx, name)));
    String sort = param(ctx, "sort");
    if (!sort.isEmpty() && !sort.equals("relevance") && !sort.equals("date")) {
      throw ApiError.badRequest("sort must be relevance or date, not '" + sort + "'");
    }
    String q = param(ctx, "q");
    PageModel.Search search =
        views.search(
            q,
            filters,
            sort.equals("date"),
            page(ctx),
            arabicDigits(ctx),
            now(),
            request -> turns.run(() -> engine.index().search(request)));
    render(ctx, HttpStatus.OK, "search", meta(ctx, q.isEmpty() ? "البحث" : q), search);
  }

  private void sources(Context ctx) {
    showSources(ctx, HttpStatus.OK, "", List.of());
  }

  private void showSources(Context ctx, HttpStatus status, String message, List<String> notes) {
    render(
        ctx,
        status,
        "sources",
        meta(ctx, "المصادر"),
        views.sources(message, notes, arabicDigits(ctx), now()));
  }

  // ---- forms (the RequestGuard has checked the session and its CSRF token)

  private void addSource(Context ctx) {
    String url = param(ctx.formParam("url"));
    String title = param(ctx.formParam("title"));
    if (url.isEmpty()) {
      throw ApiError.badRequest("the form needs the address of a feed or page (url)");
    }
    SourceCatalog.Added added;
    try {
      added = engine.sources().add(url, title.isEmpty() ? null : title);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    showSources(
        ctx,
        HttpStatus.CREATED,
        "أُضيف المصدر: " + DecodedUrl.display(added.source().url()),
        added.notes());
  }

  private void importOpml(Context ctx) throws IOException {
    UploadedFile file = ctx.uploadedFile("opml");
    if (file == null) {
      throw ApiError.badRequest("the form needs an OPML file (field opml)");
    }
    byte[] opml;
    try (InputStream in = file.content()) {
      opml = in.readNBytes((int) ApiServer.MAX_REQUEST_BYTES);
    }
    SourceCatalog.ImportResult result = engine.sources().importOpml(opml);
    List<String> notes = new java.util.ArrayList<>(result.problems());
    notes.addAll(result.notes());
    showSources(
        ctx,
        result.added() > 0 ? HttpStatus.CREATED : HttpStatus.OK,
        String.format(
            Locale.ROOT,
            "الاستيراد: أُضيف %s، وكان %s متابَعًا من قبل، ورُفض %s.",
            ArabicCount.sources(result.added()),
            ArabicCount.sources(result.alreadyFollowed()),
            ArabicCount.sources(result.refused())),
        notes);
  }

  private void exportOpml(Context ctx) {
    ctx.header("Content-Disposition", "attachment; filename=\"marsad-sources.opml\"");
    ctx.status(HttpStatus.OK)
        .contentType("text/x-opml; charset=utf-8")
        .result(engine.sources().exportOpml());
  }

  private void setGrouping(Context ctx) {
    long id = id(ctx);
    String group = param(ctx.formParam("group"));
    if (!group.equals("on") && !group.equals("off")) {
      throw ApiError.badRequest("group must be on or off, not '" + group + "'");
    }
    Source source =
        engine
            .sources()
            .setGrouping(id, group.equals("on"))
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no source with id " + id));
    ctx.redirect("/sources#source-" + source.id(), HttpStatus.SEE_OTHER);
  }

  private void loginForm(Context ctx) {
    render(ctx, HttpStatus.OK, "login", meta(ctx, "دخول المشرف"), new PageModel.Login(""));
  }

  private void login(Context ctx) {
    if (!token.accepts(ctx.formParam("token"))) {
      render(
          ctx,
          HttpStatus.UNAUTHORIZED,
          "login",
          meta(ctx, "دخول المشرف"),
          new PageModel.Login("رمز المشرف غير صحيح."));
      return;
    }
    sessions.close(ctx.cookie(PageSessions.COOKIE));
    PageSessions.Session session = sessions.open();
    ctx.header(
        "Set-Cookie",
        PageSessions.COOKIE
            + "="
            + session.id()
            + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
            + sessions.ttl().toSeconds()
            + (ctx.scheme().equals("https") ? "; Secure" : ""));
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    sessions.close(ctx.cookie(PageSessions.COOKIE));
    ctx.header(
        "Set-Cookie", PageSessions.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** {@code /digits/arabic-indic} or {@code /digits/latin}: the reader's choice, kept a year. */
  private void digits(Context ctx) {
    String style = ctx.pathParam("style");
    arabicDigits(style); // refuses anything else
    ctx.header(
        "Set-Cookie", DIGITS_COOKIE + "=" + style + "; Path=/; SameSite=Strict; Max-Age=31536000");
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  // ---- rendering

  /** An Arabic error page for {@code status}; {@code detail} says what was wrong (not for 500). */
  void error(Context ctx, HttpStatus status, String detail) {
    PageModel.Error error = ErrorTexts.page(status, detail);
    render(ctx, status, "error", meta(ctx, error.heading()), error);
  }

  /**
   * Renders {@code src/main/jte/<template>.jte} with its {@code meta} (title, the reader's session
   * and digits) and {@code page}: for other routes of the web package (e.g. saved searches) to show
   * a page in the same layout.
   */
  void page(Context ctx, HttpStatus status, String template, String title, Object page) {
    render(ctx, status, template, meta(ctx, title), page);
  }

  private void render(Context ctx, HttpStatus status, String template, PageMeta meta, Object page) {
    StringOutput output = new StringOutput();
    templates.render(template + ".jte", Map.of("meta", meta, "page", page), output);
    ctx.header("Content-Security-Policy", PAGE_CSP);
    ctx.header("Referrer-Policy", PAGE_REFERRER_POLICY);
    ctx.status(status).contentType(HTML_TYPE).result(output.toString());
  }

  private PageMeta meta(Context ctx, String title) {
    PageSessions.Session session = sessions.find(ctx.cookie(PageSessions.COOKIE)).orElse(null);
    return new PageMeta(
        title, session != null, session == null ? "" : session.csrfToken(), arabicDigits(ctx));
  }

  private boolean arabicDigits(Context ctx) {
    String chosen = ctx.cookie(DIGITS_COOKIE);
    if ("arabic-indic".equals(chosen)) {
      return true;
    }
    return "latin".equals(chosen) ? false : arabicDigitsByDefault;
  }

  private static boolean arabicDigits(String style) {
    return switch (style) {
      case "arabic-indic" -> true;
      case "latin" -> false;
      default ->
          throw ApiError.badRequest("digits must be arabic-indic or latin, not '" + style + "'");
    };
  }

  private static ZoneId zone(MarsadConfig config) {
    String zone = config.string("web.time-zone");
    try {
      return ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "web.time-zone must be a time zone such as UTC or Asia/Riyadh, not '" + zone + "'", e);
    }
  }

  private Instant now() {
    return clock.instant();
  }

  private static String param(Context ctx, String name) {
    return param(ctx.queryParam(name));
  }

  private static String param(String value) {
    return value == null ? "" : value.strip();
  }

  private static int page(Context ctx) {
    String raw = param(ctx, "page");
    if (raw.isEmpty()) {
      return 0;
    }
    try {
      int page = Integer.parseInt(raw);
      if (page < 0 || page > 10_000) {
        throw ApiError.badRequest("page must be 0..10000, not " + raw);
      }
      return page;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("page must be a whole number, not '" + raw + "'");
    }
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("id must be a whole number, not '" + raw + "'");
    }
  }
}
