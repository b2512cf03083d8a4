package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Article;
import org.marsad.pipeline.Engine;
import org.marsad.testing.FakeResolver;

/**
 * A real engine in a data directory and, once {@link #serve() served}, the real API server over it
 * on a loopback port (port 0), with a JSON client: the setup the API integration tests share.
 * Closing it stops the server, then the engine.
 */
final class ApiFixture implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789-abcdefghijklmnop";
  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: its status, content type and JSON body. */
  record Reply(int status, String contentType, JsonNode json) {}

  final Engine engine;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ApiServer server;
  private URI base;

  /** Opens the engine in {@code data}; no name is resolved (a {@link FakeResolver}). */
  ApiFixture(Path data, MarsadConfig config) {
    engine = Engine.open(data, config, new FakeResolver());
  }

  /** Stores an article without a page, published (and fetched) at {@code published}. */
  long store(String url, String source, String title, String body, String published) {
    Instant at = Instant.parse(published);
    Article article =
        new Article(0, url, null, 0, source, title, body, null, at, at, null, null, List.of());
    return engine.store().upsert(article).id();
  }

  /** Indexes what is stored, then starts the server. */
  ApiFixture serve() {
    engine.catchUpIndex();
    server = new ApiServer(engine, AdminToken.of(TOKEN));
    base = URI.create("http://127.0.0.1:" + server.start("127.0.0.1", 0));
    return this;
  }

  /** The routes the running server registered (every route class's). */
  List<RegisteredRoutes.Route> routes() {
    return server.routes();
  }

  /** {@code pathAndQuery} on the server. */
  URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery);
  }

  Reply get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  /** Sends {@code request} (10 s timeout) and reads the body as JSON. */
  Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = sendForText(request.timeout(Duration.ofSeconds(10)));
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        JSON.readTree(response.body()));
  }

  HttpClient client() {
    return client;
  }

  /** Sends {@code request} as built and gives the body as text. */
  HttpResponse<String> sendForText(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    engine.close();
  }
}
