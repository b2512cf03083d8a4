package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Article;
import org.marsad.model.StorySummary;
import org.marsad.pipeline.Engine;
import org.marsad.web.AdminToken;
import org.marsad.web.ApiServer;

/**
 * What a reader's requests cost under load, the way {@code marsad serve} meets them: the corpus
 * scaled to {@code scale} articles ({@link ScaledCorpus}) stored and run through the {@link
 * #STAGES} and the index by a real {@link Engine}, its {@link ApiServer} on loopback, then {@code
 * clients} closed-loop clients ({@link ConcurrentLoad}) for one mixed period over {@link #ROUTES}
 * after a warm-up, each request timed per route. {@code GET /health} (counts only) in the same mix
 * is the baseline: what any request costs under that load. The server runs in this process; its
 * heap is measured after the clients stop and a {@code System.gc()}, so it includes the bench's own
 * corpus list.
 */
final class WebMeasurement implements Measurement {
  /** Stories and articles the clients visit (the most covered stories, articles at random). */
  static final int STORIES = 200;

  static final int ARTICLES = 500;
  static final int BATCH = 1_000;

  /**
   * Requests per route sent one at a time before the measured period, untimed: the first search and
   * related articles load models and caches for seconds, which a 30-second period would report as
   * the route's p99 and the load part already measures as "cold".
   */
  static final int WARM_UP_ROUNDS = 10;

  /**
   * The stages run over the scaled corpus: stories and their duplicate groups, what the story and
   * article answers show. Not enrich: its recognizer would take tens of minutes over 100,000
   * articles here (207 s for the stages over 10,000 with it), so article answers carry no entities.
   */
  static final String STAGES = "duplicates, stories";

  /** The mix, in turn: API routes and the reader's pages. */
  static final List<Route> ROUTES =
      List.of(
          new Route("GET /api/search?q=", t -> "/api/search?q=" + encode(t.query())),
          new Route("GET /api/stories/{id}", t -> "/api/stories/" + t.story()),
          new Route("GET /api/articles/{id}", t -> "/api/articles/" + t.article()),
          new Route("GET /search?q=", t -> "/search?q=" + encode(t.query())),
          new Route("GET /stories/{id}", t -> "/stories/" + t.story()),
          new Route("GET /articles/{id}", t -> "/articles/" + t.article()),
          new Route(Route.BASELINE, t -> "/health"));

  /** A route of the mix: its name in the table and the path of one request to it. */
  record Route(String name, Function<Target, String> path) {
    static final String BASELINE = "GET /health";
  }

  /** What one request may be about: a search, a story, an article. */
  record Target(String query, long story, long article) {}

  private final List<BenchDoc> docs;
  private final int scale;
  private final int clients;
  private final double seconds;
  private final PrintWriter log;

  WebMeasurement(List<BenchDoc> docs, int scale, int clients, double seconds, PrintWriter log) {
    this.docs = docs;
    this.scale = scale;
    this.clients = clients;
    this.seconds = seconds;
    this.log = log;
  }

  @Override
  public List<Figure> run() throws IOException {
    ScaledCorpus corpus = new ScaledCorpus(docs, scale);
    String task = String.format(Locale.ROOT, "web %,d, %d clients", corpus.size(), clients);
    try (TempDirectory dir = new TempDirectory("web")) {
      Path data = dir.path().resolve("data");
      try (Engine engine =
          Engine.open(data, MarsadConfig.defaults().with(Engine.STAGES_KEY, STAGES))) {
        long start = System.nanoTime();
        store(engine, corpus);
        double storeSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        engine.catchUpIndex();
        log.printf(
            Locale.ROOT,
            "bench: %s: stored in %.0f s, stages and index in %.0f s%n",
            task,
            storeSeconds,
            (System.nanoTime() - start) / 1e9);
        List<String> requests = requests(engine);
        try (ApiServer server =
            new ApiServer(engine, AdminToken.forDataDirectory(engine.config(), data))) {
          int port = server.start("127.0.0.1", 0);
          try (LoopbackHttp http =
              new LoopbackHttp(InetAddress.getLoopbackAddress(), port, LoadMeasurement.TIMEOUT)) {
            HttpMix warmUp = new HttpMix(http, routeTimes());
            requests.stream().limit((long) WARM_UP_ROUNDS * ROUTES.size()).forEach(warmUp::send);
            RouteTimes times = routeTimes();
            HttpMix mix = new HttpMix(http, times);
            ConcurrentLoad.Summary all = new ConcurrentLoad(clients, seconds).run(requests, mix);
            double heapAfterGc = heapAfterGcMegabytes();
            return figures(task, all, times, heapAfterGc);
          }
        }
      }
    }
  }

  private static RouteTimes routeTimes() {
    return new RouteTimes(ROUTES.stream().map(Route::name).toList());
  }

