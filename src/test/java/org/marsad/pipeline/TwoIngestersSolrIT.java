package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.PollSummary;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.TestCluster;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;

/**
 * Two Marsad processes (two engines, each with its own data directory and connections) ingesting
 * the same followed sources on one SolrCloud cluster at the same moment, with an article syndicated
 * in two feeds and copies of fast feeds' articles (another URL, the same text) in slow feeds: each
 * source is polled by one of them (the lease), each article is stored once, and every article is
 * analyzed and indexed once, by one pipeline, so that a copy joins its original's duplicate group
 * and story whichever process fetched each.
 */
class TwoIngestersSolrIT {
  private static final int FEEDS = 6;
  private static final int PER_FEED = 6;
  private static final long SERVE_MILLIS = 400;
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final long SLOW_FEED_MILLIS = 2_000;
  private static final int MIN_TEXT = 600;

  @TempDir Path dir;

  @Test
  void twoEnginesOnOneClusterStoreEveryArticleOnceAndPollEachSourceOneAtATime() throws Exception {
    // full text in the feed (no page to fetch), so every URL stays on loopback
    List<AntFeeds.Article> ant =
        AntFeeds.articles(FEEDS * PER_FEED, a -> a.text().length() >= MIN_TEXT);
    MarsadConfig config =
        config()
            .with("fetch.read-timeout", "5s") // the slow feeds answer in 2 s
            // one poll at a time per process, so that the two pipelines alternate
            .with("poll.threads", "1");
    Set<String> urls = new HashSet<>();
    Map<String, String> copyOf = new HashMap<>();
    AtomicInteger mostAtOnce = new AtomicInteger();
    try (LoopbackServer server = new LoopbackServer()) {
      List<AntFeeds.Article> onLoopback = new ArrayList<>();
      for (int i = 0; i < ant.size(); i++) {
        onLoopback.add(at(ant.get(i), server.url("/a/" + i).toString()));
      }
      List<String> feeds = new ArrayList<>();
      for (int f = 0; f < FEEDS; f++) {
        List<AntFeeds.Article> items =
            new ArrayList<>(onLoopback.subList(f * PER_FEED, (f + 1) * PER_FEED));
        int next = ((f + 1) % FEEDS) * PER_FEED;
        // the first article of the next feed is syndicated here too: the same URL in two feeds
        items.add(onLoopback.get(next));
        boolean slow = f % 2 == 0;
        if (slow) {
          // and its second one is copied here: another URL, the same headline and text, served
          // after the original (a fast feed), most likely to the other process
          AntFeeds.Article original = onLoopback.get(next + 1);
          AntFeeds.Article copy = at(original, server.url("/copy/" + f).toString());
          copyOf.put(copy.url(), original.url());
          items.add(copy);
        }
        items.forEach(a -> urls.add(a.url()));
        String path = "/feed" + f + ".xml";
        HttpHandler feed =
            LoopbackServer.fixed(
                200,
                RSS,
                AntFeeds.rss("feed " + f, items, "utf-8").getBytes(StandardCharsets.UTF_8));
        AtomicInteger inFlight = new AtomicInteger();
        server.on(
            path,
            exchange -> {
              // slow enough that two polls of one feed at a time would overlap here
              mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              try {
                Thread.sleep(slow ? SLOW_FEED_MILLIS : SERVE_MILLIS);
                feed.handle(exchange);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                inFlight.decrementAndGet();
              }
            });
        feeds.add(server.url(path).toString());
      }
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try (Engine first = Engine.open(dir.resolve("one"), config);
          Engine second = Engine.open(dir.resolve("two"), config)) {
        feeds.forEach(url -> first.sources().add(url, null));
        assertThat(second.store().sources()).hasSize(FEEDS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PollSummary>> runs = new ArrayList<>();
        for (Engine engine : List.of(first, second)) {
          runs.add(
              threads.submit(
                  () -> {
                    start.await();
                    return engine.fetchAll(result -> {});
                  }));
        }
        start.countDown();
        PollSummary byFirst = runs.get(0).get();
        PollSummary bySecond = runs.get(1).get();

        assertThat(mostAtOnce.get()).as("requests for one feed at a time").isEqualTo(1);
        Set<Long> polled = new HashSet<>();
        byFirst.lines().forEach(l -> polled.add(l.sourceId()));
        bySecond.lines().forEach(l -> polled.add(l.sourceId()));
        assertThat(polled).as("every source polled").hasSize(FEEDS);

        List<Article> stored = first.store().articlesAfter(0, 10 * urls.size());
        // stored URLs are canonical (percent-encoded): one per distinct feed URL, none twice
        assertThat(stored).extracting(Article::url).doesNotHaveDuplicates().hasSize(urls.size());
        assertThat(second.store().articleCount()).isEqualTo(urls.size());

        Map<Long, ArticleAnalysis> analyses =
            second.store().analyses(stored.stream().map(Article::id).toList());
        assertThat(analyses.values())
            .as("every article analyzed (in a story)")
            .hasSize(stored.size())
            .allSatisfy(a -> assertThat(a.story()).isPositive());
        assertThat(first.index().size()).as("every article indexed").isEqualTo(stored.size());
        int copiesTogether = 0;
        for (Map.Entry<String, String> pair : copyOf.entrySet()) {
          ArticleAnalysis copy = analyses.get(first.store().articleByUrl(pair.getKey()).get().id());
          ArticleAnalysis original =
              analyses.get(first.store().articleByUrl(pair.getValue()).get().id());
          assertThat(copy.duplicateGroup())
              .as("the copy %s is in the group of %s", pair.getKey(), pair.getValue())
              .isEqualTo(original.duplicateGroup());
          assertThat(copy.story()).as("and in its story").isEqualTo(original.story());
          copiesTogether++;
        }
        Reliability.record(
            "faults",
            "TwoIngestersSolrIT.twoEnginesOnOneClusterStoreEveryArticleOnceAndPollEachSourceOneAtATime",
            "two engines on one SolrCloud cluster poll the same "
                + FEEDS
                + " loopback feeds at once ("
                + urls.size()
                + " ANT articles, "
                + FEEDS
                + " of them in two feeds)",
            "each source polled by one process at a time; each article stored once, analyzed and"
                + " indexed; a copy fetched by either process in its original's group and story",
            "at most "
                + mostAtOnce.get()
                + " request per feed at once; polls: "
                + byFirst.lines().size()
                + " by one, "
                + bySecond.lines().size()
                + " by the other; "
                + stored.size()
                + " articles stored for "
                + urls.size()
                + " URLs, all analyzed and indexed; "
                + copiesTogether
                + " of "
                + copyOf.size()
                + " copies in their original's group and story");
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void aCopyAnalyzedByOneProcessJoinsItsOriginalAnalyzedByTheOther() throws Exception {
    List<AntFeeds.Article> ant = AntFeeds.articles(3, a -> a.text().length() >= MIN_TEXT);
    MarsadConfig config = config();
    try (LoopbackServer server = new LoopbackServer();
        Engine first = Engine.open(dir.resolve("one"), config);
        Engine second = Engine.open(dir.resolve("two"), config)) {
      AntFeeds.Article original = at(ant.get(0), server.url("/a/0").toString());
      AntFeeds.Article copy = at(ant.get(0), server.url("/copy/0").toString());
      String wire =
          serve(
              server,
              "/wire.xml",
              "wire",
              List.of(original, at(ant.get(1), server.url("/a/1").toString())));
      String outlet =
          serve(
              server,
              "/outlet.xml",
              "outlet",
              List.of(copy, at(ant.get(2), server.url("/a/2").toString())));
      // the second process's stages start before the original exists
      second.catchUpIndex();
      first.sources().add(wire, null);
      first.fetchAll(result -> {});
      second.sources().add(outlet, null);
      second.fetchAll(result -> {});

      long originalId = first.store().articleByUrl(original.url()).orElseThrow().id();
      long copyId = first.store().articleByUrl(copy.url()).orElseThrow().id();
      Map<Long, ArticleAnalysis> analyses = second.store().analyses(List.of(originalId, copyId));
      assertThat(analyses.get(copyId).duplicateGroup())
          .as("the copy analyzed by the second process is in the original's group")
          .isEqualTo(analyses.get(originalId).duplicateGroup());
      assertThat(analyses.get(copyId).story()).isEqualTo(analyses.get(originalId).story());
      assertThat(second.index().size()).isEqualTo(4);
      Reliability.record(
          "faults",
          "TwoIngestersSolrIT.aCopyAnalyzedByOneProcessJoinsItsOriginalAnalyzedByTheOther",
          "one process analyzes an ANT article, then another, whose stages started before it,"
              + " stores and analyzes a copy (another URL, the same text)",
          "the copy in the original's duplicate group and story",
          "groups "
              + analyses.get(originalId).duplicateGroup()
              + " and "
              + analyses.get(copyId).duplicateGroup()
              + ", stories "
              + analyses.get(originalId).story()
              + " and "
              + analyses.get(copyId).story()
              + "; "
              + second.index().size()
              + " articles indexed");
    }
  }

  /** Engines on the shared cluster, under a collection prefix of their own. */
  private static MarsadConfig config() {
    String zk = TestCluster.shared().zkAddress();
    try (SolrCluster admin = SolrCluster.connect(zk)) {
      admin.uploadConfigset();
    }
    return EngineIT.loopbackConfig()
        .with("backend", "solr")
        .with("solr.zk", zk)
        .with("solr.prefix", "i" + UUID.randomUUID().toString().substring(0, 8) + "_");
  }

  private static String serve(
      LoopbackServer server, String path, String title, List<AntFeeds.Article> items) {
    server.on(
        path,
        LoopbackServer.fixed(
            200, RSS, AntFeeds.rss(title, items, "utf-8").getBytes(StandardCharsets.UTF_8)));
    return server.url(path).toString();
  }

  /** The article at another URL. */
  private static AntFeeds.Article at(AntFeeds.Article a, String url) {
    return new AntFeeds.Article(
        url, a.title(), a.text(), a.text(), a.pubDateRaw(), a.author(), a.category());
  }
}
