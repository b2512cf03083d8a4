package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Article;
import org.marsad.pipeline.Engine;
import org.marsad.testing.FakeResolver;

/**
 * Stories and copies through the API, over the real pipeline: a wire story carried by two outlets
 * (one crediting the agency), a follow-up, and an unrelated article.
 */
class StoriesApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WIRE =
      "الرياض (واس) - أعلن مجلس الوزراء السعودي في جلسته الأسبوعية اليوم الموافقة على نظام"
          + " جديد للاستثمار يهدف إلى تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير"
          + " الإعلام أن النظام يمنح المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى"
          + " أسبوعين بدلا من ثلاثة أشهر، كما يتيح تحويل الأرباح إلى الخارج دون قيود.";

  @TempDir Path data;
  private Engine engine;
  private ApiServer server;
  private URI base;
  private final HttpClient client = HttpClient.newHttpClient();
  private long wireCopy;
  private long agencyOwn;
  private long other;

  @BeforeEach
  void start() {
    engine = Engine.open(data, MarsadConfig.defaults(), new FakeResolver());
    wireCopy =
        store(
            "https://sky.example/1",
            "سكاي نيوز",
            "السعودية تقر نظاما جديدا للاستثمار",
            WIRE,
            "2024-02-05T09:30:00Z");
    agencyOwn =
        store(
            "https://spa.gov.sa/1",
            "SPA",
            "مجلس الوزراء يوافق على نظام الاستثمار",
            WIRE,
            "2024-02-05T10:00:00Z");
    other =
        store(
            "https://news.example/3",
            "العربية",
            "موسم الحصاد",
            "بدأ المزارعون في سهول حوران حصاد القمح هذا الأسبوع وسط توقعات بمحصول وفير بعد"
                + " موسم أمطار جيد، وقال مسؤولون إن الأسعار ستعلن قريبا.",
            "2024-02-06T08:00:00Z");
    engine.catchUpIndex();
    server = new ApiServer(engine, AdminToken.of("test-token-0123456789-abcdefghijklmnop"));
    base = URI.create("http://127.0.0.1:" + server.start("127.0.0.1", 0));
  }

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  private long store(String url, String source, String title, String body, String published) {
    return engine
        .store()
        .upsert(
            new Article(
                0,
                url,
                null,
                0,
                source,
                title,
                body,
                null,
                Instant.parse(published),
                null,
                null,
                null,
                List.of()))
        .id();
  }

  private record Reply(int status, JsonNode json) {}

  private Reply get(String path) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(response.statusCode(), JSON.readTree(response.body()));
  }

  @Test
  void anArticleNamesItsStoryAndItsCopiesWithTheAgencysOwnAsTheOriginal() throws Exception {
    JsonNode article = get("/api/articles/" + wireCopy).json();
    assertThat(article.path("duplicates").path("canonical").asLong()).isEqualTo(agencyOwn);
    assertThat(article.path("duplicates").path("copies").findValuesAsText("source"))
        .containsExactly("SPA");
    assertThat(article.path("story").path("articleCount").asInt()).isEqualTo(2);
    assertThat(article.path("page").path("links").isArray()).isTrue();

    JsonNode alone = get("/api/articles/" + other).json();
    assertThat(alone.path("duplicates").isNull()).isTrue();
    assertThat(alone.path("story").path("articleCount").asInt()).isEqualTo(1);
  }

  @Test
  void storiesAreListedBySourcesWithTheirTimeline() throws Exception {
    JsonNode list = get("/api/stories?since=2024-01-01&limit=5").json();
    assertThat(list.path("stories")).hasSize(2);
    JsonNode top = list.path("stories").get(0);
    assertThat(JSON.convertValue(top.path("sources"), List.class))
        .containsExactly("SPA", "سكاي نيوز");
    assertThat(get("/api/stories").json().path("stories"))
        .as("the default is the last week")
        .isEmpty();

    JsonNode story = get("/api/stories/" + top.path("id").asLong()).json();
    assertThat(story.path("articles").findValuesAsText("id"))
        .containsExactly(Long.toString(wireCopy), Long.toString(agencyOwn));
    assertThat(story.path("timeline")).hasSize(1);
    assertThat(story.path("timeline").get(0).path("day").asText()).isEqualTo("2024-02-05");
    assertThat(story.path("timeline").get(0).path("articles").asInt()).isEqualTo(2);
  }

  @Test
  void unknownStoriesAndBadArgumentsAreNamed() throws Exception {
    assertThat(get("/api/stories/987654").status()).isEqualTo(404);
    Reply badSince = get("/api/stories?since=yesterday");
    assertThat(badSince.status()).isEqualTo(400);
    assertThat(badSince.json().path("error").asText()).contains("since");
    assertThat(get("/api/stories?limit=0").status()).isEqualTo(400);
  }
}
