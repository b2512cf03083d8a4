package org.marsad.solr;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.ingest.SourceLeases;

/**
 * Source leases shared by every Marsad process of a cluster: one document per leased source in the
 * {@code {prefix}leases} collection (its owner and when it expires), changed only by optimistic
 * concurrency on {@code _version_}: created with {@code -1} (must not exist), renewed, taken over
 * or deleted with the version read, so of two processes racing for a source exactly one wins and
 * the other gets Solr's 409. Reads are real-time gets, which see every acknowledged write at once.
 *
 * <p>Expiry is judged by the clock of the process that reads the lease: process clocks must agree
 * to well within the TTL (minutes), which NTP gives. Closing it closes its cluster connection.
 */
public final class SolrSourceLeases implements SourceLeases {

  static final String OWNER = "owner_s";
  static final String EXPIRES = "expires_l";
  private static final String VERSION = "_version_";
  private static final long MUST_NOT_EXIST = -1;
  private static final int CONFLICT = 409;

  private final SolrCluster cluster;
  private final String collection;
  private final Clock clock;

  private SolrSourceLeases(SolrCluster cluster, String collection, Clock clock) {
    this.cluster = cluster;
    this.collection = collection;
    this.clock = clock;
  }

  /**
   * The leases of the processes sharing {@code cluster} under {@code prefix}; creates their
   * collection (one shard, {@code replicas} copies) when missing. Takes the connection over.
   */
  public static SolrSourceLeases open(
      SolrCluster cluster, String prefix, int replicas, Clock clock) {
    String collection = prefix + "leases";
    cluster.ensureCollection(collection, 1, replicas);
    return new SolrSourceLeases(cluster, collection, clock);
  }

  @Override
  public boolean tryAcquire(long sourceId, String owner, Duration ttl) {
    SolrDocument held = read(sourceId);
    if (held == null) {
      return write(sourceId, owner, ttl, MUST_NOT_EXIST);
    }
    boolean free =
        owner.equals(held.getFieldValue(OWNER))
            || ((Number) held.getFieldValue(EXPIRES)).longValue() <= clock.millis();
    return free && write(sourceId, owner, ttl, version(held));
  }

  @Override
  public boolean renew(long sourceId, String owner, Duration ttl) {
    SolrDocument held = read(sourceId);
    return held != null
        && owner.equals(held.getFieldValue(OWNER))
        && write(sourceId, owner, ttl, version(held));
  }

  @Override
  public void release(long sourceId, String owner) {
    SolrDocument held = read(sourceId);
    if (held == null || !owner.equals(held.getFieldValue(OWNER))) {
      return;
    }
    try {
      new UpdateRequest()
          .deleteById(Long.toString(sourceId), version(held))
          .process(cluster.client(), collection);
    } catch (SolrServerException | IOException | SolrException e) {
      if (!isConflict(e)) {
        throw new SolrBackendException("releasing the lease on source " + sourceId, e);
      }
      // taken over meanwhile: not ours to delete
    }
  }

  @Override
  public void close() {
    cluster.close();
  }

  private SolrDocument read(long sourceId) {
    try {
      return cluster.client().getById(collection, Long.toString(sourceId));
    } catch (SolrServerException | IOException | SolrException e) {
      throw new SolrBackendException("reading the lease on source " + sourceId, e);
    }
  }

  /** Writes the lease if its version is still {@code version}; false when another write won. */
  private boolean write(long sourceId, String owner, Duration ttl, long version) {
    SolrInputDocument lease = new SolrInputDocument();
    lease.setField("id", Long.toString(sourceId));
    lease.setField(OWNER, owner);
    lease.setField(EXPIRES, clock.millis() + ttl.toMillis());
    lease.setField(VERSION, version);
    try {
      new UpdateRequest().add(lease).process(cluster.client(), collection);
      return true;
    } catch (SolrServerException | IOException | SolrException e) {
      if (isConflict(e)) {
        return false;
      }
      throw new SolrBackendException("writing the lease on source " + sourceId, e);
    }
  }

  private static long version(SolrDocument held) {
    return ((Number) held.getFieldValue(VERSION)).longValue();
  }

  /** Solr's version conflict, however the client wrapped it. */
  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SolrException solr && solr.code() == CONFLICT) {
        return true;
      }
    }
    return false;
  }
}