  /** Stores the corpus in batches, as an import does. */
  private static void store(Engine engine, ScaledCorpus corpus) {
    List<Article> batch = new ArrayList<>(BATCH);
    for (Article article : corpus) {
      batch.add(article);
      if (batch.size() == BATCH) {
        engine.store().upsertAll(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      engine.store().upsertAll(batch);
    }
  }

  /**
   * The requests the clients take in turn, as "route index, path" lines: each route in turn, over
   * title queries, the most covered stories and articles drawn at random (seeded).
   */
  private List<String> requests(Engine engine) {
    List<String> queries =
        TitleQueries.cuts(
            docs, LoadMeasurement.QUERIES, LoadMeasurement.MAX_WORDS, LoadMeasurement.SEED);
    List<Long> stories =
        engine.store().stories(Instant.EPOCH, STORIES).stream().map(StorySummary::id).toList();
    if (stories.isEmpty()) {
      throw new IllegalStateException("the stages made no story of " + scale + " articles");
    }
    Random random = new Random(LoadMeasurement.SEED);
    long articles = engine.store().articleCount();
    List<String> requests = new ArrayList<>();
    int count = Math.max(queries.size(), ARTICLES) * ROUTES.size();
    for (int i = 0; i < count; i++) {
      Target target =
          new Target(
              queries.get(i % queries.size()),
              stories.get(i % stories.size()),
              1 + (long) (random.nextDouble() * articles));
      int route = i % ROUTES.size();
      requests.add(route + " " + ROUTES.get(route).path().apply(target));
    }
    return requests;
  }

  private static double heapAfterGcMegabytes() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
  }

  private List<Figure> figures(
      String task, ConcurrentLoad.Summary all, RouteTimes times, double heapAfterGc) {
    RouteTimes.Summary base = times.summary(Route.BASELINE);
    List<Figure> figures = new ArrayList<>();
    for (Route route : ROUTES) {
      RouteTimes.Summary s = times.summary(route.name());
      double perSecond = share(s, all);
      log.printf(
          Locale.ROOT,
          "bench: %s: %s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
              + " %d errors%n",
          task,
          route.name(),
          s.requests(),
          perSecond,
          s.p50Millis(),
          s.p99Millis(),
          s.maxMillis(),
          s.errors());
      String name = task + ": " + route.name() + " (baseline: /health)";
      figures.add(new Figure(name, "req/s", perSecond, share(base, all)));
      figures.add(new Figure(name, "p50 ms", s.p50Millis(), base.p50Millis()));
      figures.add(new Figure(name, "p99 ms", s.p99Millis(), base.p99Millis()));
      figures.add(new Figure(name, "max ms", s.maxMillis(), base.maxMillis()));
      figures.add(new Figure(name, "errors", s.errors(), (double) base.errors()));
    }
    String whole = task + ": whole mix";
    figures.add(Figure.of(whole, "req/s", all.perSecond()));
    figures.add(Figure.of(whole, "errors+timeouts", all.errors() + all.timeouts()));
    figures.add(Figure.of(whole, "heap peak MB", all.heapPeakMegabytes()));
    figures.add(Figure.of(whole, "heap after GC MB", heapAfterGc));
    log.printf(
        Locale.ROOT,
        "bench: %s: whole mix %.0f req/s, %d errors, %d timeouts, heap peak %.0f MB, after GC %.0f"
            + " MB of %.0f MB%n",
        task,
        all.perSecond(),
        all.errors(),
        all.timeouts(),
        all.heapPeakMegabytes(),
        heapAfterGc,
        Runtime.getRuntime().maxMemory() / 1e6);
    log.flush();
    return figures;
  }

  /** A route's requests per second: its share of the mix's requests times the mix's rate. */
  private static double share(RouteTimes.Summary route, ConcurrentLoad.Summary all) {
    return all.requests() == 0 ? 0 : (double) route.requests() / all.requests() * all.perSecond();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Sends "route index, path" requests on loopback; 200 is right, anything else an error. */
  private static final class HttpMix implements ConcurrentLoad.Client {
    private final LoopbackHttp http;
    private final RouteTimes times;

    HttpMix(LoopbackHttp http, RouteTimes times) {
      this.http = http;
      this.times = times;
    }

    @Override
    public ConcurrentLoad.Outcome send(String request) {
      int space = request.indexOf(' ');
      int route = Integer.parseInt(request.substring(0, space));
      long start = System.nanoTime();
      ConcurrentLoad.Outcome outcome;
      try {
        outcome =
            http.get(request.substring(space + 1)).status() == 200
                ? ConcurrentLoad.Outcome.OK
                : ConcurrentLoad.Outcome.ERROR;
      } catch (SocketTimeoutException e) {
        outcome = ConcurrentLoad.Outcome.TIMEOUT;
      } catch (IOException e) {
        outcome = ConcurrentLoad.Outcome.ERROR;
      }
      times.add(route, System.nanoTime() - start, outcome != ConcurrentLoad.Outcome.OK);
      return outcome;
    }
  }
}
