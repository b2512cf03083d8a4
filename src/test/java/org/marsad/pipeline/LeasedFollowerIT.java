package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.LeaseKeeper;
import org.marsad.ingest.LocalSourceLeases;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.search.ArticleIndex;
import org.marsad.store.SqliteStore;

/**
 * Two processes' pipelines over one store and index (two {@link LeasedFollower}s, each with its own
 * lease keeper on shared leases): one runs the stages at a time, and one that takes over after the
 * other re-reads what the other analyzed.
 */
class LeasedFollowerIT {
  private static final String BODY =
      "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة صفاقس بطاقة استيعاب تبلغ مئتي سرير"
          + " ويضم أقساما للطب الباطني والجراحة والأطفال وقال الوزير إن المستشفى سيخدم سكان"
          + " الجهة والولايات المجاورة وإن الأشغال استغرقت ثلاث سنوات بكلفة بلغت مئة مليون دينار";

  @TempDir Path data;
  private SqliteStore store;
  private ArticleIndex index;
  private LeaseKeeper one;
  private LeaseKeeper two;

  @BeforeEach
  void open() {
    store = SqliteStore.open(data);
    index = ArticleIndex.open(ArticleIndex.pathIn(data));
    LocalSourceLeases leases = new LocalSourceLeases(Clock.systemUTC());
    one = new LeaseKeeper(leases, Duration.ofMinutes(1));
    two = new LeaseKeeper(leases, Duration.ofMinutes(1));
  }

  @AfterEach
  void close() {
    one.close();
    two.close();
    index.close();
    store.close();
  }

  private LeasedFollower pipeline(LeaseKeeper leases, Duration patience) {
    return new LeasedFollower(
        () -> Engine.follower(store, index, MarsadConfig.defaults()),
        leases,
        store,
        index,
        patience);
  }

  private long store(String url, String source, String title, String body) {
    return store
        .upsert(
            new Article(
                0,
                url,
                null,
                0,
                source,
                title,
                body,
                null,
                Instant.parse("2024-03-01T10:00:00Z"),
                null,
                null,
                null,
                List.of()))
        .id();
  }

  @Test
  void whileOneProcessHoldsThePipelineTheOtherAnalyzesNothing() {
    LeasedFollower serving = pipeline(one, Duration.ofSeconds(1));
    serving.keepBetweenCatchUps();
    LeasedFollower command = pipeline(two, Duration.ofSeconds(1));
    store("https://a.example/1", "أ", "افتتاح مستشفى في صفاقس", BODY);
    assertThat(serving.catchUp()).isEqualTo(1);
    store("https://a.example/2", "أ", "خبر ثان", "نص قصير عن موضوع آخر تماما");

    assertThat(command.catchUp()).as("the serving process keeps the lease").isZero();
    assertThat(store.analyses(List.of(2L))).isEmpty();
    assertThat(serving.catchUp()).isEqualTo(1);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void aProcessTakingOverReadsWhatTheOtherAnalyzedSoACopyJoinsItsOriginal() {
    LeasedFollower first = pipeline(one, Duration.ofSeconds(1));
    LeasedFollower second = pipeline(two, Duration.ofSeconds(1));
    second.catchUp(); // its stages start before the original exists
    long original = store("https://wire.example/1", "الوكالة", "افتتاح مستشفى في صفاقس", BODY);
    assertThat(first.catchUp()).isEqualTo(1);
    long copy = store("https://outlet.example/9", "الصحيفة", "افتتاح مستشفى في صفاقس", BODY);

    assertThat(second.catchUp()).isEqualTo(1);

    ArticleAnalysis ofCopy = store.analyses(List.of(copy)).get(copy);
    ArticleAnalysis ofOriginal = store.analyses(List.of(original)).get(original);
    assertThat(ofCopy.duplicateGroup()).isEqualTo(ofOriginal.duplicateGroup()).isEqualTo(original);
    assertThat(ofCopy.story()).isEqualTo(ofOriginal.story());
  }

  @Test
  void catchUpAllWaitsWhileTheHolderAnalyzesWhatThisProcessStored() throws Exception {
    LeasedFollower serving = pipeline(one, Duration.ofSeconds(1));
    serving.keepBetweenCatchUps();
    serving.catchUp();
    LeasedFollower command = pipeline(two, Duration.ofSeconds(30));
    store("https://a.example/1", "أ", "افتتاح مستشفى في صفاقس", BODY);

    CompletableFuture<Integer> byHolder =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return serving.catchUp();
            });
    assertThat(command.catchUpAll()).as("analyzed by the holder, not here").isZero();
    assertThat(byHolder.get()).isEqualTo(1);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void catchUpAllGivesUpAfterItsPatienceWhenTheHolderDoesNothing() {
    LeasedFollower serving = pipeline(one, Duration.ofSeconds(1));
    serving.keepBetweenCatchUps();
    serving.catchUp();
    store("https://a.example/1", "أ", "افتتاح مستشفى في صفاقس", BODY);

    assertThat(pipeline(two, Duration.ofMillis(300)).catchUpAll()).isZero();
    assertThat(index.size()).as("left to the holder").isZero();
  }

  @Test
  void aFollowerThatMayNotGoOnStopsBeforeTheNextPage() {
    store("https://a.example/1", "أ", "افتتاح مستشفى في صفاقس", BODY);
    StoreFollower follower = Engine.follower(store, index, MarsadConfig.defaults());

    assertThat(follower.catchUp(() -> false)).isZero();
    assertThat(index.storeCursor()).isZero();
    assertThat(follower.catchUp(() -> true)).isEqualTo(1);
  }
}
