package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalSourceLeasesTest {
  private static final Duration TTL = Duration.ofMinutes(2);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final LocalSourceLeases leases = new LocalSourceLeases(clock);

  @Test
  void aFreeSourceIsGrantedAndAHeldOneIsNot() {
    assertThat(leases.tryAcquire(7, "a", TTL)).isTrue();
    assertThat(leases.tryAcquire(7, "b", TTL)).isFalse();
    assertThat(leases.tryAcquire(8, "b", TTL)).isTrue();
    assertThat(leases.tryAcquire(7, "a", TTL)).as("the holder again: renewed").isTrue();
  }

  @Test
  void anExpiredLeaseIsTakenOverAndItsOldHolderCannotRenewIt() {
    leases.tryAcquire(7, "a", TTL);
    clock.advance(TTL.minusSeconds(1));
    assertThat(leases.tryAcquire(7, "b", TTL)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(leases.tryAcquire(7, "b", TTL)).isTrue();
    assertThat(leases.renew(7, "a", TTL)).isFalse();
    assertThat(leases.renew(7, "b", TTL)).isTrue();
  }

  @Test
  void renewingPushesTheExpiryAndReleasingFreesTheSourceForOthersOnly() {
    leases.tryAcquire(7, "a", TTL);
    clock.advance(TTL.minusSeconds(1));
    assertThat(leases.renew(7, "a", TTL)).isTrue();
    clock.advance(Duration.ofSeconds(2));
    assertThat(leases.tryAcquire(7, "b", TTL)).as("renewed: not expired").isFalse();
    leases.release(7, "b");
    assertThat(leases.tryAcquire(7, "c", TTL)).as("b's release changed nothing").isFalse();
    leases.release(7, "a");
    assertThat(leases.tryAcquire(7, "c", TTL)).isTrue();
    assertThat(leases.renew(9, "a", TTL)).as("never leased").isFalse();
  }
}
