package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.testing.Fixtures;
import org.marsad.web.ApiFixture.Reply;

/**
 * The HTTP JSON API on a real Javalin (port 0) over a real engine in a temporary data directory.
 */
class ApiServerIT {
  @TempDir Path data;

  private ApiFixture api;
  private long terrorId;

  @BeforeEach
  void start() {
    api = new ApiFixture(data, MarsadConfig.defaults());
    terrorId =
        api.store(
            "https://news.example/1",
            "الجزيرة",
            "خطة لمكافحة التطرف",
            "أعلنت الوزارة خطة لمكافحة التطرف والإرهاب في المدن.",
            "2024-02-05T09:30:00Z");
    api.store(
        "https://news.example/2",
        "العربية",
        "ندوة عن الإرهاب الدولي",
        "ناقش خبراء أسباب الإرهاب وسبل مواجهته.",
        "2024-02-07T12:00:00Z");
    api.store(
        "https://news.example/3",
        "العربية",
        "موسم الحصاد",
        "بدأ المزارعون حصاد القمح.",
        "2024-02-06T08:00:00Z");
    api.serve();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply post(String contentType, byte[] body) throws Exception {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/sources"))
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + ApiFixture.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void healthReportsCounts() throws Exception {
    Reply health = api.get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.contentType()).startsWith("application/json");
    assertThat(health.json().get("status").asText()).isEqualTo("ok");
    assertThat(health.json().get("articles").asLong()).isEqualTo(3);
    assertThat(health.json().get("indexed").asLong()).isEqualTo(3);
    assertThat(health.json().get("sources").asLong()).isZero();
  }

  @Test
  void searchTakesAnEncodedArabicQueryWithLimitOffsetSortAndFacets() throws Exception {
    Reply all = api.get("/api/search?q=" + encoded("الارهاب"));
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get("total").asLong()).isEqualTo(2);
    assertThat(all.json().get("hits")).hasSize(2);
    assertThat(all.json().get("facets").get("sources"))
        .extracting(n -> n.get("value").asText())
        .containsExactlyInAnyOrder("الجزيرة", "العربية");
    assertThat(all.json().get("facets").get("days")).hasSize(2);
    assertThat(all.json().get("hits").get(0).get("snippetHtml").asText()).contains("<mark>");

    Reply byDate = api.get("/api/search?q=" + encoded("الارهاب") + "&sort=date");
    assertThat(byDate.json().get("hits"))
        .extracting(n -> n.get("published").asText())
        .containsExactly("2024-02-07T12:00:00Z", "2024-02-05T09:30:00Z");

    Reply secondPage =
        api.get("/api/search?q=" + encoded("الارهاب") + "&sort=date&limit=1&offset=1");
    assertThat(secondPage.json().get("total").asLong()).isEqualTo(2);
    assertThat(secondPage.json().get("hits")).singleElement();
    assertThat(secondPage.json().get("hits").get(0).get("id").asLong()).isEqualTo(terrorId);
  }

  @Test
  void facetsFalseLeavesTheCountsEmptyAndTheHitsAsTheyWere() throws Exception {
    Reply with = api.get("/api/search?q=" + encoded("الارهاب"));
    Reply without = api.get("/api/search?q=" + encoded("الارهاب") + "&facets=false");
    assertThat(without.status()).isEqualTo(200);
    assertThat(without.json().get("total")).isEqualTo(with.json().get("total"));
    assertThat(without.json().get("hits")).isEqualTo(with.json().get("hits"));
    assertThat(without.json().get("facets").get("sources")).isEmpty();
    assertThat(without.json().get("facets").get("days")).isEmpty();
    assertThat(api.get("/api/search?q=" + encoded("الارهاب") + "&facets=true").json())
        .isEqualTo(with.json());
  }

  @Test
  void searchesBeyondTheLimitWaitTheirTurnAndAllAnswer() throws Exception {
    stop();
    api = new ApiFixture(data, MarsadConfig.defaults().with("search.max-concurrent", "1")).serve();
    List<Callable<Reply>> requests =
        Collections.nCopies(40, () -> api.get("/api/search?q=" + encoded("الارهاب")));
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      for (Future<Reply> reply : clients.invokeAll(requests)) {
        assertThat(reply.get().status()).isEqualTo(200);
        assertThat(reply.get().json().get("total").asLong()).isEqualTo(2);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void badSearchParametersAre400WithAnError() throws Exception {
    for (String query :
        List.of("limit=abc", "sort=xyz", "limit=0", "offset=-1", "limit=99999", "facets=maybe")) {
      Reply reply = api.get("/api/search?q=" + encoded("خطة") + "&" + query);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.json().get("error").asText()).as(query).isNotBlank();
    }
    assertThat(
            api.get("/api/search?q=" + encoded("خطة") + "&limit=abc").json().get("error").asText())
        .contains("limit");
  }

  @Test
  void articlesAreFoundByIdOr404Or400() throws Exception {
    Reply found = api.get("/api/articles/" + terrorId);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().get("title").asText()).isEqualTo("خطة لمكافحة التطرف");
    assertThat(found.json().get("body").asText()).contains("والإرهاب");
    assertThat(found.json().get("revisions").asInt()).isZero();

    Reply missing = api.get("/api/articles/999999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).contains("999999");

    Reply notANumber = api.get("/api/articles/abc");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.json().get("error").asText()).contains("abc");

    Reply noRoute = api.get("/api/nothing-here");
    assertThat(noRoute.status()).isEqualTo(404);
    assertThat(noRoute.json().get("error").asText()).contains("/api/nothing-here");
  }

