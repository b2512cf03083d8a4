package org.marsad.solr;

import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Named counters every process shares (article ids, the change cursor...): one document per
 * counter, moved on only when its {@code _version_} is the one read, so two processes never get the
 * same value; the loser of a race reads again and retries.
 */
final class SolrCounters {

  private final SolrDocs docs;

  SolrCounters(SolrDocs docs) {
    this.docs = docs;
  }

  /** A counter's last value taken, and when (wall clock, milliseconds; 0 when never moved). */
  record Reading(long value, long atMillis) {}

  /** The counter's last value taken and when, as of now (real-time get). */
  Reading read(String name) {
    SolrDocument stored = docs.get("counter:" + name);
    if (stored == null) {
      return new Reading(0, 0);
    }
    Object at = stored.getFirstValue("at_l");
    return new Reading(
        SolrFields.longValue(stored, "value_l"), at == null ? 0 : ((Number) at).longValue());
  }

  /** Reserves {@code count} consecutive values of counter {@code name}; returns the first. */
  long next(String name, int count) {
    String id = "counter:" + name;
    for (int tries = 0; tries < SolrDocs.MAX_TRIES; tries++) {
      SolrDocument stored = docs.get(id);
      long last = stored == null ? 0 : SolrFields.longValue(stored, "value_l");
      SolrInputDocument next = new SolrInputDocument();
      next.setField("id", id);
      next.setField("type_s", "counter");
      next.setField("value_l", last + count);
      // wall-clock time of the move, for readers that wait for values taken to be written
      next.setField("at_l", System.currentTimeMillis());
      long version = stored == null ? SolrDocs.ABSENT : SolrFields.longValue(stored, "_version_");
      if (docs.putIfVersion(next, version)) {
        return last + 1;
      }
    }
    throw SolrDocs.contended("counter " + name);
  }
}
