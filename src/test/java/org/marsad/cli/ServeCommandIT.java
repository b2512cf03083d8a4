package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchRequest;
import org.marsad.store.SqliteStore;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.MarsadProcesses;
import org.marsad.testing.StoreIntegrity;
import org.marsad.web.AdminToken;

/**
 * {@code marsad serve} and {@code marsad fetch} as users run them: in a child JVM over a temporary
 * data directory, following feeds on a loopback server. The fetch is killed with SIGKILL mid-way to
 * show that a crash leaves a sound store that the next run completes.
 */
class ServeCommandIT {
  private static final Pattern SERVING = Pattern.compile("Marsad serving (http://[^/\\s]+/)");
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String FILLER =
      " وأضاف المتحدث أن الحكومة ستواصل العمل مع الشركاء لتحقيق الاستقرار وتحسين الخدمات"
          + " العامة في جميع المحافظات، مشيرا إلى أن الخطة تتضمن مشاريع للبنية التحتية والتعليم"
          + " والصحة، وأن تنفيذها سيبدأ خلال الأشهر المقبلة بعد إقرار الميزانية في البرلمان.";

  @TempDir Path work;

  private MarsadProcesses processes;

  private final LoopbackServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ServeCommandIT() throws IOException {
    server = new LoopbackServer();
  }

  @BeforeEach
  void children() {
    processes = new MarsadProcesses(work);
  }

  @AfterEach
  void stop() {
    processes.close();
    server.close();
  }

  /** A data directory whose configuration polls often and without politeness delays. */
  private Path dataDirectory() throws IOException {
    Path data = work.resolve("data");
    Files.createDirectories(data);
    Files.writeString(
        data.resolve("marsad.properties"),
        String.join(
            "\n",
            "poll.tick = 200ms",
            "fetch.per-host-delay = 0ms",
            "fetch.per-host-connections = 4",
            "fetch.retry-base-delay = 10ms",
            "fetch.read-timeout = 5s",
            ""));
    return data;
  }

  private Process marsad(String name, String... args) throws IOException {
    return processes.start(name, args);
  }

  private String output(String name) throws IOException {
    return processes.output(name);
  }