  @Test
  void relatedArticlesAreListedForAnArticleOr404Or400() throws Exception {
    Reply related = api.get("/api/articles/" + terrorId + "/related?limit=3");
    assertThat(related.status()).isEqualTo(200);
    assertThat(related.json().get("article").asLong()).isEqualTo(terrorId);
    assertThat(related.json().get("related").isArray()).isTrue();
    for (JsonNode hit : related.json().get("related")) {
      assertThat(hit.get("id").asLong()).isNotEqualTo(terrorId);
      assertThat(hit.has("story")).isTrue();
      assertThat(hit.get("reasons").isArray()).isTrue();
    }

    assertThat(api.get("/api/articles/999999/related").status()).isEqualTo(404);
    Reply zero = api.get("/api/articles/" + terrorId + "/related?limit=0");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.json().get("error").asText()).contains("limit");
    assertThat(api.get("/api/articles/" + terrorId + "/related?limit=many").status())
        .isEqualTo(400);
  }

  @Test
  void sourcesAreAddedAsJsonOrOpmlAndListed() throws Exception {
    Reply added =
        post(
            "application/json",
            "{\"url\": \"https://feeds.example/rss\", \"title\": \"صحيفة\"}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("id").asLong()).isPositive();
    assertThat(added.json().get("title").asText()).isEqualTo("صحيفة");

    Reply opml = post("text/x-opml", Fixtures.bytes("feeds.opml"));
    assertThat(opml.status()).isEqualTo(201);
    assertThat(opml.json().get("added").asInt()).isEqualTo(3);

    Reply again = post("text/x-opml", Fixtures.bytes("feeds.opml"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("alreadyFollowed").asInt()).isEqualTo(3);

    Reply list = api.get("/api/sources");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("sources"))
        .extracting(n -> n.get("url").asText())
        .containsExactly(
            "https://feeds.example/rss",
            "https://a.example.org/rss.xml",
            "https://b.example.org/feed",
            "https://tech.example.org/atom.xml");
    assertThat(list.json().get("sources").get(0).get("state").get("consecutiveFailures").asInt())
        .isZero();
  }

  @Test
  void badSourcesAreRejectedWithoutA500() throws Exception {
    for (String body :
        List.of(
            "{\"url\": \"ftp://feeds.example/rss\"}",
            "{\"url\": \"not a url\"}",
            "{\"url\": 42}",
            "{\"title\": \"no url\"}",
            "{not json",
            "")) {
      Reply reply = post("application/json", body.getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.json().get("error").asText()).as(body).isNotBlank();
    }
    for (byte[] garbage :
        List.of(
            "<opml><body><outline xmlUrl=".getBytes(StandardCharsets.UTF_8),
            Fixtures.bytes("billion-laughs.xml"),
            "<html><body>not opml</body></html>".getBytes(StandardCharsets.UTF_8))) {
      Reply reply = post("application/xml", garbage);
      assertThat(reply.status()).isIn(200, 400);
      assertThat(reply.json().has("problems") || reply.json().has("error")).isTrue();
      assertThat(reply.json().path("added").asInt()).isZero();
    }
    assertThat(api.get("/api/sources").json().get("sources")).isEmpty();
  }

  @Test
  void aFiveMegabyteBodyIsRefusedAndTheServerStillAnswers() throws Exception {
    byte[] big = new byte[5 << 20];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> response =
        api.sendForText(
            HttpRequest.newBuilder(api.uri("/api/sources"))
                .header("Content-Type", "text/x-opml")
                .header("Authorization", "Bearer " + ApiFixture.TOKEN)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
    assertThat(response.statusCode()).isIn(400, 413);
    assertThat(ApiFixture.JSON.readTree(response.body()).get("error").asText()).isNotBlank();
    assertThat(api.get("/health").status()).isEqualTo(200);
    assertThat(api.get("/api/sources").json().get("sources")).isEmpty();
  }
}
