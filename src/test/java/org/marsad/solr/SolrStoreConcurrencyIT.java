package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.store.UpsertResult;
import org.marsad.testing.Reliability;

/**
 * Two Marsad processes on one cluster (two stores, each with its own connection) fetching the same
 * articles at the same moment: each article must end stored once.
 */
class SolrStoreConcurrencyIT {
  private static final int ARTICLES = 200;

  @Test
  void twoProcessesStoringTheSameArticlesAtOnceStoreEachOnce() throws Exception {
    String prefix = "c" + UUID.randomUUID().toString().substring(0, 8) + "_";
    String zk = TestCluster.shared().zkAddress();
    try (SolrCluster admin = SolrCluster.connect(zk)) {
      admin.uploadConfigset();
    }
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      batch.add(
          new Article(
              0,
              "https://a.example/news/" + i,
              null,
              0,
              "سكاي",
              "خبر رقم " + i,
              "نص الخبر " + i,
              null,
              Instant.parse("2024-03-01T10:00:00Z").plusSeconds(i),
              null,
              null,
              null,
              List.of()));
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (SolrStore first = SolrStore.open(SolrCluster.connect(zk), prefix);
        SolrStore second = SolrStore.open(SolrCluster.connect(zk), prefix)) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<UpsertResult>>> runs = new ArrayList<>();
      for (SolrStore store : List.of(first, second)) {
        runs.add(
            threads.submit(
                () -> {
                  start.await();
                  List<UpsertResult> results = new ArrayList<>();
                  for (Article a : batch) {
                    results.add(store.upsert(a));
                  }
                  return results;
                }));
      }
      long started = System.nanoTime();
      start.countDown();
      List<UpsertResult> byFirst = runs.get(0).get();
      List<UpsertResult> bySecond = runs.get(1).get();
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertThat(first.articleCount()).isEqualTo(ARTICLES);
      assertThat(second.articleCount()).isEqualTo(ARTICLES);
      List<Article> stored = first.articlesAfter(0, 10 * ARTICLES);
      Set<String> urls = new HashSet<>();
      stored.forEach(a -> urls.add(a.url()));
      assertThat(stored).hasSize(ARTICLES);
      assertThat(urls).hasSize(ARTICLES);
      for (int i = 0; i < ARTICLES; i++) {
        assertThat(bySecond.get(i).id()).as("both saw one id").isEqualTo(byFirst.get(i).id());
        assertThat(second.articleByUrl(batch.get(i).url()).orElseThrow().id())
            .isEqualTo(byFirst.get(i).id());
      }
      long created =
          java.util.stream.Stream.concat(byFirst.stream(), bySecond.stream())
              .filter(r -> r.outcome() == UpsertResult.Outcome.NEW)
              .count();
      assertThat(created).as("each article new for exactly one process").isEqualTo(ARTICLES);
      assertThat(second.changesBetween(0, Long.MAX_VALUE, 10 * ARTICLES).articles())
          .extracting(Article::id)
          .doesNotHaveDuplicates()
          .hasSize(ARTICLES);
      // a follower of the changes gets the other process's ones once their numbers settled
      long waitStarted = System.nanoTime();
      long deadline = waitStarted + ChangeNumbers.SETTLE.plusSeconds(10).toNanos();
      List<Article> followed = second.changesSince(0, 10 * ARTICLES).articles();
      while (followed.size() < ARTICLES && System.nanoTime() < deadline) {
        Thread.sleep(200);
        followed = second.changesSince(0, 10 * ARTICLES).articles();
      }
      assertThat(followed).hasSize(ARTICLES);
      long settleMillis = (System.nanoTime() - waitStarted) / 1_000_000;
      long newByFirst =
          byFirst.stream().filter(r -> r.outcome() == UpsertResult.Outcome.NEW).count();
      Reliability.record(
          "faults",
          "SolrStoreConcurrencyIT.twoProcessesStoringTheSameArticlesAtOnceStoreEachOnce",
          "2 SolrStores (2 connections) upsert the same "
              + ARTICLES
              + " URLs from 2 threads at once, on a 3-node SolrCloud",
          "each URL stored once with one id both saw; one NEW per article; the change feed lists"
              + " each once, and a follower of it on the other store gets them all",
          ARTICLES
              + " articles stored; NEW "
              + newByFirst
              + " by the first, "
              + (created - newByFirst)
              + " by the second; "
              + 2 * ARTICLES
              + " upserts in "
              + millis
              + " ms; all "
              + ARTICLES
              + " followed by the other store "
              + settleMillis
              + " ms later (settle delay "
              + ChangeNumbers.SETTLE.toSeconds()
              + " s)");
    } finally {
      threads.shutdownNow();
    }
  }
}
