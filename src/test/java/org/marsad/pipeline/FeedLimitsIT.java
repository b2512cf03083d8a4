package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Source;
import org.marsad.store.FetchLogEntry;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;
import org.marsad.web.AdminToken;
import org.marsad.web.ApiServer;

/**
 * The feed limits end to end: a loopback feed too long, with overlong fields, or cut by the byte
 * cap, polled by the engine; the fetch log and {@code /api/sources} name each cut and its key.
 */
class FeedLimitsIT {
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String FILLER =
      " وأضاف المتحدث أن الحكومة ستواصل العمل مع الشركاء لتحقيق الاستقرار وتحسين الخدمات"
          + " العامة في جميع المحافظات، مشيرا إلى أن الخطة تتضمن مشاريع للبنية التحتية والتعليم"
          + " والصحة، وأن تنفيذها سيبدأ خلال الأشهر المقبلة بعد إقرار الميزانية في البرلمان.";

  @TempDir Path data;

  private final LoopbackServer server;
  private Engine engine;

  FeedLimitsIT() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    if (engine != null) {
      engine.close();
    }
    server.close();
  }

  private static MarsadConfig config() {
    return MarsadConfig.defaults()
        .with("fetch.allow-private-networks", "true")
        .with("fetch.per-host-delay", "0ms")
        .with("fetch.retry-base-delay", "10ms");
  }

  /** Full-text items (no page to fetch): {@code count} of them, the given ones first. */
  private static byte[] feed(int count, List<AntFeeds.Article> first) {
    List<AntFeeds.Article> items = new ArrayList<>(first);
    for (int i = items.size(); i < count; i++) {
      items.add(
          new AntFeeds.Article(
              "https://news.example/limits/" + i,
              "خبر رقم " + i,
              "نص الخبر رقم " + i + "." + FILLER,
              "",
              "Mon, 05 Feb 2024 09:30:00 GMT",
              "مراسل",
              "محليات"));
    }
    return AntFeeds.rss("limits", items, "UTF-8").getBytes(StandardCharsets.UTF_8);
  }

  private FetchLogEntry pollOnce(Source source) {
    engine.fetchAll(result -> {});
    return engine.store().fetchLog(source.id(), 1).get(0);
  }

  @Test
  void aLongFeedWithOverlongFieldsIsCutAndEachCutIsNamedInTheLogAndTheApi() throws Exception {
    String hugeUrl = "https://news.example/" + "a".repeat(1_900_000);
    String hugeTitle = "عنوان طويل جدا ".repeat(80_000);
    byte[] body =
        feed(
            2_000,
            List.of(
                new AntFeeds.Article(
                    hugeUrl, "رابط طويل", "نص." + FILLER, "", "", "مراسل", "محليات"),
                new AntFeeds.Article(
                    "https://news.example/long-title",
                    hugeTitle,
                    "نص." + FILLER,
                    "",
                    "",
                    "مراسل",
                    "محليات")));
    server.on("/feed", LoopbackServer.fixed(200, RSS, body));
    engine =
        Engine.open(data, config().with("feed.max-items", "20").with("fetch.max-bytes", "20MB"));
    Source source = engine.sources().add(server.url("/feed").toString(), null).source();

    FetchLogEntry log = pollOnce(source);

    assertThat(log.outcome()).isEqualTo(FetchLogEntry.Outcome.OK);
    assertThat(log.itemsNew()).isEqualTo(19);
    assertThat(log.message())
        .contains("feed cut at 20 of 2,000 items (feed.max-items)")
        .contains("1 item refused: URL longer than 2,048 characters (article.max-url-chars")
        .contains("title cut at 1,000 characters in 1 item (article.max-title-chars");
    assertThat(engine.store().articleByUrl("https://news.example/long-title").orElseThrow().title())
        .hasSize(1_000);
    assertThat(engine.store().articleCount()).isEqualTo(19);

    try (ApiServer api = new ApiServer(engine, AdminToken.of("t".repeat(32)))) {
      int port = api.start("127.0.0.1", 0);
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sources"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode lastPoll =
          new ObjectMapper().readTree(response.body()).at("/sources/0/state/lastPoll");
      assertThat(lastPoll.path("outcome").asText()).isEqualTo("ok");
      assertThat(lastPoll.path("itemsNew").asInt()).isEqualTo(19);
      assertThat(lastPoll.path("message").asText())
          .contains("feed cut at 20 of 2,000 items (feed.max-items)");
    }
    Reliability.record(
        "bad-input",
        "FeedLimitsIT.aLongFeedWithOverlongFieldsIsCutAndEachCutIsNamedInTheLogAndTheApi",
        "a polled RSS feed of 2,000 items (limit 20) with a 1.9 MB link and a 1.2 M-character title",
        "20 kept, the link's item refused, the title cut; the fetch log and /api/sources say so",
        body.length
            + " bytes polled; 19 stored, 1 refused, title cut to 1,000; message "
            + log.message().length()
            + " chars");
  }

  @Test
  void aFeedCutAtTheByteCapSaysSoInsteadOfMalformedXml() {
    byte[] body = feed(200, List.of());
    server.on("/feed", LoopbackServer.fixed(200, RSS, body));
    engine = Engine.open(data, config().with("fetch.max-bytes", "64KB"));
    Source source = engine.sources().add(server.url("/feed").toString(), null).source();

    FetchLogEntry log = pollOnce(source);

    assertThat(log.outcome()).isEqualTo(FetchLogEntry.Outcome.OK);
    assertThat(log.message())
        .startsWith("response cut at 64 KB (fetch.max-bytes): feed incomplete")
        .doesNotContainIgnoringCase("malformed");
    assertThat(log.itemsNew()).isBetween(20, 199);
    Reliability.record(
        "bad-input",
        "FeedLimitsIT.aFeedCutAtTheByteCapSaysSoInsteadOfMalformedXml",
        "a polled RSS feed larger than fetch.max-bytes (64 KB), cut mid-document",
        "the items before the cut are stored; the log names the cut and its key, not malformed XML",
        body.length + " bytes served, 65,536 read; " + log.itemsNew() + " of 200 items stored");
  }
}
