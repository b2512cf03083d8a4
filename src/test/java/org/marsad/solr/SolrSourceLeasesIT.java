package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Reliability;

/**
 * Two Marsad processes (each with its own connection to a real 3-node SolrCloud) competing for the
 * same sources through {@link SolrSourceLeases}.
 */
class SolrSourceLeasesIT {
  private static final List<Long> SOURCES = LongStream.rangeClosed(1, 50).boxed().toList();
  private static final Duration LONG = Duration.ofMinutes(5);
  private static final Duration SHORT = Duration.ofSeconds(2);
  private static final long TAKE_OVER_WITHIN_MILLIS = 30_000;

  private static String prefix;
  private static SolrCluster admin;
  private static SolrSourceLeases first;
  private static SolrSourceLeases second;

  @BeforeAll
  static void open() {
    String zk = TestCluster.shared().zkAddress();
    prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "_";
    admin = SolrCluster.connect(zk);
    admin.uploadConfigset();
    first = SolrSourceLeases.open(SolrCluster.connect(zk), prefix, 2, Clock.systemUTC());
    second = SolrSourceLeases.open(SolrCluster.connect(zk), prefix, 2, Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
    if (admin != null) {
      admin.close();
    }
  }

  @BeforeEach
  void noLeases() throws Exception {
    admin.client().deleteByQuery(prefix + "leases", "*:*");
    admin.client().commit(prefix + "leases", true, true, true);
  }

  @Test
  void twoProcessesRacingForFiftySourcesGetDisjointSetsCoveringAll() throws Exception {
    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Future<Set<Long>> a = both.submit(() -> acquireAll(first, "a", start));
      Future<Set<Long>> b = both.submit(() -> acquireAll(second, "b", start));
      start.countDown();
      Set<Long> byA = a.get();
      Set<Long> byB = b.get();
      assertThat(byA).doesNotContainAnyElementsOf(byB);
      Set<Long> all = new HashSet<>(byA);
      all.addAll(byB);
      assertThat(all).containsExactlyInAnyOrderElementsOf(SOURCES);
      assertThat(SOURCES).noneMatch(id -> first.tryAcquire(id, "c", LONG));
      Reliability.record(
          "faults",
          "SolrSourceLeasesIT.twoProcessesRacingForFiftySourcesGetDisjointSetsCoveringAll",
          "two processes (own SolrCloud connections) try to lease the same 50 sources at once",
          "each source leased by exactly one; a third owner gets none",
          "a " + byA.size() + ", b " + byB.size() + ", overlap 0, union 50; third owner 0");
    } finally {
      both.shutdownNow();
    }
  }

  @Test
  void aProcessThatStopsRenewingLosesItsSourcesToTheOtherAfterTheTtl() throws Exception {
    for (long id : SOURCES) {
      assertThat(first.tryAcquire(id, "stalled", SHORT)).isTrue();
    }
    assertThat(SOURCES).noneMatch(id -> second.tryAcquire(id, "alive", LONG));
    long start = System.nanoTime();
    Set<Long> taken = new HashSet<>();
    while (taken.size() < SOURCES.size() && millisSince(start) < TAKE_OVER_WITHIN_MILLIS) {
      for (long id : SOURCES) {
        if (!taken.contains(id) && second.tryAcquire(id, "alive", LONG)) {
          taken.add(id);
        }
      }
      Thread.sleep(200);
    }
    long tookMillis = millisSince(start);
    assertThat(taken).containsExactlyInAnyOrderElementsOf(SOURCES);
    assertThat(SOURCES).noneMatch(id -> first.renew(id, "stalled", LONG));
    first.release(7, "stalled");
    assertThat(second.renew(7, "alive", LONG)).as("a stale release frees nothing").isTrue();
    second.release(7, "alive");
    assertThat(first.tryAcquire(7, "stalled", LONG)).isTrue();
    Reliability.record(
        "faults",
        "SolrSourceLeasesIT.aProcessThatStopsRenewingLosesItsSourcesToTheOtherAfterTheTtl",
        "a process leases 50 sources for 2 s and stops renewing; the other keeps asking",
        "the other holds all 50 after the TTL; the stalled one can neither renew nor release them",
        "50 of 50 taken over " + tookMillis + " ms after they were leased (TTL 2000 ms)");
  }

  private static Set<Long> acquireAll(SolrSourceLeases leases, String owner, CountDownLatch start)
      throws InterruptedException {
    start.await();
    Set<Long> got = new HashSet<>();
    for (long id : SOURCES) {
      if (leases.tryAcquire(id, owner, LONG)) {
        got.add(id);
      }
    }
    return got;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
