package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.Engine;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.web.AdminToken;
import org.marsad.web.ApiServer;

/**
 * Search under concurrent load, the way {@code marsad serve} meets it: the corpus (and the corpus
 * scaled up, {@link ScaledCorpus}) indexed by a real {@link Engine}, its {@link ApiServer} on
 * loopback, and {@code clients} threads each sending {@code GET /api/search} over a kept-alive
 * connection as soon as the last answer came, with {@value #QUERIES} queries of 1 to {@value
 * #MAX_WORDS} words cut from the corpus titles. Two periods over HTTP: right after start (cold) and
 * then warm. Then the same clients call {@link SearchIndex#search} in-process, and the stock-Lucene
 * index ({@link StockLuceneIndex}) the same way, for the ratio. Marsad's answers carry facets and
 * highlights, the baseline's do not.
 */
final class LoadMeasurement implements Measurement {
  static final int QUERIES = 500;
  static final int MAX_WORDS = 3;
  static final long SEED = 20_261_130L;

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
    Set<Integer> sizes = new LinkedHashSet<>(List.of(docs.size(), scale));
    List<Figure> figures = new ArrayList<>();
    for (int size : sizes) {
      figures.addAll(measure(new ScaledCorpus(docs, size), queries));
    }
    return figures;
  }

  private List<Figure> measure(ScaledCorpus corpus, List<String> queries) throws IOException {
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
          HttpSearch http = new HttpSearch(server.start("127.0.0.1", 0));
          figures.addAll(
              figures(task + ": http, cold", report(task, "http, cold", load.run(queries, http))));
          figures.addAll(
              figures(task + ": http, warm", report(task, "http, warm", load.run(queries, http))));
        }
        ConcurrentLoad.Summary ours =
            report(task, "in-process", load.run(queries, q -> inProcess(engine.index(), q)));
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
    private final HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    HttpSearch(int port) {
      this.base = "http://127.0.0.1:" + port + "/api/search?q=";
    }

    @Override
    public ConcurrentLoad.Outcome send(String query) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + URLEncoder.encode(query, StandardCharsets.UTF_8)))
              .timeout(TIMEOUT)
              .build();
      try {
        HttpResponse<String> response =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 && response.body().startsWith("{\"total\":")
            ? ConcurrentLoad.Outcome.OK
            : ConcurrentLoad.Outcome.ERROR;
      } catch (HttpTimeoutException e) {
        return ConcurrentLoad.Outcome.TIMEOUT;
      } catch (IOException e) {
        return ConcurrentLoad.Outcome.ERROR;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ConcurrentLoad.Outcome.ERROR;
      }
    }
  }
}
