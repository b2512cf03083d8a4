package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Runs before every route and refuses what a web page in the user's browser could send: a foreign
 * {@code Host} (DNS rebinding, 421), a CORS preflight (403, with no {@code Access-Control-Allow-*}
 * header, so the browser refuses the cross-origin request), and, for every method that changes
 * state, a foreign {@code Origin} or {@code Sec-Fetch-Site} (403) or a missing or wrong admin token
 * (401). GET and HEAD are read-only and need no token.
 */
final class RequestGuard implements Handler {
  private static final Set<HandlerType> READ_ONLY = Set.of(HandlerType.GET, HandlerType.HEAD);
  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

  private final HostCheck hosts;
  private final AdminToken token;

  RequestGuard(HostCheck hosts, AdminToken token) {
    this.hosts = hosts;
    this.token = token;
  }

  @Override
  public void handle(Context ctx) {
    String host = ctx.header("Host");
    if (!hosts.allows(host)) {
      throw new ApiError(
          HttpStatus.MISDIRECTED_REQUEST,
          "this server does not answer to the host name '"
              + host
              + "'; add it to server.allowed-hosts to allow it");
    }
    if (ctx.method() == HandlerType.OPTIONS) {
      throw new ApiError(
          HttpStatus.FORBIDDEN, "cross-origin requests are refused: this API allows no CORS");
    }
    if (READ_ONLY.contains(ctx.method())) {
      return;
    }
    String origin = ctx.header("Origin");
    if (origin != null && !host.equalsIgnoreCase(authority(origin))) {
      throw new ApiError(
          HttpStatus.FORBIDDEN, "requests from another origin are refused: " + origin);
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !OWN_FETCH_SITES.contains(site.strip().toLowerCase(Locale.ROOT))) {
      throw new ApiError(
          HttpStatus.FORBIDDEN,
          "requests from another site are refused (Sec-Fetch-Site: " + site + ")");
    }
    if (!token.acceptsAuthorization(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(
          HttpStatus.UNAUTHORIZED,
          "this request changes data and needs 'Authorization: Bearer <admin token>' (the token"
              + " is in <data>/"
              + AdminToken.FILE
              + " or server.admin-token)");
    }
  }

  /**
   * The {@code host[:port]} of an Origin header, compared with the Host header rather than the
   * whole origin, so that a TLS proxy in front (https outside, http here) does not refuse the
   * server's own page; empty when the origin is not a URL ({@code null}, garbage).
   */
  private static String authority(String origin) {
    try {
      String authority = new URI(origin.strip()).getRawAuthority();
      return authority == null ? "" : authority;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
