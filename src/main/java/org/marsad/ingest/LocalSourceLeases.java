package org.marsad.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leases for a backend that one process alone writes (the embedded store): kept in memory, so a
 * lease is always granted unless held by another owner of the same process.
 */
public final class LocalSourceLeases implements SourceLeases {

  private record Lease(String owner, Instant expires) {}

  private final Map<Long, Lease> leases = new ConcurrentHashMap<>();
  private final Clock clock;

  public LocalSourceLeases(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean tryAcquire(long sourceId, String owner, Duration ttl) {
    Instant now = clock.instant();
    Lease mine = new Lease(owner, now.plus(ttl));
    Lease result =
        leases.merge(
            sourceId,
            mine,
            (held, wanted) ->
                held.owner().equals(owner) || !held.expires().isAfter(now) ? wanted : held);
    return result == mine;
  }

  @Override
  public boolean renew(long sourceId, String owner, Duration ttl) {
    Lease renewed = new Lease(owner, clock.instant().plus(ttl));
    return leases.computeIfPresent(
            sourceId, (id, held) -> held.owner().equals(owner) ? renewed : held)
        == renewed;
  }

  @Override
  public void release(long sourceId, String owner) {
    leases.computeIfPresent(sourceId, (id, held) -> held.owner().equals(owner) ? null : held);
  }
}
