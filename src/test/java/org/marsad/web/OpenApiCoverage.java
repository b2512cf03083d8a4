package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What differs between an OpenAPI document and the routes a server registered, for the paths the
 * document must describe ({@code /api}, {@code /feeds}, {@code /health}).
 */
final class OpenApiCoverage {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private OpenApiCoverage() {}

  /** Whether the document must describe this path. */
  static boolean documented(String path) {
    return path.equals("/health") || path.startsWith("/api/") || path.startsWith("/feeds/");
  }

  /** Every mismatch, one line each; empty when the document and the routes agree. */
  static List<String> problems(JsonNode document, List<RegisteredRoutes.Route> registered) {
    Set<RegisteredRoutes.Route> routes = new LinkedHashSet<>();
    registered.stream().filter(r -> documented(r.path())).forEach(routes::add);
    List<String> problems = new ArrayList<>();
    Set<RegisteredRoutes.Route> described = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        RegisteredRoutes.Route route =
            new RegisteredRoutes.Route(op.getKey().toUpperCase(Locale.ROOT), path.getKey());
        described.add(route);
        if (!routes.contains(route)) {
          problems.add(route + " is documented but not registered");
        }
        problems.addAll(operationProblems(route, op.getValue()));
      }
    }
    for (RegisteredRoutes.Route route : routes) {
      if (!described.contains(route)) {
        problems.add(route + " is registered but not in the OpenAPI document");
      }
    }
    return problems;
  }

  /** An operation must answer something and declare each of its path's parameters. */
  private static List<String> operationProblems(RegisteredRoutes.Route route, JsonNode op) {
    List<String> problems = new ArrayList<>();
    if (!op.path("responses").isObject() || op.path("responses").isEmpty()) {
      problems.add(route + " has no responses");
    }
    Matcher m = PATH_PARAMETER.matcher(route.path());
    while (m.find()) {
      boolean declared = false;
      for (JsonNode p : op.path("parameters")) {
        declared |=
            p.path("in").asText().equals("path") && p.path("name").asText().equals(m.group(1));
      }
      if (!declared) {
        problems.add(route + " does not declare its path parameter " + m.group(1));
      }
    }
    return problems;
  }
}
