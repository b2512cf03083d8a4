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
  private static final int BATCH = 50;

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

  /**
   * Two processes storing the same batches at once (the same feeds polled by both): every fourth
   * article stored before with another title, the rest new, so each batch has both. Their batched
   * writes meet on every key; the loser of each race must fall back to the one-by-one path and
   * agree.
   */
  @Test
  void twoProcessesStoringTheSameBatchesAtOnceAgreeOnEveryArticle() throws Exception {
    String prefix = "b" + UUID.randomUUID().toString().substring(0, 8) + "_";
    String zk = TestCluster.shared().zkAddress();
    try (SolrCluster admin = SolrCluster.connect(zk)) {
      admin.uploadConfigset();
    }
    int known = ARTICLES / 4;
    java.util.function.IntPredicate wasKnown = i -> i % 4 == 0;
    List<Article> offered = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      offered.add(numbered(i, "خبر رقم " + i));
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (SolrStore first = SolrStore.open(SolrCluster.connect(zk), prefix);
        SolrStore second = SolrStore.open(SolrCluster.connect(zk), prefix)) {
      List<Article> before = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i += 4) {
        before.add(numbered(i, "عنوان قديم " + i));
      }
      first.upsertAll(before);
      long cursorBefore = first.changesSince(0, ARTICLES).cursor();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<UpsertResult>>> runs = new ArrayList<>();
      for (SolrStore store : List.of(first, second)) {
        runs.add(
            threads.submit(
                () -> {
                  start.await();
                  List<UpsertResult> results = new ArrayList<>();
                  for (int from = 0; from < ARTICLES; from += BATCH) {
                    results.addAll(store.upsertAll(offered.subList(from, from + BATCH)));
                  }
                  return results;
                }));
      }
      long started = System.nanoTime();
      start.countDown();
      List<UpsertResult> byFirst = runs.get(0).get();
      List<UpsertResult> bySecond = runs.get(1).get();
      long millis = (System.nanoTime() - started) / 1_000_000;

      List<Article> stored = second.articlesAfter(0, 10 * ARTICLES);
      assertThat(stored).hasSize(ARTICLES);
      assertThat(stored.stream().map(Article::url).distinct()).hasSize(ARTICLES);
      assertThat(stored.stream().map(Article::id).distinct()).hasSize(ARTICLES);
      int newByFirst = 0;
      for (int i = 0; i < ARTICLES; i++) {
        Article article = offered.get(i);
        assertThat(bySecond.get(i).id()).as("both saw one id").isEqualTo(byFirst.get(i).id());
        Article found = second.articleByUrl(article.url()).orElseThrow();
        assertThat(found.id()).isEqualTo(byFirst.get(i).id());
        assertThat(found.title()).isEqualTo(article.title());
        UpsertResult.Outcome written =
            wasKnown.test(i) ? UpsertResult.Outcome.UPDATED : UpsertResult.Outcome.NEW;
        assertThat(List.of(byFirst.get(i).outcome(), bySecond.get(i).outcome()))
            .as("article %d written by exactly one process, unchanged for the other", i)
            .containsExactlyInAnyOrder(written, UpsertResult.Outcome.UNCHANGED);
        assertThat(first.revisions(found.id())).hasSize(wasKnown.test(i) ? 1 : 0);
        newByFirst += byFirst.get(i).outcome() == UpsertResult.Outcome.NEW ? 1 : 0;
      }
      // every change, including the other process's not yet settled (changesSince holds those)
      List<Article> changed =
          first.changesBetween(cursorBefore, Long.MAX_VALUE, 10 * ARTICLES).articles();
      assertThat(changed).extracting(Article::id).doesNotHaveDuplicates().hasSize(ARTICLES);
      long lastChange = first.changesBetween(0, Long.MAX_VALUE, 10 * ARTICLES).cursor();
      long gaps = lastChange - cursorBefore - ARTICLES;
      assertThat(gaps).as("change numbers left unused").isGreaterThanOrEqualTo(0);
      Reliability.record(
          "faults",
          "SolrStoreConcurrencyIT.twoProcessesStoringTheSameBatchesAtOnceAgreeOnEveryArticle",
          "2 SolrStores (2 connections) upsertAll the same "
              + ARTICLES
              + " articles in batches of "
              + BATCH
              + " at once ("
              + known
              + " of them, every fourth, stored before with another title), on a 3-node"
              + " SolrCloud",
          "each URL stored once under one id both saw; each article NEW or UPDATED for exactly one"
              + " process and UNCHANGED for the other; one revision per updated article",
          ARTICLES
              + " articles; NEW "
              + newByFirst
              + " by the first, "
              + (ARTICLES - known - newByFirst)
              + " by the second; "
              + gaps
              + " change numbers left unused by lost races; "
              + 2 * ARTICLES
              + " upserts in "
              + millis
              + " ms");
    } finally {
      threads.shutdownNow();
    }
  }

  private static Article numbered(int i, String title) {
    return new Article(
        0,
        "https://a.example/news/" + i,
        "urn:news:" + i,
        0,
        "سكاي",
        title,
        "نص الخبر " + i,
        null,
        Instant.parse("2024-03-01T10:00:00Z").plusSeconds(i),
        Instant.parse("2024-03-01T11:00:00Z"),
        null,
        null,
        List.of());
  }
}
