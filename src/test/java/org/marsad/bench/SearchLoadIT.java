package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.Engine;
import org.marsad.testing.Reliability;
import org.marsad.web.AdminToken;
import org.marsad.web.ApiServer;

/**
 * {@code GET /api/search} of a real engine over the ANT sample under {@value #CLIENTS} concurrent
 * clients: every answer must be a well-formed 200. How fast is the benchmark's business ({@code
 * marsad bench --only load}); this test records what it saw but asserts no speed.
 */
class SearchLoadIT {
  static final int CLIENTS = 50;
  static final double SECONDS = 8;
  static final Path CORPUS =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  @TempDir Path data;

  @Test
  void fiftyClientsAllGetWellFormedAnswers() throws IOException {
    assumeTrue(Files.isRegularFile(CORPUS), "ANT sample not found at " + CORPUS + ": skipped");
    List<BenchDoc> docs = BenchCorpus.read(CORPUS);
    List<String> queries = TitleQueries.cuts(docs, 500, 3, 1);
    try (Engine engine = Engine.open(data, MarsadConfig.defaults())) {
      new ScaledCorpus(docs, docs.size()).forEach(engine.index()::update);
      engine.index().commit(engine.index().storeCursor());
      ConcurrentLoad.Summary load;
      WellFormedSearch client;
      try (ApiServer server = new ApiServer(engine, AdminToken.of("t".repeat(32)))) {
        client = new WellFormedSearch(server.start("127.0.0.1", 0));
        load = new ConcurrentLoad(CLIENTS, SECONDS).run(queries, client);
      }
      assertThat(client.problems).isEmpty();
      assertThat(load.errors()).isZero();
      assertThat(load.timeouts()).isZero();
      assertThat(load.requests()).isGreaterThanOrEqualTo(CLIENTS);
      assertThat(client.withHits).isPositive();
      Reliability.record(
          "load",
          "SearchLoadIT.fiftyClientsAllGetWellFormedAnswers",
          String.format(
              Locale.ROOT,
              "%d clients send GET /api/search (1-3 ANT title words) back to back for %.0f s, %,d"
                  + " articles",
              CLIENTS,
              SECONDS,
              docs.size()),
          "every answer 200 with total, hits, snippets with highlights inside them, facets; no"
              + " error, no timeout",
          String.format(
              Locale.ROOT,
              "%d requests (%d with hits), %.0f req/s, p50 %.0f ms, p99 %.0f ms, max %.0f ms, %.1f"
                  + " CPU ms/request, heap peak %.0f MB",
              load.requests(),
              client.withHits,
              load.perSecond(),
              load.p50Millis(),
              load.p99Millis(),
              load.maxMillis(),
              load.cpuMillisPerRequest(),
              load.heapPeakMegabytes()));
    }
  }

  /** Sends the query and checks the whole answer, noting what was wrong with any. */
  private static final class WellFormedSearch implements ConcurrentLoad.Client {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private volatile long withHits;

    WellFormedSearch(int port) {
      this.base = "http://127.0.0.1:" + port + "/api/search?q=";
    }

    @Override
    public ConcurrentLoad.Outcome send(String query) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(base + URLEncoder.encode(query, StandardCharsets.UTF_8)))
              .timeout(LoadMeasurement.TIMEOUT)
              .build();
      try {
        HttpResponse<String> response =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String problem =
            response.statusCode() == 200
                ? problemWith(JSON.readTree(response.body()))
                : "status " + response.statusCode() + ": " + response.body();
        if (problem == null) {
          return ConcurrentLoad.Outcome.OK;
        }
        problems.add(query + ": " + problem);
        return ConcurrentLoad.Outcome.ERROR;
      } catch (HttpTimeoutException e) {
        return ConcurrentLoad.Outcome.TIMEOUT;
      } catch (IOException e) {
        problems.add(query + ": " + e);
        return ConcurrentLoad.Outcome.ERROR;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ConcurrentLoad.Outcome.ERROR;
      }
    }

    private String problemWith(JsonNode answer) {
      JsonNode hits = answer.path("hits");
      if (!answer.path("total").isIntegralNumber() || !hits.isArray()) {
        return "no total or hits: " + answer;
      }
      if (answer.path("total").asLong() < hits.size()) {
        return "total below the hits shown";
      }
      if (!answer.path("facets").path("sources").isArray()
          || !answer.path("facets").path("days").isArray()) {
        return "no facets: " + answer.path("facets");
      }
      if (!hits.isEmpty()) {
        synchronized (this) {
          withHits++;
        }
      }
      for (JsonNode hit : hits) {
        int length = hit.path("snippet").asText("").length();
        if (!hit.path("id").isIntegralNumber() || !hit.path("highlights").isArray()) {
          return "hit without id or highlights: " + hit;
        }
        for (JsonNode range : hit.path("highlights")) {
          int start = range.path(0).asInt(-1);
          int end = range.path(1).asInt(-1);
          if (start < 0 || end <= start || end > length) {
            return "highlight " + range + " outside a snippet of " + length + " chars";
          }
        }
      }
      return null;
    }
  }
}
