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
import org.marsad.testing.Reliability;
import org.marsad.web.ApiFixture.Reply;

/**
 * {@code limit} and {@code offset} on the list routes over a real engine: pages that together are
 * the whole list in order, a page past the end that is empty, and one 400 wording for bad values.
 */
class PagingApiIT {
  private static final String[][] TOPICS = {
    {"موسم الحصاد في سوريا", "قال وزير الزراعة السوري محمد حسان قطنا في دمشق إن حصاد القمح بدأ."},
    {"افتتاح معرض القاهرة للكتاب", "افتتح الرئيس المصري عبد الفتاح السيسي معرض القاهرة للكتاب."},
    {"منتخب المغرب يفوز", "فاز منتخب المغرب على منتخب تونس في الرباط بثلاثة أهداف."},
    {
      "ارتفاع أسعار الذهب في دبي",
      "قال مسؤول في البنك المركزي الإماراتي في دبي إن أسعار الذهب ارتفعت."
    },
    {
      "أمطار غزيرة في بيروت",
      "أعلن رئيس الحكومة اللبنانية نجيب ميقاتي إغلاق المدارس في بيروت وطرابلس."
    }
  };

  @TempDir Path data;
  private ApiFixture api;

  @BeforeEach
  void start() {
    api = new ApiFixture(data, MarsadConfig.defaults());
    for (int i = 0; i < TOPICS.length; i++) {
      api.store(
          "https://news.example/" + i,
          "مصدر " + i,
          TOPICS[i][0],
          TOPICS[i][1],
          "2024-02-0" + (i + 1) + "T08:00:00Z");
      api.engine.sources().add("https://feeds" + i + ".example/rss", "مصدر " + i);
    }
    api.serve();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void pagesOfStoriesAndSourcesAddUpToTheWholeList() throws Exception {
    for (String route : List.of("/api/stories?since=3000d&", "/api/sources?")) {
      String field = route.startsWith("/api/stories") ? "stories" : "sources";
      List<String> whole = ids(api.get(route + "limit=50").json().path(field));
      assertThat(whole).as(route).hasSize(TOPICS.length);
      List<String> paged = new ArrayList<>();
      for (int offset = 0; offset < whole.size(); offset += 2) {
        JsonNode page = api.get(route + "limit=2&offset=" + offset).json();
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("offset").asInt()).isEqualTo(offset);
        paged.addAll(ids(page.path(field)));
      }
      assertThat(paged).as(route + " pages in order").isEqualTo(whole);
      assertThat(api.get(route + "offset=" + whole.size()).json().path(field).size())
          .as(route + " past the end")
          .isZero();
    }
    assertThat(api.get("/api/sources").json().path("total").asInt()).isEqualTo(TOPICS.length);
  }

  @Test
  void entitiesPageTheSameWay() throws Exception {
    List<String> whole = ids(api.get("/api/entities?limit=500").json().path("entities"));
    assertThat(whole).as("the enrich stage named places and people").hasSizeGreaterThan(3);
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset <= whole.size(); offset += 3) {
      paged.addAll(ids(api.get("/api/entities?limit=3&offset=" + offset).json().path("entities")));
    }
    assertThat(paged).isEqualTo(whole);
  }

  @Test
  void badLimitsAndOffsetsGetOne400Wording() throws Exception {
    String[][] cases = {
      {"/api/stories?offset=-1", "offset must be 0..10000, not -1"},
      {"/api/stories?offset=10001", "offset must be 0..10000, not 10001"},
      {"/api/entities?offset=x", "offset must be a whole number, not 'x'"},
      {"/api/entities?limit=0", "limit must be 1..500, not 0"},
      {"/api/sources?limit=501", "limit must be 1..500, not 501"},
      {"/api/sources?offset=1e3", "offset must be a whole number, not '1e3'"}
    };
    for (String[] c : cases) {
      Reply reply = api.get(c[0]);
      assertThat(reply.status()).as(c[0]).isEqualTo(400);
      assertThat(reply.json().path("error").asText()).as(c[0]).isEqualTo(c[1]);
    }
    Reliability.record(
        "bad-input",
        "PagingApiIT.badLimitsAndOffsetsGetOne400Wording",
        cases.length + " bad limit/offset values on 3 list routes",
        "each gets 400 with {\"error\"} naming the parameter, its range and the value sent",
        cases.length + " of " + cases.length + " answered 400 with the expected message");
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
