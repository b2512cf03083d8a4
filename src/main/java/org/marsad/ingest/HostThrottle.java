package org.marsad.ingest;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Per-host politeness: at most N requests in flight to one host, and a minimum gap between the
 * starts of two requests to it. Thread-safe; callers block (interruptibly) until their turn.
 *
 * <p>Hosts are keyed by {@code host:port}. Start times are handed out as reservations, so waiting
 * threads are served in turn instead of all waking at once.
 */
final class HostThrottle {
  private final int maxConcurrent;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  HostThrottle(int maxConcurrent) {
    this.maxConcurrent = maxConcurrent;
  }

  /** A granted slot; closing it lets the next request to the host in. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits for a free connection slot and for {@code gap} since the previous start to this host.
   *
   * @throws InterruptedException when interrupted while waiting (nothing is held then)
   */
  Permit acquire(String hostKey, Duration gap) throws InterruptedException {
    Host host = hosts.computeIfAbsent(hostKey, k -> new Host(maxConcurrent));
    host.slots.acquire();
    try {
      long waitNanos = host.reserveStart(gap.toNanos());
      if (waitNanos > 0) {
        TimeUnit.NANOSECONDS.sleep(waitNanos);
      }
    } catch (InterruptedException e) {
      host.slots.release();
      throw e;
    }
    return host.slots::release;
  }

  /**
   * Holds every request to the host back for {@code delay} from now (a server's Retry-After),
   * whoever makes it; a later start already reserved stays.
   */
  void holdOff(String hostKey, Duration delay) {
    hosts.computeIfAbsent(hostKey, k -> new Host(maxConcurrent)).holdOff(delay.toNanos());
  }

  private static final class Host {
    final Semaphore slots;
    private long nextStartNanos = System.nanoTime();

    Host(int maxConcurrent) {
      slots = new Semaphore(maxConcurrent, true);
    }

    synchronized void holdOff(long delayNanos) {
      nextStartNanos = Math.max(nextStartNanos, System.nanoTime() + delayNanos);
    }

    synchronized long reserveStart(long gapNanos) {
      long now = System.nanoTime();
      long start = Math.max(now, nextStartNanos);
      nextStartNanos = start + gapNanos;
      return start - now;
    }
  }
}
