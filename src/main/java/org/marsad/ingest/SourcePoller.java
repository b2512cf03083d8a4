package org.marsad.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Source;
import org.marsad.model.SourceState;

/**
 * Polls one source: conditional fetch, parse, new items, next state. Never throws for trouble with
 * the source; thread-safe (state is passed in and returned, not kept).
 *
 * <p><b>Adaptive interval.</b> The interval in force is recovered from the state itself: after a
 * successful poll the state holds {@code nextAttempt = lastSuccess + interval}. A poll that brings
 * new items multiplies it by 2/3; a poll without new items (or a 304) multiplies it by 3/2. The two
 * factors cancel, so the interval settles where about half of the polls find something new, that is
 * near the source's typical gap between publications. It stays between a floor and {@code
 * maxInterval}: the floor is the source's own {@code pollInterval} when set ("polled at most that
 * often"), else {@code minInterval}. A source without history starts at its {@code pollInterval},
 * else at {@code defaultInterval}.
 *
 * <p><b>Failures</b> back off exponentially: the n-th consecutive failure waits start interval x
 * 2^(n-1), capped at {@code maxBackoff}. Validators (ETag, Last-Modified) are kept across failures
 * and replaced only by a 200 that parsed as a feed.
 */
public final class SourcePoller {
  private static final double BUSIER = 2.0 / 3.0;
  private static final double QUIETER = 3.0 / 2.0;
  private static final int MAX_MESSAGE_PROBLEMS = 3;

  private final Fetcher fetcher;
  private final FeedParser parser;
  private final SeenItems seen;
  private final PollingConfig config;

  /** Child sitemaps of an index read per poll: news sites list their newest sitemaps first. */
  static final int MAX_CHILD_SITEMAPS = 5;

  private final Clock clock;

