package org.marsad.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages' admin sessions, in memory: logging in with the {@link AdminToken} opens one, known by
 * a random id the browser keeps in an HttpOnly, SameSite=Strict cookie; each carries its own CSRF
 * token that every state-changing form must send back. A session ends after {@code ttl}, at logout,
 * or when a server restart forgets it. At most {@value #MAX_SESSIONS} are kept (the oldest is
 * dropped first), so logging in in a loop cannot fill the memory. Thread-safe.
 */
final class PageSessions {
  static final String COOKIE = "marsad_session";
  static final int MAX_SESSIONS = 1000;

  /** One open session. */
  record Session(String id, String csrfToken, Instant expires) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Duration ttl;
  private final Clock clock;

  PageSessions(Duration ttl, Clock clock) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the session lifetime must be positive, not " + ttl);
    }
    this.ttl = ttl;
    this.clock = clock;
  }

  Duration ttl() {
    return ttl;
  }

  /** Opens a session for a reader who just proved they hold the admin token. */
  synchronized Session open() {
    Instant now = clock.instant();
    dropExpired(now);
    while (sessions.size() >= MAX_SESSIONS) {
      Iterator<String> oldest = sessions.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    Session session = new Session(randomId(), randomId(), now.plus(ttl));
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session with this id; empty for null, unknown or expired ids. */
  synchronized Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = sessions.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(session.expires())) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  synchronized void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** Whether a form's {@code csrf} field is this session's token; compared in constant time. */
  static boolean csrfMatches(Session session, String sent) {
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8));
  }

  private void dropExpired(Instant now) {
    sessions.values().removeIf(s -> !now.isBefore(s.expires()));
  }

  private String randomId() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
