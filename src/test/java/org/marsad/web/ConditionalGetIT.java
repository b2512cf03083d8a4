package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;

/**
 * ETag / If-None-Match on the API over a real engine and server: a tagged 200, a 304 without a body
 * for the same tag, a new tag once the data changed, and no tag on errors or state changes.
 */
class ConditionalGetIT {
  @TempDir Path data;
  private ApiFixture api;

  @BeforeEach
  void start() {
    api = new ApiFixture(data, MarsadConfig.defaults());
    api.store(
        "https://news.example/1",
        "العربية",
        "موسم الحصاد في حوران",
        "بدأ المزارعون في سهول حوران حصاد القمح هذا الأسبوع وسط توقعات بمحصول وفير.",
        "2024-02-06T08:00:00Z");
    api.serve();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aJsonGetIsTaggedAndTheSameTagGets304WithoutABody() throws Exception {
    HttpResponse<String> first = get("/api/search?q=" + encoded("القمح"), null);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(first.body()).contains("\"total\":1");

    HttpResponse<String> again = get("/api/search?q=" + encoded("القمح"), etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);

    assertThat(get("/api/search?q=" + encoded("القمح"), "W/" + etag).statusCode())
        .as("a weak form of the tag matches too")
        .isEqualTo(304);
    assertThat(get("/api/search?q=" + encoded("القمح"), "\"stale\"").statusCode()).isEqualTo(200);
    assertThat(get("/api/search?q=" + encoded("حوران"), etag).statusCode())
        .as("another answer has another tag")
        .isEqualTo(200);
  }

  @Test
  void aChangeInTheDataChangesTheTag() throws Exception {
    String path = "/api/search?q=" + encoded("القمح");
    String before = get(path, null).headers().firstValue("ETag").orElseThrow();
    String storiesBefore = get("/api/stories?since=3000d", null).headers().firstValue("ETag").get();
    api.store(
        "https://news.example/2",
        "الجزيرة",
        "أسعار القمح ترتفع",
        "ارتفعت أسعار القمح في الأسواق المحلية بعد موسم الحصاد في سهول حوران.",
        "2024-02-07T08:00:00Z");
    api.engine.catchUpIndex();

    HttpResponse<String> after = get(path, before);
    assertThat(after.statusCode()).as("the old tag no longer matches").isEqualTo(200);
    assertThat(after.body()).contains("\"total\":2");
    assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
    assertThat(get("/api/stories?since=3000d", storiesBefore).statusCode()).isEqualTo(200);
  }

  @Test
  void everyJsonGetRouteIsTaggedButNotErrorsNorStateChanges() throws Exception {
    for (String path :
        new String[] {
          "/health",
          "/api/stories",
          "/api/stories/1",
          "/api/articles/1",
          "/api/entities",
          "/api/sources",
          "/api/openapi.json"
        }) {
      HttpResponse<String> reply = get(path, null);
      assertThat(reply.statusCode()).as(path).isEqualTo(200);
      String etag = reply.headers().firstValue("ETag").orElse(null);
      assertThat(etag).as(path).isNotNull();
      assertThat(get(path, etag).statusCode()).as(path).isEqualTo(304);
    }
    HttpResponse<String> missing = get("/api/articles/999", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("ETag")).isEmpty();
    assertThat(get("/api/articles/999", "*").statusCode())
        .as("If-None-Match: * does not turn a 404 into a 304")
        .isEqualTo(404);

    HttpResponse<String> added =
        api.sendForText(
            HttpRequest.newBuilder(api.uri("/api/sources"))
                .header("Authorization", "Bearer " + ApiFixture.TOKEN)
                .header("Content-Type", "application/json")
                .header("If-None-Match", "*")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"https://feeds.example/rss\"}")));
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(added.headers().firstValue("ETag")).isEmpty();
  }

  private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return api.sendForText(request);
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
