package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.marsad.solr.SolrCluster;
import org.marsad.solr.TestCluster;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;

/**
 * Two Marsad processes (two engines, each with its own data directory and connections) ingesting
 * the same followed sources on one SolrCloud cluster at the same moment, with an article syndicated
 * in two feeds: each source is polled by one of them (the lease), and each article is stored once.
 */
class TwoIngestersSolrIT {
  private static final int FEEDS = 3;
  private static final int PER_FEED = 12;
  private static final long SERVE_MILLIS = 400;
  private static final String RSS = "application/rss+xml; charset=utf-8";

  @TempDir Path dir;

  @Test
  void twoEnginesOnOneClusterStoreEveryArticleOnceAndPollEachSourceOneAtATime() throws Exception {
    List<AntFeeds.Article> ant = AntFeeds.articles(FEEDS * PER_FEED);
    String zk = TestCluster.shared().zkAddress();
    try (SolrCluster admin = SolrCluster.connect(zk)) {
      admin.uploadConfigset();
    }
    String prefix = "i" + UUID.randomUUID().toString().substring(0, 8) + "_";
    MarsadConfig config =
        EngineIT.loopbackConfig()
            .with("backend", "solr")
            .with("solr.zk", zk)
            .with("solr.prefix", prefix);
    Set<String> urls = new HashSet<>();
    AtomicInteger mostAtOnce = new AtomicInteger();
    try (LoopbackServer server = new LoopbackServer()) {
      List<String> feeds = new ArrayList<>();
      for (int f = 0; f < FEEDS; f++) {
        List<AntFeeds.Article> items =
            new ArrayList<>(ant.subList(f * PER_FEED, (f + 1) * PER_FEED));
        // the first article of the next feed is syndicated here too: the same URL in two feeds
        items.add(ant.get(((f + 1) % FEEDS) * PER_FEED));
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
                Thread.sleep(SERVE_MILLIS);
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
            "each source polled by one process at a time; each article stored once",
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
                + " URLs");
      } finally {
        threads.shutdownNow();
      }
    }
  }
}
