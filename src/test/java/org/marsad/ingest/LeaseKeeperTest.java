package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The keeper renews what it holds in the background and gives it up when closed. Expiry runs on a
 * clock the test moves; only the renewal's turn is awaited (eventually, within seconds).
 */
class LeaseKeeperTest {
  private static final Duration TTL = Duration.ofSeconds(1);
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final LocalSourceLeases leases = new LocalSourceLeases(clock);
  private final AtomicInteger renewals = new AtomicInteger();

  /** The leases, counting the keeper's renewals. */
  private final SourceLeases counted =
      new SourceLeases() {
        @Override
        public boolean tryAcquire(long sourceId, String owner, Duration ttl) {
          return leases.tryAcquire(sourceId, owner, ttl);
        }

        @Override
        public boolean renew(long sourceId, String owner, Duration ttl) {
          renewals.incrementAndGet();
          return leases.renew(sourceId, owner, ttl);
        }

        @Override
        public void release(long sourceId, String owner) {
          leases.release(sourceId, owner);
        }
      };

  @Test
  void aHeldLeaseIsRenewedBeforeItExpiresAndReleasedAtClose() throws Exception {
    LeaseKeeper keeper = new LeaseKeeper(counted, TTL);
    assertThat(keeper.acquire(1)).isTrue();
    clock.advance(Duration.ofMillis(600));
    awaitRenewals(renewals.get() + 1);
    clock.advance(Duration.ofMillis(500)); // past the first expiry, before the renewed one
    assertThat(leases.tryAcquire(1, "other", TTL)).as("renewed: still held").isFalse();
    keeper.close();
    assertThat(leases.tryAcquire(1, "other", TTL)).as("released at close").isTrue();
  }

  @Test
  void aReleasedSourceIsNoLongerRenewedAndAnotherOwnersSourceIsNotTaken() throws Exception {
    assertThat(leases.tryAcquire(2, "other", TTL)).isTrue();
    try (LeaseKeeper keeper = new LeaseKeeper(counted, TTL)) {
      assertThat(keeper.acquire(2)).isFalse();
      assertThat(keeper.acquire(1)).isTrue();
      keeper.release(1);
      int before = renewals.get();
      Thread.sleep(TTL.toMillis()); // three renewal turns with nothing held
      assertThat(renewals.get()).isEqualTo(before);
      assertThat(keeper.owner()).startsWith("pid" + ProcessHandle.current().pid() + "-");
    }
  }

  @Test
  void aTtlUnderASecondIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> new LeaseKeeper(counted, Duration.ofMillis(999)))
        .hasMessageContaining("'poll.lease-ttl' is 999 ms");
  }

  private void awaitRenewals(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (renewals.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(renewals.get()).as("renewed within 20 s").isGreaterThanOrEqualTo(count);
  }
}
