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
      long version = stored == null ? SolrDocs.ABSENT : SolrFields.longValue(stored, "_version_");
      if (docs.putIfVersion(next, version)) {
        return last + 1;
      }
    }
    throw SolrDocs.contended("counter " + name);
  }
}
