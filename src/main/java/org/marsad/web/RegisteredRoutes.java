package org.marsad.web;

import io.javalin.event.HandlerMetaInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The routes a server registered (method and path as given to Javalin), learnt from Javalin's
 * handler-added events, so every route class that registers on the same app is listed without a
 * hand-kept copy: the OpenAPI test compares this list with {@code /api/openapi.json}.
 */
final class RegisteredRoutes implements Consumer<HandlerMetaInfo> {
  /**
   * One route.
   *
   * @param method upper case, as in HTTP ({@code GET}, {@code POST}...)
   * @param path Javalin's path, path parameters in braces ({@code /api/stories/{id}})
   */
  record Route(String method, String path) {}

  private final List<Route> routes = new ArrayList<>();

  @Override
  public synchronized void accept(HandlerMetaInfo info) {
    if (info.getHttpMethod().isHttpMethod()) {
      routes.add(new Route(info.getHttpMethod().name().toUpperCase(Locale.ROOT), info.getPath()));
    }
  }

  /** The routes registered so far, in registration order. */
  synchronized List<Route> list() {
    return List.copyOf(routes);
  }
}
