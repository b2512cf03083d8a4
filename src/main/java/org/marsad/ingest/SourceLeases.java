package org.marsad.ingest;

import java.time.Duration;

/**
 * Who polls a source: a process polls a source only while it holds the source's lease, so that
 * processes sharing one store never poll a source at once. A lease lasts {@code ttl} unless
 * renewed; a process that dies loses its leases when they expire, and the others take its sources
 * over.
 *
 * <p>Owners are opaque names, one per process ({@link LeaseKeeper} makes them). Implementations are
 * thread-safe; a lease another owner holds is never taken before it expires.
 */
public interface SourceLeases extends AutoCloseable {

  /**
   * The lease of the per-article pipeline (duplicates, stories...), which one process runs at a
   * time over the shared store; 0 because no source has that id (they start at 1).
   */
  long PIPELINE = 0;

  /**
   * Takes the lease on a source for {@code ttl} when nobody holds it, or its holder let it expire,
   * or {@code owner} holds it already (then it is renewed).
   *
   * @return true when {@code owner} now holds it
   */
  boolean tryAcquire(long sourceId, String owner, Duration ttl);

  /**
   * Extends {@code owner}'s lease by {@code ttl} from now.
   *
   * @return false when {@code owner} no longer holds it (it expired and another took it, or it was
   *     released); nothing changes then
   */
  boolean renew(long sourceId, String owner, Duration ttl);

  /** Gives the lease up when {@code owner} holds it; otherwise does nothing. */
  void release(long sourceId, String owner);

  /** Releases what this object holds on the backend (not the leases: they expire). */
  @Override
  default void close() {}
}
