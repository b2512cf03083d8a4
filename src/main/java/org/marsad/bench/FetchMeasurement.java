package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.PollStatus;
import org.marsad.ingest.PollSummary;
import org.marsad.model.Page;
import org.marsad.model.Source;
import org.marsad.pipeline.Engine;

/**
 * {@code marsad fetch} against loopback: {@value #FEEDS} RSS feeds of {@value #ITEMS_PER_FEED}
 * corpus articles each, served by {@link FeedSites}, polled once by the real {@link Engine} into a
 * fresh data directory (fetch, parse, store, index), with private networks allowed and no per-host
 * delay. Three passes: full-text feeds on one host (the per-host connection cap binds), the same on
 * {@value #SITES} hosts, and teaser-only feeds on {@value #SITES} hosts, for which the engine
 * fetches each article page ({@link NewsPageTemplate}) and extracts it. Loopback has no network
 * latency: the figures are Marsad's own cost, not a real crawl's.
 */
final class FetchMeasurement implements Measurement {
  static final int FEEDS = 100;
  static final int ITEMS_PER_FEED = 20;
  static final int SITES = 10;

  private final List<BenchDoc> docs;
  private final PrintWriter log;

  FetchMeasurement(List<BenchDoc> docs, PrintWriter log) {
    this.docs = docs;
    this.log = log;
  }

  @Override
  public List<Figure> run() throws IOException {
    List<Figure> figures = new ArrayList<>();
    figures.addAll(pass(1, true, "fetch: full text, 1 host"));
    figures.addAll(pass(SITES, true, "fetch: full text, " + SITES + " hosts"));
    figures.addAll(pass(SITES, false, "fetch: teaser+page, " + SITES + " hosts"));
    return figures;
  }

  private List<Figure> pass(int hosts, boolean fullText, String task) throws IOException {
    try (FeedSites sites = new FeedSites(hosts);
        TempDirectory data = new TempDirectory("fetch")) {
      List<String> feeds = publish(sites, fullText);
      MarsadConfig config =
          MarsadConfig.defaults()
              .with("fetch.allow-private-networks", "true")
              .with("fetch.per-host-delay", "0ms");
      try (Engine engine = Engine.open(data.path(), config)) {
        // Straight into the store: SourceCatalog.add leaves the poll interval null, which the
        // store refuses on this base (marsad sources add fails the same way).
        Duration interval = config.duration("poll.interval");
        feeds.forEach(
            url ->
                engine.store().addSource(new Source(0, url, null, Source.Kind.UNKNOWN, interval)));
        long start = System.nanoTime();
        PollSummary summary = engine.fetchAll(result -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        int items = summary.lines().stream().mapToInt(PollSummary.Line::items).sum();
        int indexed = engine.index().size();
        log.printf(
            Locale.ROOT,
            "bench: %s: %d feeds, %d failed, %d items, %d new, %d indexed in %.1f s%n",
            task,
            feeds.size(),
            summary.count(PollStatus.FAILED),
            items,
            summary.newItems(),
            indexed,
            seconds);
        log.flush();
        return List.of(
            Figure.of(task, "feeds/s", (feeds.size() - summary.count(PollStatus.FAILED)) / seconds),
            Figure.of(task, "items/s", items / seconds),
            Figure.of(task, "indexed", indexed));
      }
    }
  }

  /** Puts the feeds and the article pages on the sites; returns the feed URLs. */
  private List<String> publish(FeedSites sites, boolean fullText) {
    List<String> feeds = new ArrayList<>(FEEDS);
    for (int f = 0; f < FEEDS; f++) {
      String base = sites.base(f % sites.size());
      List<RssFeed.Item> items = new ArrayList<>(ITEMS_PER_FEED);
      for (int k = 0; k < ITEMS_PER_FEED; k++) {
        int n = f * ITEMS_PER_FEED + k;
        BenchDoc doc = docs.get(n % docs.size());
        String link = base + "/news/" + n + ".html";
        Page page = NewsPageTemplate.render(doc, link, neighbours(n));
        sites.put(link, page.bytes(), page.contentType());
        items.add(new RssFeed.Item(doc, link));
      }
      String url = base + "/feeds/" + f + ".xml";
      String rss = RssFeed.render("أخبار " + f, base + "/", items, fullText);
      sites.put(url, rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml; charset=utf-8");
      feeds.add(url);
    }
    return feeds;
  }

  private List<BenchDoc> neighbours(int n) {
    List<BenchDoc> others = new ArrayList<>();
    for (int k = 1; k <= NewsPageTemplate.LISTED_TITLES * 3; k++) {
      others.add(docs.get((n + k) % docs.size()));
    }
    return others;
  }
}
