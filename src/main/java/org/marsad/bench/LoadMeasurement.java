package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.Engine;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.web.AdminToken;
import org.marsad.web.ApiServer;

/**
 * Search under concurrent load, the way {@code marsad serve} meets it: the corpus (and the corpus
 * scaled up, {@link ScaledCorpus}) indexed by a real {@link Engine}, its {@link ApiServer} on
 * loopback, and {@code clients} threads each sending {@code GET /api/search} over a kept-alive
 * connection as soon as the last answer came, with {@value #QUERIES} queries of 1 to {@value
 * #MAX_WORDS} words cut from the corpus titles. Three periods over HTTP: right after start (cold),
 * then warm, then warm with queries never sent before ({@link #unseen}), which the index's result
 * cache cannot answer: the cost of searches themselves. Then the same clients call {@link
 * SearchIndex#search} in-process on the index opened without its result cache, and the stock-Lucene
 * index ({@link StockLuceneIndex}) the same way, for the ratio. Marsad's answers carry facets and
 * highlights, the baseline's do not.
 */
final class LoadMeasurement implements Measurement {
  static final int QUERIES = 500;
  static final int MAX_WORDS = 3;
  static final long SEED = 20_261_130L;

  /** Cuts drawn for the period of new queries: far more than a period sends. */
  static final int UNSEEN_DRAWS = 200_000;

  /** A request that takes longer than this counts as a timeout. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final List<BenchDoc> docs;
  private final int scale;
  private final int clients;
  private final double seconds;
  private final PrintWriter log;

  LoadMeasurement(List<BenchDoc> docs, int scale, int clients, double seconds, PrintWriter log) {
    this.docs = docs;
    this.scale = scale;
    this.clients = clients;
    this.seconds = seconds;
    this.log = log;
  }

  @Override
  public List<Figure> run() throws IOException {
    List<String> queries = TitleQueries.cuts(docs, QUERIES, MAX_WORDS, SEED);
    List<String> unseen = unseen(queries);
    log.printf(
        Locale.ROOT,
        "bench: load: %,d queries, %,d never sent before%n",
        queries.size(),
        unseen.size());
    Set<Integer> sizes = new LinkedHashSet<>(List.of(docs.size(), scale));
    List<Figure> figures = new ArrayList<>();
    for (int size : sizes) {
      figures.addAll(measure(new ScaledCorpus(docs, size), queries, unseen));
    }
    return figures;
  }

  /** Distinct cuts of other seeds that {@code queries} does not hold, in drawing order. */
  private List<String> unseen(List<String> queries) {
    Set<String> fresh =
        new LinkedHashSet<>(TitleQueries.cuts(docs, UNSEEN_DRAWS, MAX_WORDS, SEED + 1));
    fresh.removeAll(Set.copyOf(queries));
    return List.copyOf(fresh);
  }

