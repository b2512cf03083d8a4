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
import org.marsad.web.ApiFixture.Reply;

/**
 * {@code /api/openapi.json} as the running server serves it: a valid enough OpenAPI 3 document
 * (version, info, paths with responses, references that resolve) that describes exactly the {@code
 * /api}, {@code /feeds} and {@code /health} routes the server registered.
 */
class OpenApiIT {
  @TempDir Path data;
  private ApiFixture api;

  @BeforeEach
  void start() {
    api = new ApiFixture(data, MarsadConfig.defaults()).serve();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void theDocumentIsOpenApi3WithResponsesAndResolvableReferences() throws Exception {
    Reply reply = api.get("/api/openapi.json");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    JsonNode doc = reply.json();
    assertThat(doc.path("openapi").asText()).matches("3\\.\\d+\\.\\d+");
    assertThat(doc.path("info").path("title").asText()).isNotBlank();
    assertThat(doc.path("info").path("version").asText()).isNotBlank();
    assertThat(doc.path("paths").size()).isGreaterThan(5);
    List<String> unresolved = new ArrayList<>();
    collectUnresolved(doc, doc, unresolved);
    assertThat(unresolved).as("$ref that point nowhere").isEmpty();
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteRegistered() throws Exception {
    JsonNode doc = api.get("/api/openapi.json").json();
    List<RegisteredRoutes.Route> registered = api.routes();
    assertThat(registered)
        .as("the server's own list, as Javalin reported each route")
        .contains(
            new RegisteredRoutes.Route("GET", "/api/stories/{id}"),
            new RegisteredRoutes.Route("PUT", "/api/sources/{id}/grouping"),
            new RegisteredRoutes.Route("GET", "/api/openapi.json"));
    assertThat(OpenApiCoverage.problems(doc, registered)).isEmpty();
  }

  @Test
  void aRouteAddedWithoutDocumentationOrDocumentedWithoutRouteIsReported() throws Exception {
    JsonNode doc = api.get("/api/openapi.json").json();
    List<RegisteredRoutes.Route> withExtra = new ArrayList<>(api.routes());
    withExtra.add(new RegisteredRoutes.Route("DELETE", "/api/stories/{id}"));
    withExtra.add(new RegisteredRoutes.Route("GET", "/search")); // a page: not the API's
    assertThat(OpenApiCoverage.problems(doc, withExtra))
        .containsExactly(
            "Route[method=DELETE, path=/api/stories/{id}] is registered but not in"
                + " the OpenAPI document");

    List<RegisteredRoutes.Route> without = new ArrayList<>(api.routes());
    without.remove(new RegisteredRoutes.Route("GET", "/api/entities"));
    assertThat(OpenApiCoverage.problems(doc, without))
        .containsExactly("Route[method=GET, path=/api/entities] is documented but not registered");
  }

  /** Adds every {@code $ref} under {@code node} that does not name a node of {@code doc}. */
  private static void collectUnresolved(JsonNode doc, JsonNode node, List<String> unresolved) {
    if (node.isObject() && node.path("$ref").isTextual()) {
      String ref = node.path("$ref").asText();
      if (!ref.startsWith("#/") || doc.at(ref.substring(1)).isMissingNode()) {
        unresolved.add(ref);
      }
    }
    node.forEach(child -> collectUnresolved(doc, child, unresolved));
  }
}
