package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * same sources through {@link SolrSourceLeases}. Each has its own clock, set by the test, so that
 * expiry is decided by the lease's rule and not by how fast a loaded machine answers.
 */
class SolrSourceLeasesIT {
  private static final List<Long> SOURCES = LongStream.rangeClosed(1, 50).boxed().toList();
  private static final Duration LONG = Duration.ofMinutes(5);
  private static final Duration SHORT = Duration.ofSeconds(2);
  private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
  private static final ManualClock firstClock = new ManualClock();
  private static final ManualClock secondClock = new ManualClock();

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
    first = SolrSourceLeases.open(SolrCluster.connect(zk), prefix, 2, firstClock);
    second = SolrSourceLeases.open(SolrCluster.connect(zk), prefix, 2, secondClock);
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
    firstClock.now = T0;
    secondClock.now = T0;
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
  void aProcessThatStopsRenewingLosesItsSourcesToTheOtherAfterTheTtl() {
    for (long id : SOURCES) {
      assertThat(first.tryAcquire(id, "stalled", SHORT)).isTrue();
    }
    secondClock.now = T0.plus(SHORT).minusMillis(1);
    long refusedBeforeExpiry =
        SOURCES.stream().filter(id -> !second.tryAcquire(id, "alive", LONG)).count();
    secondClock.now = T0.plus(SHORT);
    long takenAtExpiry =
        SOURCES.stream().filter(id -> second.tryAcquire(id, "alive", LONG)).count();
    assertThat(refusedBeforeExpiry).isEqualTo(SOURCES.size());
    assertThat(takenAtExpiry).isEqualTo(SOURCES.size());
    firstClock.now = T0.plusSeconds(1);
    assertThat(SOURCES).noneMatch(id -> first.renew(id, "stalled", LONG));
    assertThat(SOURCES).noneMatch(id -> first.tryAcquire(id, "stalled", LONG));
    first.release(7, "stalled");
    assertThat(second.renew(7, "alive", LONG)).as("a stale release frees nothing").isTrue();
    second.release(7, "alive");
    assertThat(first.tryAcquire(7, "stalled", LONG)).isTrue();
    Reliability.record(
        "faults",
        "SolrSourceLeasesIT.aProcessThatStopsRenewingLosesItsSourcesToTheOtherAfterTheTtl",
        "a process leases 50 sources for 2 s and stops renewing; the other asks 1 ms before and at"
            + " expiry (clocks set by the test)",
        "refused before the TTL, all taken at it; the stalled one can neither renew, retake nor"
            + " release them",
        refusedBeforeExpiry
            + " of 50 refused at TTL - 1 ms, "
            + takenAtExpiry
            + " of 50 taken at TTL");
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

  /** A process's clock, where the test sets it. */
  private static final class ManualClock extends Clock {
    volatile Instant now = T0;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("fixed to UTC");
    }
  }
}
