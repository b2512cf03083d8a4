package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.EntityCanonicalizer;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleText;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.web.ApiFixture.Reply;

/**
 * Entities through the API over a real engine: two articles naming the UN Secretary-General (by his
 * full name, then by his family name alone) and Gaza, enriched as the enrichment stage would
 * (mentions found in the article's text, canonicalized), after the pipeline's own stages ran.
 */
class EntitiesApiIT {
  private static final String FIRST_TITLE = "غوتيريش يدعو إلى وقف إطلاق النار في غزة";
  private static final String FIRST_BODY =
      "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم إلى وقف فوري لإطلاق النار في غزة،"
          + " وقال غوتيريش إن الوضع الإنساني في القطاع كارثي.";
  private static final String SECOND_TITLE = "مجلس الأمن يناقش الوضع في غزة";
  private static final String SECOND_BODY =
      "عقد مجلس الأمن جلسة طارئة بشأن غزة، واستمع الأعضاء إلى إحاطة من غوتيريش حول المساعدات.";

  @TempDir Path data;
  private ApiFixture api;
  private long first;
  private long second;

  @BeforeEach
  void start() {
    api = new ApiFixture(data, MarsadConfig.defaults());
    first =
        api.store(
            "https://un.example/1", "الجزيرة", FIRST_TITLE, FIRST_BODY, "2024-03-01T09:00:00Z");
    second =
        api.store(
            "https://un.example/2", "العربية", SECOND_TITLE, SECOND_BODY, "2024-03-02T09:00:00Z");
    api.serve();
    enrich(first, "internationalNews", "أنطونيو غوتيريش", "غوتيريش", "غزة", "للأمم المتحدة");
    enrich(second, "middleEast", "غوتيريش", "غزة", "مجلس الأمن");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** Finds the names in the article's text as a recognizer would and records the enrichment. */
  private void enrich(long id, String category, String... names) {
    Article article = api.engine.store().article(id).orElseThrow();
    String text = ArticleText.of(article);
    List<EntityMention> mentions = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!taken[at]) {
          mentions.add(new EntityMention(name, type(name), at, at + name.length()));
          java.util.Arrays.fill(taken, at, at + name.length(), true);
        }
      }
    }
    ArticleAnalysis stored =
        api.engine.store().analyses(List.of(id)).getOrDefault(id, ArticleAnalysis.NONE);
    Enrichment enrichment =
        new Enrichment(
            new EntityCanonicalizer().canonicalize(mentions),
            List.of("وقف إطلاق النار"),
            List.of("غوتيريش", "غزة"),
            List.of("كورونا"),
            new Category(category, 0.9));
    api.engine
        .store()
        .putAnalyses(List.of(new AnalyzedArticle(article, stored.withEnrichment(enrichment))));
  }

  private static EntityType type(String name) {
    if (name.contains("غوتيريش")) {
      return EntityType.PERSON;
    }
    return name.equals("غزة") ? EntityType.LOCATION : EntityType.ORGANIZATION;
  }

  @Test
  void anArticleCarriesItsEnrichmentWithSharedEntityIds() throws Exception {
    JsonNode enrichment = api.get("/api/articles/" + first).json().path("enrichment");
    JsonNode guterres = enrichment.path("entities").get(0);
    assertThat(guterres.path("canonical").asText()).isEqualTo("أنطونيو غوتيريش");
    assertThat(guterres.path("type").asText()).isEqualTo("PERSON");
    assertThat(guterres.path("count").asInt()).isEqualTo(3);
    assertThat(ApiFixture.JSON.convertValue(guterres.path("variants"), List.class))
        .containsExactlyInAnyOrder("غوتيريش", "أنطونيو غوتيريش");
    String text = ArticleText.of(FIRST_TITLE, FIRST_BODY);
    assertThat(text.substring(guterres.path("start").asInt(), guterres.path("end").asInt()))
        .isEqualTo("غوتيريش");
    assertThat(enrichment.path("entities").findValuesAsText("canonical"))
        .contains("غزة", "الأمم المتحدة");
    assertThat(enrichment.path("keywords").get(0).asText()).isEqualTo("وقف إطلاق النار");
    assertThat(enrichment.path("genericPageTags").get(0).asText()).isEqualTo("كورونا");
    assertThat(enrichment.path("category").path("label").asText()).isEqualTo("internationalNews");
    assertThat(enrichment.path("category").path("score").asDouble()).isEqualTo(0.9);

    JsonNode other = api.get("/api/articles/" + second).json().path("enrichment");
    JsonNode person = other.path("entities").get(2);
    assertThat(person.path("type").asText()).isEqualTo("PERSON");
    assertThat(person.path("id").asLong())
        .as("'غوتيريش' alone in another article is the one stored person with that name part")
        .isEqualTo(guterres.path("id").asLong());
    assertThat(person.path("canonical").asText()).isEqualTo("أنطونيو غوتيريش");
    assertThat(ApiFixture.JSON.convertValue(person.path("variants"), List.class))
        .as("the article's own spellings")
        .containsExactly("غوتيريش");
  }

  @Test
  void entitiesAreListedBySpellingAndTypeMostNamedFirst() throws Exception {
    JsonNode all = api.get("/api/entities").json().path("entities");
    assertThat(all.findValuesAsText("canonical"))
        .as("by articles, then mentions: the Security Council is named twice, the UN once")
        .containsExactly("أنطونيو غوتيريش", "غزة", "مجلس الأمن", "الأمم المتحدة");
    assertThat(all.get(0).path("articleCount").asInt()).isEqualTo(2);
    assertThat(all.get(0).path("mentionCount").asInt()).isEqualTo(4);

    JsonNode byFamilyName =
        api.get("/api/entities?q=%D8%BA%D9%88%D8%AA%D9%8A%D8%B1%D9%8A%D8%B4").json();
    assertThat(byFamilyName.path("entities").findValuesAsText("canonical"))
        .containsExactly("أنطونيو غوتيريش");
    JsonNode places = api.get("/api/entities?type=loc&limit=5").json();
    assertThat(places.path("entities").findValuesAsText("canonical")).containsExactly("غزة");
    assertThat(api.get("/api/entities?limit=1").json().path("entities")).hasSize(1);
  }

  @Test
  void anEntityShowsItsDaysStoriesCompanyAndArticles() throws Exception {
    long id =
        api.get("/api/entities?type=PERSON").json().path("entities").get(0).path("id").asLong();
    JsonNode entity = api.get("/api/entities/" + id).json();
    assertThat(entity.path("canonical").asText()).isEqualTo("أنطونيو غوتيريش");
    assertThat(entity.path("mentionsByDay").findValuesAsText("day"))
        .containsExactly("2024-03-01", "2024-03-02");
    assertThat(entity.path("mentionsByDay").get(0).path("mentions").asInt()).isEqualTo(3);
    assertThat(entity.path("stories").findValuesAsText("articleCount")).isNotEmpty();
    assertThat(entity.path("coOccurring").get(0).path("canonical").asText()).isEqualTo("غزة");
    assertThat(entity.path("coOccurring").get(0).path("sharedArticles").asInt()).isEqualTo(2);
    assertThat(entity.path("articles").findValuesAsText("id"))
        .containsExactly(Long.toString(second), Long.toString(first));
  }

  @Test
  void unknownEntitiesAndBadArgumentsAreNamed() throws Exception {
    Reply unknown = api.get("/api/entities/987654");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("error").asText()).contains("987654");
    Reply badType = api.get("/api/entities?type=PLANET");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.json().path("error").asText()).contains("PLANET");
    assertThat(api.get("/api/entities?limit=0").status()).isEqualTo(400);
    assertThat(api.get("/api/entities/abc").status()).isEqualTo(400);
  }
}