  private List<Figure> measure(ScaledCorpus corpus, List<String> queries, List<String> unseen)
      throws IOException {
    String task = String.format(Locale.ROOT, "load %,d, %d clients", corpus.size(), clients);
    ConcurrentLoad load = new ConcurrentLoad(clients, seconds);
    List<Figure> figures = new ArrayList<>();
    try (TempDirectory dir = new TempDirectory("load")) {
      Path stockDir = dir.path().resolve("stock");
      try (StockLuceneIndex.Writer stock = StockLuceneIndex.create(stockDir)) {
        corpus.forEach(stock::add);
      }
      Path data = dir.path().resolve("data");
      try (Engine engine = Engine.open(data, MarsadConfig.defaults());
          StockLuceneIndex stock = StockLuceneIndex.openReadOnly(stockDir)) {
        corpus.forEach(engine.index()::update);
        engine.index().commit(engine.index().storeCursor()); // beside the store, which stays empty
        try (ApiServer server =
            new ApiServer(engine, AdminToken.forDataDirectory(engine.config(), data))) {
          try (LoopbackHttp loopback =
              new LoopbackHttp(
                  InetAddress.getLoopbackAddress(), server.start("127.0.0.1", 0), TIMEOUT)) {
            HttpSearch http = new HttpSearch(loopback);
            figures.addAll(
                figures(
                    task + ": http, cold", report(task, "http, cold", load.run(queries, http))));
            figures.addAll(
                figures(
                    task + ": http, warm", report(task, "http, warm", load.run(queries, http))));
            String fresh = "http, warm, new queries";
            figures.addAll(
                figures(task + ": " + fresh, report(task, fresh, load.run(unseen, http))));
          }
        }
        ConcurrentLoad.Summary ours;
        try (ArticleIndex uncached = ArticleIndex.openReadOnly(ArticleIndex.pathIn(data), 0)) {
          ours = report(task, "in-process", load.run(queries, q -> inProcess(uncached, q)));
        }
        ConcurrentLoad.Summary base =
            report(task, "in-process, stock Lucene", load.run(queries, q -> stockSearch(stock, q)));
        String inProcess = task + ": in-process";
        figures.add(new Figure(inProcess, "req/s", ours.perSecond(), base.perSecond()));
        figures.add(new Figure(inProcess, "p50 ms", ours.p50Millis(), base.p50Millis()));
        figures.add(new Figure(inProcess, "p99 ms", ours.p99Millis(), base.p99Millis()));
        figures.add(
            new Figure(
                inProcess, "CPU ms/req", ours.cpuMillisPerRequest(), base.cpuMillisPerRequest()));
        figures.add(
            new Figure(
                inProcess, "heap peak MB", ours.heapPeakMegabytes(), base.heapPeakMegabytes()));
      }
    }
    return figures;
  }

  private ConcurrentLoad.Summary report(String task, String what, ConcurrentLoad.Summary s) {
    log.printf(
        Locale.ROOT,
        "bench: %s, %s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
            + " %d errors, %d timeouts, %.1f CPU ms/request, heap peak %.0f MB of %.0f MB%n",
        task,
        what,
        s.requests(),
        s.perSecond(),
        s.p50Millis(),
        s.p99Millis(),
        s.maxMillis(),
        s.errors(),
        s.timeouts(),
        s.cpuMillisPerRequest(),
        s.heapPeakMegabytes(),
        Runtime.getRuntime().maxMemory() / 1e6);
    log.flush();
    return s;
  }

  private static List<Figure> figures(String task, ConcurrentLoad.Summary s) {
    return List.of(
        Figure.of(task, "req/s", s.perSecond()),
        Figure.of(task, "p50 ms", s.p50Millis()),
        Figure.of(task, "p99 ms", s.p99Millis()),
        Figure.of(task, "max ms", s.maxMillis()),
        Figure.of(task, "errors+timeouts", s.errors() + s.timeouts()),
        Figure.of(task, "CPU ms/req", s.cpuMillisPerRequest()),
        Figure.of(task, "heap peak MB", s.heapPeakMegabytes()));
  }

  private static ConcurrentLoad.Outcome inProcess(SearchIndex index, String query) {
    index.search(SearchRequest.of(query));
    return ConcurrentLoad.Outcome.OK;
  }

  private static ConcurrentLoad.Outcome stockSearch(StockLuceneIndex stock, String query) {
    stock.search(query);
    return ConcurrentLoad.Outcome.OK;
  }

  /** {@code GET /api/search?q=} on loopback; an answer is right when it is 200 with a total. */
  private static final class HttpSearch implements ConcurrentLoad.Client {
    private static final byte[] TOTAL = "{\"total\":".getBytes(StandardCharsets.US_ASCII);
    private final LoopbackHttp http;

    HttpSearch(LoopbackHttp http) {
      this.http = http;
    }

    @Override
    public ConcurrentLoad.Outcome send(String query) {
      try {
        LoopbackHttp.Response response =
            http.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return response.status() == 200
                && Arrays.equals(
                    response.body(),
                    0,
                    Math.min(TOTAL.length, response.body().length),
                    TOTAL,
                    0,
                    TOTAL.length)
            ? ConcurrentLoad.Outcome.OK
            : ConcurrentLoad.Outcome.ERROR;
      } catch (SocketTimeoutException e) {
        return ConcurrentLoad.Outcome.TIMEOUT;
      } catch (IOException e) {
        return ConcurrentLoad.Outcome.ERROR;
      }
    }
  }
}
