package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.web.ApiFixture.Reply;

/**
 * Stories and copies through the API, over the real pipeline: a wire story carried by two outlets
 * (one crediting the agency), a follow-up, and an unrelated article.
 */
class StoriesApiIT {
  private static final String WIRE =
      "الرياض (واس) - أعلن مجلس الوزراء السعودي في جلسته الأسبوعية اليوم الموافقة على نظام"
          + " جديد للاستثمار يهدف إلى تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير"
          + " الإعلام أن النظام يمنح المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى"
          + " أسبوعين بدلا من ثلاثة أشهر، كما يتيح تحويل الأرباح إلى الخارج دون قيود.";

  @TempDir Path data;
  private ApiFixture api;
  private long wireCopy;
  private long agencyOwn;
  private long other;

  @BeforeEach
  void start() {
    api = new ApiFixture(data, MarsadConfig.defaults());
    wireCopy =
        api.store(
            "https://sky.example/1",
            "سكاي نيوز",
            "السعودية تقر نظاما جديدا للاستثمار",
            WIRE,
            "2024-02-05T09:30:00Z");
    agencyOwn =
        api.store(
            "https://spa.gov.sa/1",
            "SPA",
            "مجلس الوزراء يوافق على نظام الاستثمار",
            WIRE,
            "2024-02-05T10:00:00Z");
    other =
        api.store(
            "https://news.example/3",
            "العربية",
            "موسم الحصاد",
            "بدأ المزارعون في سهول حوران حصاد القمح هذا الأسبوع وسط توقعات بمحصول وفير بعد"
                + " موسم أمطار جيد، وقال مسؤولون إن الأسعار ستعلن قريبا.",
            "2024-02-06T08:00:00Z");
    api.serve();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anArticleNamesItsStoryAndItsCopiesWithTheAgencysOwnAsTheOriginal() throws Exception {
    JsonNode article = api.get("/api/articles/" + wireCopy).json();
    assertThat(article.path("duplicates").path("canonical").asLong()).isEqualTo(agencyOwn);
    assertThat(article.path("duplicates").path("copies").findValuesAsText("source"))
        .containsExactly("SPA");
    assertThat(article.path("story").path("articleCount").asInt()).isEqualTo(2);
    assertThat(article.path("page").path("links").isArray()).isTrue();
    assertThat(article.path("related").findValuesAsText("id"))
        .as("related never lists a copy of the article")
        .doesNotContain(Long.toString(agencyOwn));

    JsonNode alone = api.get("/api/articles/" + other).json();
    assertThat(alone.path("duplicates").isNull()).isTrue();
    assertThat(alone.path("story").path("articleCount").asInt()).isEqualTo(1);
  }

  @Test
  void storiesAreListedBySourcesWithTheirTimeline() throws Exception {
    JsonNode list = api.get("/api/stories?since=2024-01-01&limit=5").json();
    assertThat(list.path("stories")).hasSize(2);
    JsonNode top = list.path("stories").get(0);
    assertThat(ApiFixture.JSON.convertValue(top.path("sources"), List.class))
        .containsExactly("SPA", "سكاي نيوز");
    assertThat(api.get("/api/stories").json().path("stories"))
        .as("the default is the last week")
        .isEmpty();

    JsonNode story = api.get("/api/stories/" + top.path("id").asLong()).json();
    assertThat(story.path("articles").findValuesAsText("id"))
        .containsExactly(Long.toString(wireCopy), Long.toString(agencyOwn));
    assertThat(story.path("timeline")).hasSize(1);
    assertThat(story.path("timeline").get(0).path("day").asText()).isEqualTo("2024-02-05");
    assertThat(story.path("timeline").get(0).path("articles").asInt()).isEqualTo(2);
  }

  @Test
  void unknownStoriesAndBadArgumentsAreNamed() throws Exception {
    assertThat(api.get("/api/stories/987654").status()).isEqualTo(404);
    Reply badSince = api.get("/api/stories?since=yesterday");
    assertThat(badSince.status()).isEqualTo(400);
    assertThat(badSince.json().path("error").asText()).contains("since");
    assertThat(api.get("/api/stories?limit=0").status()).isEqualTo(400);
  }
}