  public SourcePoller(
      Fetcher fetcher, FeedParser parser, SeenItems seen, PollingConfig config, Clock clock) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.seen = seen;
    this.config = config;
    this.clock = clock;
  }

  /**
   * @param state the source's current state ({@link SourceState#initial(long)} when new)
   * @throws IllegalArgumentException when the state belongs to another source
   */
  public PollResult poll(Source source, SourceState state) {
    if (state.sourceId() != source.id()) {
      throw new IllegalArgumentException(
          "state of source " + state.sourceId() + " given for source " + source.id());
    }
    long start = System.nanoTime();
    URI url;
    try {
      url = URI.create(source.url().strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      return failed(source, state, null, "bad source URL: " + source.url(), start);
    }
    FetchResult fetch;
    try {
      fetch = fetcher.fetch(url, ConditionalRequest.from(state));
    } catch (RuntimeException e) {
      return failed(source, state, null, "fetch error: " + e, start);
    }
    switch (fetch.outcome()) {
      case FAILED:
        return failed(source, state, fetch, fetch.message(), start);
      case NOT_MODIFIED:
        return unchanged(source, state, fetch, start);
      default:
        return read(source, state, fetch, start);
    }
  }

  private PollResult read(Source source, SourceState state, FetchResult fetch, long start) {
    ParsedFeed feed =
        parser.parse(
            fetch.body(), fetch.contentType(), fetch.finalUrl().toString(), fetch.truncated());
    if (feed.format() == FeedFormat.SITEMAP_INDEX) {
      feed = withChildSitemaps(feed);
    }
    List<FeedItem> items;
    if (feed.isFeed()) {
      items = feed.items();
    } else if (isArticlePage(source, feed, fetch.contentType())) {
      items = List.of(pageItem(fetch));
      feed = new ParsedFeed(feed.format(), null, feed.link(), items, List.of(), List.of());
    } else {
      return failed(source, state, fetch, summarize(withCut(fetch, feed, feed.problems())), start);
    }
    List<FeedItem> fresh = new ArrayList<>();
    for (FeedItem item : items) {
      if (seen.markSeen(source.id(), item)) {
        fresh.add(item);
      }
    }
    Instant now = clock.instant();
    Duration interval = adapt(source, state, !fresh.isEmpty());
    SourceState next =
        new SourceState(
            source.id(),
            now,
            state.lastError(),
            state.lastErrorMessage(),
            0,
            now.plus(interval),
            fetch.etag(),
            fetch.lastModified());
    List<String> problems = withCut(fetch, feed, feed.problems());
    return new PollResult(
        source,
        fresh.isEmpty() ? PollStatus.NO_NEW_ITEMS : PollStatus.NEW_ITEMS,
        feed,
        fresh,
        next,
        problems.isEmpty() ? null : summarize(problems),
        fetch,
        elapsed(start));
  }

  /**
   * A sitemap index with the items of its first {@link #MAX_CHILD_SITEMAPS} child sitemaps, fetched
   * through the same fetcher (so the same address guard, robots.txt and per-host politeness). One
   * level only: an index listing indexes is not followed further. Every child not read is a
   * problem.
   */
  private ParsedFeed withChildSitemaps(ParsedFeed index) {
    List<String> problems = new ArrayList<>(index.problems());
    List<String> children = index.sitemaps();
    if (children.size() > MAX_CHILD_SITEMAPS) {
      problems.add(
          "sitemap index lists "
              + children.size()
              + " sitemaps: the first "
              + MAX_CHILD_SITEMAPS
              + " read");
    }
    List<FeedItem> items = new ArrayList<>();
    for (String loc : children.subList(0, Math.min(children.size(), MAX_CHILD_SITEMAPS))) {
      URI uri;
      try {
        uri = URI.create(loc.strip());
      } catch (IllegalArgumentException e) {
        problems.add("child sitemap skipped, bad URL: " + loc);
        continue;
      }
      FetchResult fetched = fetcher.fetch(uri);
      if (!fetched.ok()) {
        problems.add("child sitemap " + loc + " skipped: " + fetched.message());
        continue;
      }
      ParsedFeed child =
          parser.parse(
              fetched.body(),
              fetched.contentType(),
              fetched.finalUrl().toString(),
              fetched.truncated());
      if (child.format() != FeedFormat.SITEMAP) {
        problems.add("child sitemap " + loc + " is " + child.format() + ", not read");
        continue;
      }
      items.addAll(child.items());
      problems.addAll(child.problems());
    }
    return new ParsedFeed(
        FeedFormat.SITEMAP_INDEX, index.title(), index.link(), items, children, problems);
  }

  /**
   * A source followed as a page, or an address of unknown kind that is served as HTML and
   * advertises no feed, is one article: its page. A page that advertises feeds stays a failure
   * whose message names them, since its user most likely meant the feed; so does HTML served under
   * a feed's content type (a misconfigured feed, not an article).
   */
  private static boolean isArticlePage(Source source, ParsedFeed feed, String contentType) {
    boolean servedAsHtml =
        contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
    return feed.format() == FeedFormat.HTML_PAGE
        && (source.kind() == Source.Kind.PAGE
            || (source.kind() == Source.Kind.UNKNOWN
                && servedAsHtml
                && feed.advertised().isEmpty()));
  }

  /** The page itself as an item with no text: the pipeline extracts the article from it. */
  private static FeedItem pageItem(FetchResult fetch) {
    String url = fetch.finalUrl().toString();
    return new FeedItem(url, url, null, null, null, null, null, null, List.of());
  }

  private PollResult unchanged(Source source, SourceState state, FetchResult fetch, long start) {
    Instant now = clock.instant();
    SourceState next =
        new SourceState(
            source.id(),
            now,
            state.lastError(),
            state.lastErrorMessage(),
            0,
            now.plus(adapt(source, state, false)),
            fetch.etag() != null ? fetch.etag() : state.etag(),
            fetch.lastModified() != null ? fetch.lastModified() : state.lastModified());
    return new PollResult(
        source, PollStatus.NOT_MODIFIED, null, List.of(), next, null, fetch, elapsed(start));
  }

  private PollResult failed(
      Source source, SourceState state, FetchResult fetch, String message, long start) {
    Instant now = clock.instant();
    int failures = state.consecutiveFailures() + 1;
    SourceState next =
        new SourceState(
            source.id(),
            state.lastSuccess(),
            now,
            message,
            failures,
            now.plus(backoff(source, failures)),
            state.etag(),
            state.lastModified());
    return new PollResult(
        source, PollStatus.FAILED, null, List.of(), next, message, fetch, elapsed(start));
  }

  /** The interval after this poll, per the rule in the class comment. */
  Duration adapt(Source source, SourceState state, boolean foundNew) {
    Duration current = currentInterval(source, state);
    double factor = foundNew ? BUSIER : QUIETER;
    Duration next = Duration.ofMillis(Math.round(current.toMillis() * factor));
    return clamp(next, floor(source), config.maxInterval());
  }

  private Duration currentInterval(Source source, SourceState state) {
    if (state.consecutiveFailures() == 0
        && state.lastSuccess() != null
        && state.nextAttempt() != null
        && state.nextAttempt().isAfter(state.lastSuccess())) {
      return Duration.between(state.lastSuccess(), state.nextAttempt());
    }
    return startInterval(source);
  }

  private Duration startInterval(Source source) {
    Duration start =
        source.pollInterval() != null ? source.pollInterval() : config.defaultInterval();
    return clamp(start, floor(source), config.maxInterval());
  }

  private Duration floor(Source source) {
    return source.pollInterval() != null
            && source.pollInterval().compareTo(config.minInterval()) > 0
        ? source.pollInterval()
        : config.minInterval();
  }

  private Duration backoff(Source source, int failures) {
    Duration max = config.maxBackoff();
    Duration wait = startInterval(source);
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }

  private static Duration clamp(Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0) {
      return min;
    }
    return value.compareTo(max) > 0 ? max : value;
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * The problems with the cut when the response stopped at the byte cap: first when something was
   * read (it explains what is missing), last when nothing was (the document was not a feed anyway).
   */
  private static List<String> withCut(FetchResult fetch, ParsedFeed feed, List<String> problems) {
    if (!fetch.truncated()) {
      return problems;
    }
    String cut = "response cut at " + size(fetch.body().length) + " (fetch.max-bytes)";
    List<String> all = new ArrayList<>(problems);
    if (feed.isFeed()) {
      all.add(0, cut + ": feed incomplete");
    } else if (feed.format() == FeedFormat.HTML_PAGE && problems.isEmpty()) {
      all.add(0, cut + ": page incomplete");
    } else {
      all.add(cut);
    }
    return all;
  }

  /** A byte count as configured sizes are written: 10 MB, 64 KB, else 1,234 bytes. */
  static String size(int bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
  }

  private static String summarize(List<String> problems) {
    if (problems.isEmpty()) {
      return "not a feed";
    }
    List<String> shown = problems.subList(0, Math.min(MAX_MESSAGE_PROBLEMS, problems.size()));
    String more =
        problems.size() > MAX_MESSAGE_PROBLEMS
            ? " (+" + (problems.size() - MAX_MESSAGE_PROBLEMS) + " more)"
            : "";
    return String.join("; ", shown) + more;
  }
}
