package org.marsad.ingest;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's side of the {@link SourceLeases}: one owner name for the process, the leases it
 * holds, and their renewal every third of the TTL while polls run (a teaser feed of a thousand
 * items takes minutes), so a lease expires only when the process has stopped renewing it: it died
 * or hung. Closing it stops the renewal and releases what it holds. Thread-safe.
 */
public final class LeaseKeeper implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

  private final SourceLeases leases;
  private final String owner;
  private final Duration ttl;
  private final Set<Long> held = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService renewer;

  /**
   * @throws IllegalArgumentException when {@code ttl} is under a second ({@link #checkTtl})
   */
  public LeaseKeeper(SourceLeases leases, Duration ttl) {
    checkTtl(ttl);
    this.leases = leases;
    this.ttl = ttl;
    this.owner = "pid" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    this.renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "marsad-lease-renewal");
              thread.setDaemon(true);
              return thread;
            });
    long period = ttl.toMillis() / 3;
    renewer.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
  }

  /**
   * Checks a lease TTL ({@code poll.lease-ttl}) before anything is opened: under a second, renewal
   * could not keep up.
   *
   * @throws IllegalArgumentException naming the key
   */
  public static Duration checkTtl(Duration ttl) {
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "configuration key 'poll.lease-ttl' is " + ttl.toMillis() + " ms, expected at least 1s");
    }
    return ttl;
  }

  /** This process's name as a lease owner. */
  public String owner() {
    return owner;
  }

  /** Takes the source's lease; false when another process holds it (skip the source then). */
  public boolean acquire(long sourceId) {
    if (leases.tryAcquire(sourceId, owner, ttl)) {
      held.add(sourceId);
      return true;
    }
    return false;
  }

  /**
   * Whether this process holds the lease now, as far as it knows: false once a renewal found it
   * taken, so a long task checks this between steps and stops when it lost the lease.
   */
  public boolean holds(long sourceId) {
    return held.contains(sourceId);
  }

  /**
   * Gives the source's lease up (after its poll is recorded). A failure is logged, not thrown: the
   * lease then expires after its TTL.
   */
  public void release(long sourceId) {
    held.remove(sourceId);
    try {
      leases.release(sourceId, owner);
    } catch (RuntimeException e) {
      LOG.warn("releasing the lease on source {} failed: {}", sourceId, e.toString());
    }
  }

  private void renewAll() {
    for (long sourceId : held) {
      try {
        if (!leases.renew(sourceId, owner, ttl) && held.remove(sourceId)) {
          LOG.warn(
              "lost the lease on source {} (not renewed within {} s): another process may poll it"
                  + " too; its articles are stored once",
              sourceId,
              ttl.toSeconds());
        }
      } catch (RuntimeException e) {
        LOG.warn("renewing the lease on source {} failed: {}", sourceId, e.toString());
      }
    }
  }

  /**
   * Stops renewing, releases the leases held (best effort: they expire anyway) and closes the
   * leases. Closing twice is harmless.
   */
  @Override
  public void close() {
    if (renewer.isShutdown()) {
      return;
    }
    renewer.shutdownNow();
    held.forEach(this::release);
    leases.close();
  }
}
