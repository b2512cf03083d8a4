package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.model.ArticleAnalysis;
import org.marsad.testing.Reliability;
import org.marsad.web.ApiFixture.Reply;

/** The saved-search API and the Atom feeds over a real server and engine. */
class SavedApiIT {
  private static final String HOSTILE_TITLE =
      "<script>alert(1)</script> غزة <img src=x onerror=alert(2)> & \"quotes\"";

  @TempDir Path data;
  private ApiFixture api;

  @AfterEach
  void close() {
    if (api != null) {
      api.close();
    }
  }

  private Reply post(String path, String body, boolean withToken) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (withToken) {
      request.header("Authorization", "Bearer " + ApiFixture.TOKEN);
    }
    return api.send(request);
  }

  private static String saveBody(String name, String query, String webhook) {
    return ApiFixture.JSON
        .createObjectNode()
        .put("name", name)
        .put("query", query)
        .put("webhook", webhook)
        .toString();
  }

  @Test
  void savedSearchesAreAddedListedAndRemovedWithTheToken() throws Exception {
    api = new ApiFixture(data, MarsadConfig.defaults().with("pipeline.stages", "")).serve();
    String webhook = "https://hooks.example/services/T000/B000/SECRETPART";
    assertThat(post("/api/saved", saveBody("غزة", "غزة", webhook), false).status())
        .as("no token")
        .isEqualTo(401);
    Reply created = post("/api/saved", saveBody("غزة", "غزة -رياضة", webhook), true);
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("query").asText()).isEqualTo("غزة -رياضة");
    assertThat(created.json().get("feedPath").asText())
        .isEqualTo(AtomFeeds.searchFeedPath("غزة -رياضة"));

    Reply list = api.get("/api/saved");
    assertThat(list.json().get("saved")).hasSize(1);
    JsonNode listed = list.json().get("saved").get(0);
    assertThat(listed.get("webhookHost").asText()).isEqualTo("hooks.example");
    assertThat(list.json().toString())
        .as("the webhook's secret path is not shown")
        .doesNotContain("SECRETPART");
    assertThat(api.get("/api/saved/" + id).json().get("name").asText()).isEqualTo("غزة");
    Reply log = api.get("/api/saved/" + id + "/deliveries");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.json().get("deliveries")).isEmpty();

    HttpRequest.Builder delete = HttpRequest.newBuilder(api.uri("/api/saved/" + id)).DELETE();
    assertThat(api.sendForText(delete).statusCode()).as("no token").isEqualTo(401);
    delete.header("Authorization", "Bearer " + ApiFixture.TOKEN);
    assertThat(api.sendForText(delete).statusCode()).isEqualTo(204);
    assertThat(api.sendForText(delete).statusCode()).isEqualTo(404);
    assertThat(api.get("/api/saved/" + id).status()).isEqualTo(404);
    assertThat(api.get("/api/saved/x").status()).isEqualTo(400);
  }

  @Test
  void badQueriesAndPrivateWebhooksAreRefusedWith400NamingWhy() throws Exception {
    api = new ApiFixture(data, MarsadConfig.defaults().with("pipeline.stages", "")).serve();
    List<String> webhooks =
        List.of(
            api.uri("/api/sources").toString(),
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:9/hook",
            "http://192.168.1.10/hook");
    for (String webhook : webhooks) {
      Reply refused = post("/api/saved", saveBody("x", "غزة", webhook), true);
      assertThat(refused.status()).as(webhook).isEqualTo(400);
      assertThat(refused.json().get("error").asText())
          .as(webhook)
          .contains(webhook)
          .contains("private")
          .contains("allow-private-networks");
    }
    Reply badQuery = post("/api/saved", saveBody("x", "غزة from:2026-02-30", null), true);
    assertThat(badQuery.status()).isEqualTo(400);
    assertThat(badQuery.json().get("error").asText()).contains("2026-02-30");
    assertThat(post("/api/saved", "{\"name\": 3}", true).status()).isEqualTo(400);
    assertThat(post("/api/saved", "not json", true).status()).isEqualTo(400);
    assertThat(api.get("/api/saved").json().get("saved")).isEmpty();
    api.close();

    api =
        new ApiFixture(
                data,
                MarsadConfig.defaults()
                    .with("pipeline.stages", "")
                    .with("fetch.allow-private-networks", "true"))
            .serve();
    for (String webhook : webhooks) {
      assertThat(post("/api/saved", saveBody("x", "غزة", webhook), true).status())
          .as(webhook)
          .isEqualTo(201);
    }
    Reliability.record(
        "security",
        "SavedApiIT.badQueriesAndPrivateWebhooksAreRefusedWith400NamingWhy",
        "POST /api/saved with webhooks on the API itself, cloud metadata, [::1], 192.168/16, and a"
            + " query with an impossible date",
        "400 naming the address and the switch (or the date); nothing saved; 201 when private"
            + " networks are allowed",
        webhooks.size()
            + " of "
            + webhooks.size()
            + " webhooks refused, 1 of 1 query refused, "
            + webhooks.size()
            + " accepted when allowed");
  }

  @Test
  void atomFeedsAreValidMatchTheSearchAndCarryHostileTitlesAsText() throws Exception {
    api = new ApiFixture(data, MarsadConfig.defaults());
    long older =
        api.store(
            "https://a.example/1",
            "الجزيرة",
            "غزة: وقف إطلاق النار",
            "نص عن غزة",
            "2026-11-28T08:00:00Z");
    long hostile =
        api.store(
            "https://b.example/2",
            "العربية",
            HOSTILE_TITLE + "\u0001\u0008",
            "<p onclick=x>نص</p> عن غزة",
            "2026-11-29T08:00:00Z");
    long other =
        api.store(
            "https://c.example/3", "الحرة", "أسعار النفط", "نص عن النفط", "2026-11-30T08:00:00Z");
    api.serve();

    HttpResponse<String> response =
        api.sendForText(HttpRequest.newBuilder(api.uri(AtomFeeds.searchFeedPath("غزة"))).GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/atom+xml; charset=utf-8");
    String xml = response.body();
    assertThat(xml).doesNotContain("<script").doesNotContain("<img").doesNotContain("<p ");
    SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getUri)
        .as("matching articles only, newest first")
        .containsExactly(
            api.uri("/articles/" + hostile).toString(), api.uri("/articles/" + older).toString());
    SyndEntry first = feed.getEntries().get(0);
    assertThat(first.getTitle()).isEqualTo(HOSTILE_TITLE);
    assertThat(first.getDescription().getValue()).isEqualTo("نص عن غزة");
    assertThat(first.getLinks())
        .extracting(SyndLink::getRel, SyndLink::getHref)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "alternate", api.uri("/articles/" + hostile).toString()),
            org.assertj.core.groups.Tuple.tuple("related", "https://b.example/2"));
    assertThat(first.getUpdatedDate().toInstant()).hasToString("2026-11-29T08:00:00Z");
    assertThat(feed.getPublishedDate().toInstant()).hasToString("2026-11-29T08:00:00Z");

    long story =
        api.engine
            .store()
            .analyses(List.of(other))
            .getOrDefault(other, ArticleAnalysis.NONE)
            .story();
    assertThat(story).isPositive();
    HttpResponse<String> storyFeed =
        api.sendForText(HttpRequest.newBuilder(api.uri("/feeds/story/" + story)).GET());
    assertThat(storyFeed.statusCode()).isEqualTo(200);
    SyndFeed parsedStory = new SyndFeedInput().build(new StringReader(storyFeed.body()));
    assertThat(parsedStory.getEntries())
        .extracting(SyndEntry::getUri)
        .containsExactly(api.uri("/articles/" + other).toString());
    assertThat(api.get("/feeds/story/999999").status()).isEqualTo(404);
    Reliability.record(
        "hostile-web",
        "SavedApiIT.atomFeedsAreValidMatchTheSearchAndCarryHostileTitlesAsText",
        "an article titled with <script>, onerror= and quotes and control characters, its body"
            + " in markup, served in /feeds/search and read back with Rome",
        "valid Atom 1.0; the title comes back as the same text; no markup or unsafe character in"
            + " the XML; only matching articles, newest first",
        feed.getEntries().size()
            + " of 2 matching entries, "
            + xml.length()
            + " bytes of Atom, 0"
            + " tags from the feed's text");
  }
}
