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
 *
 * <p>The API ({@code /api/...}) takes only {@code Authorization: Bearer <token>}. A page's form
 * (any other path) may instead come from a logged-in {@link PageSessions session}, with that
 * session's token in its {@code csrf} field: no session is 401, a wrong or missing token 403. The
 * login form itself needs neither: it carries the admin token.
 */
final class RequestGuard implements Handler {
  private static final Set<HandlerType> READ_ONLY = Set.of(HandlerType.GET, HandlerType.HEAD);
  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");
  static final String LOGIN = "/login";
  static final String CSRF_FIELD = "csrf";

  private final HostCheck hosts;
  private final AdminToken token;
  private final PageSessions sessions;

  RequestGuard(HostCheck hosts, AdminToken token, PageSessions sessions) {
    this.hosts = hosts;
    this.token = token;
    this.sessions = sessions;
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
    if (token.acceptsAuthorization(ctx.header("Authorization"))) {
      return;
    }
    if (PageRoutes.isPage(ctx)) {
      checkForm(ctx);
      return;
    }
    ctx.header("WWW-Authenticate", "Bearer");
    throw new ApiError(
        HttpStatus.UNAUTHORIZED,
        "this request changes data and needs 'Authorization: Bearer <admin token>' (the token"
            + " is in <data>/"
            + AdminToken.FILE
            + " or server.admin-token)");
  }

  /** A page's form: from a live session, with its CSRF token; the login form is open to all. */
  private void checkForm(Context ctx) {
    if (ctx.path().equals(LOGIN)) {
      return;
    }
    PageSessions.Session session =
        sessions
            .find(ctx.cookie(PageSessions.COOKIE))
            .orElseThrow(
                () ->
                    new ApiError(
                        HttpStatus.UNAUTHORIZED,
                        "this form changes data: log in with the admin token at "
                            + LOGIN
                            + " first"));
    if (!PageSessions.csrfMatches(session, ctx.formParam(CSRF_FIELD))) {
      throw new ApiError(
          HttpStatus.FORBIDDEN,
          "the form's " + CSRF_FIELD + " token does not match your session; reload the page");
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
