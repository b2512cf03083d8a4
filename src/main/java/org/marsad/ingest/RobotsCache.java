package org.marsad.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt per host, parsed by crawler-commons (RFC 9309: User-agent groups, longest-match
 * Allow/Disallow, {@code *} and {@code $} wildcards, Crawl-delay) and cached for a TTL.
 * Thread-safe; concurrent first requests to one host load its robots.txt once.
 *
 * <p>Per RFC 9309: a robots.txt that is "unavailable" (4xx, too many redirects, a refused address)
 * allows everything; one that is "unreachable" (5xx, timeout, connection error) disallows
 * everything for now. Unreachable is cached for {@link #FAILURE_TTL} only, so a brief outage does
 * not block a feed for a day.
 */
final class RobotsCache {
  static final Duration FAILURE_TTL = Duration.ofMinutes(10);

  /** What robots.txt says for one host. */
  record Rules(BaseRobotRules rules, FetchResult fetch, Instant expires) {

    /** True when robots.txt could not be read (5xx, timeout, connection error). */
    boolean unreachable() {
      return isUnreachable(fetch);
    }
  }

  private static boolean isUnreachable(FetchResult fetch) {
    return fetch.outcome() == FetchOutcome.FAILED && fetch.failure().retryable();
  }

  private final Duration ttl;
  private final Clock clock;
  private final Function<URI, FetchResult> loader;
  private final List<String> robotNames;
  private final ConcurrentHashMap<String, Slot> hosts = new ConcurrentHashMap<>();

  /**
   * @param userAgent our User-Agent; its product token (before the first '/' or space) is the name
   *     matched against {@code User-agent:} lines
   * @param loader fetches a robots.txt URL (following redirects, not checking robots itself)
   */
  RobotsCache(String userAgent, Duration ttl, Clock clock, Function<URI, FetchResult> loader) {
    this.ttl = ttl;
    this.clock = clock;
    this.loader = loader;
    this.robotNames = List.of(productToken(userAgent));
  }

  static String productToken(String userAgent) {
    String token = userAgent.trim().split("[/\\s]", 2)[0];
    return token.toLowerCase(Locale.ROOT);
  }

  /** The rules for {@code url}'s scheme, host and port, loaded when absent or expired. */
  Rules rulesFor(URI url) {
    String origin = origin(url);
    return hosts.computeIfAbsent(origin, k -> new Slot()).get(URI.create(origin + "/robots.txt"));
  }

  private static String origin(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (url.getPort() == -1 ? "" : ":" + url.getPort());
  }

  private final class Slot {
    private Rules rules;

    synchronized Rules get(URI robotsUrl) {
      Instant now = clock.instant();
      if (rules == null || !now.isBefore(rules.expires())) {
        rules = load(robotsUrl, now);
      }
      return rules;
    }

    private Rules load(URI robotsUrl, Instant now) {
      FetchResult fetch = loader.apply(robotsUrl);
      BaseRobotRules parsed;
      if (fetch.ok()) {
        parsed =
            new SimpleRobotRulesParser()
                .parseContent(robotsUrl.toString(), fetch.body(), fetch.contentType(), robotNames);
      } else {
        parsed =
            new SimpleRobotRules(
                isUnreachable(fetch) ? RobotRulesMode.ALLOW_NONE : RobotRulesMode.ALLOW_ALL);
      }
      boolean keepBriefly = isUnreachable(fetch) && FAILURE_TTL.compareTo(ttl) < 0;
      return new Rules(parsed, fetch, now.plus(keepBriefly ? FAILURE_TTL : ttl));
    }
  }
}