  /** {@code count} items of at least 400 characters (full text: no page to fetch). */
  private static List<AntFeeds.Article> items(String feed, int count) {
    List<AntFeeds.Article> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(
          new AntFeeds.Article(
              "https://news.example/" + feed + "/" + i,
              "خبر رقم " + i + " من " + feed,
              "نص الخبر رقم " + i + " من مصدر " + feed + "." + FILLER,
              "",
              "Mon, 05 Feb 2024 09:30:00 GMT",
              "مراسل",
              "محليات"));
    }
    return items;
  }

  private static byte[] rss(String feed, int count) {
    return AntFeeds.rss(feed, items(feed, count), "UTF-8").getBytes(StandardCharsets.UTF_8);
  }

  private JsonNode getJson(URI url) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(url.toString()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void serveFollowsASourceAddedOverHttpAndAnswersSearches() throws Exception {
    server.on("/rss", LoopbackServer.fixed(200, RSS, rss("serve", 5)));
    Path data = dataDirectory();
    Process serve =
        marsad(
            "serve",
            "serve",
            "--data",
            data.toString(),
            "--port",
            "0",
            "--no-default-feeds",
            "--allow-private-networks");

    URI base = awaitServing(serve);
    Path tokenFile = data.resolve(AdminToken.FILE);
    String token = Files.readString(tokenFile).strip();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)))
        .isEqualTo("rw-------");
    assertThat(output("serve")).contains("Admin token").contains(token);
    String feed = "{\"url\": \"" + server.url("/rss") + "\"}";
    assertThat(addSource(base, feed, null).statusCode()).isEqualTo(401);
    HttpResponse<String> added = addSource(base, feed, token);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

    URI search =
        base.resolve("/api/search?q=" + URLEncoder.encode("الخبر", StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long total = 0;
    while (total < 5 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      total = getJson(search).get("total").asLong();
    }
    assertThat(total).as(output("serve")).isEqualTo(5);
    assertThat(getJson(base.resolve("/health")).get("articles").asLong()).isEqualTo(5);
    assertThat(serve.isAlive()).isTrue();

    serve.destroy();
    assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    assertThat(StoreIntegrity.check(data)).containsExactly("ok");
  }

  private HttpResponse<String> addSource(URI base, String json, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/api/sources"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anImportBesideServeIsSearchableWithinSecondsAndReindexAsksServe() throws Exception {
    Path data = dataDirectory();
    Process serve =
        marsad(
            "serve",
            "serve",
            "--data",
            data.toString(),
            "--port",
            "0",
            "--no-default-feeds",
            "--no-polling");
    URI base = awaitServing(serve);
    Path jsonl = work.resolve("beside.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      lines
          .append("{\"url\": \"https://news.example/beside/")
          .append(i)
          .append("\", \"title\": \"استيراد بجوار الخادم ")
          .append(i)
          .append("\", \"text\": \"نص الخبر المستورد.")
          .append(FILLER)
          .append("\"}\n");
    }
    Files.writeString(jsonl, lines.toString());

    Process importer =
        marsad("import", "import", jsonl.toString(), "--data", data.toString(), "--no-progress");
    assertThat(importer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(importer.exitValue()).as(output("import")).isZero();
    assertThat(output("import"))
        .contains("new                     3")
        .contains("a running serve indexes them within index.sync-interval = 2s");
    long imported = System.nanoTime();
    URI search =
        base.resolve("/api/search?q=" + URLEncoder.encode("المستورد", StandardCharsets.UTF_8));
    long deadline = imported + Duration.ofSeconds(20).toNanos();
    long total = 0;
    while (total < 3 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      total = getJson(search).get("total").asLong();
    }
    long searchableMillis = (System.nanoTime() - imported) / 1_000_000;
    assertThat(total).as(output("serve")).isEqualTo(3);

    long reindexStart = System.nanoTime();
    Process reindex = marsad("reindex", "reindex", "--data", data.toString(), "--wait", "60");
    assertThat(reindex.waitFor(90, TimeUnit.SECONDS)).isTrue();
    long reindexMillis = (System.nanoTime() - reindexStart) / 1_000_000;
    assertThat(reindex.exitValue()).as(output("reindex")).isZero();
    assertThat(output("reindex"))
        .contains("asked it to rebuild")
        .contains("Reindexed by the running serve");
    assertThat(data.resolve(org.marsad.pipeline.ReindexRequest.FILE_NAME)).doesNotExist();
    assertThat(getJson(search).get("total").asLong()).isEqualTo(3);
    assertThat(serve.isAlive()).isTrue();
    System.out.printf(
        "import beside serve: searchable %d ms after the import exited; reindex via serve %d ms%n",
        searchableMillis, reindexMillis);

    serve.destroy();
    assertThat(serve.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(StoreIntegrity.check(data)).containsExactly("ok");
  }

  /** Reads the serving line the child prints, bounded; returns the base URL. */
  private URI awaitServing(Process serve) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(output("serve"));
      if (m.find()) {
        return URI.create(m.group(1));
      }
      assertThat(serve.isAlive()).as(output("serve")).isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("no serving line within 30 s: " + output("serve"));
  }

  @Test
  void aFetchKilledMidWayLeavesASoundStoreThatTheNextFetchCompletes() throws Exception {
    int feeds = 24;
    int perFeed = 30;
    Path data = dataDirectory();
    try (SqliteStore store = SqliteStore.open(data)) {
      for (int f = 0; f < feeds; f++) {
        String path = "/feed/" + f;
        server.on(path, LoopbackServer.fixed(200, RSS, rss("f" + f, perFeed)));
        store.addSource(
            new org.marsad.model.Source(
                0, server.url(path).toString(), null, org.marsad.model.Source.Kind.FEED, null));
      }
    }

    Process first =
        marsad("fetch1", "fetch", "--data", data.toString(), "--allow-private-networks");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (servedFeeds(feeds) < feeds / 3 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(first.isAlive()).as("killed mid-way: " + output("fetch1")).isTrue();
    first.destroyForcibly();
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(StoreIntegrity.check(data)).containsExactly("ok");
    long afterKill = count(data, "SELECT COUNT(*) FROM article");
    assertThat(afterKill).isLessThan((long) feeds * perFeed);
    assertThat(afterKill % perFeed).as("whole polls only").isZero();

    Process second =
        marsad("fetch2", "fetch", "--data", data.toString(), "--allow-private-networks");
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(output("fetch2")).isZero();
    assertThat(output("fetch2")).contains(feeds + " sources").contains("0 failed");

    assertThat(StoreIntegrity.check(data)).containsExactly("ok");
    assertThat(count(data, "SELECT COUNT(*) FROM article")).isEqualTo((long) feeds * perFeed);
    assertThat(count(data, "SELECT COUNT(DISTINCT guid) FROM article"))
        .isEqualTo((long) feeds * perFeed);
    try (ArticleIndex index = ArticleIndex.openReadOnly(ArticleIndex.pathIn(data))) {
      assertThat(index.size()).isEqualTo(feeds * perFeed);
      assertThat(index.search(SearchRequest.of("الخبر")).total()).isEqualTo((long) feeds * perFeed);
    }
  }

  private int servedFeeds(int feeds) {
    int served = 0;
    for (int f = 0; f < feeds; f++) {
      served += server.hits("/feed/" + f);
    }
    return served;
  }

  private static long count(Path data, String sql) throws Exception {
    return Long.parseLong(StoreIntegrity.strings(data, sql).get(0));
  }
}
