package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.UpsertResult;
import org.marsad.testing.Reliability;

/**
 * Collections created from the configset of an earlier release, without the update chain that
 * batched writes select (a cluster upgraded without uploading the configset again and reloading):
 * batches are still stored, one article at a time.
 */
class SolrStoreEarlierConfigsetIT {
  private static final int ARTICLES = 30;

  @Test
  void withoutTheTolerantChainBatchesAreStoredOneByOne(@TempDir Path dir) throws Exception {
    String prefix = "o" + UUID.randomUUID().toString().substring(0, 8) + "_";
    String configset = prefix + "config";
    Path conf = SolrConfigset.writeTo(dir.resolve("conf"));
    Path solrconfig = conf.resolve("solrconfig.xml");
    String current = Files.readString(solrconfig);
    String earlier =
        current.replaceAll(
            "(?s)<updateRequestProcessorChain name=\""
                + SolrDocs.TOLERANT
                + "\">.*?"
                + "</updateRequestProcessorChain>",
            "");
    assertThat(earlier).isNotEqualTo(current).doesNotContain(SolrDocs.TOLERANT);
    Files.writeString(solrconfig, earlier);
    String zk = TestCluster.shared().zkAddress();
    try (SolrZkClient client = new SolrZkClient.Builder().withUrl(zk).build()) {
      ZkMaintenanceUtils.uploadToZK(
          client, conf, ZkMaintenanceUtils.CONFIGS_ZKNODE + "/" + configset, null);
    }
    try (SolrCluster admin = SolrCluster.connect(zk)) {
      admin.uploadConfigset();
      for (String collection : List.of(prefix + "articles", prefix + "meta")) {
        CollectionAdminRequest.createCollection(collection, configset, 1, 1)
            .process(admin.client());
      }
    }
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      batch.add(
          new Article(
              0,
              "https://a.example/old/" + i,
              "urn:old:" + i,
              0,
              "سكاي",
              "خبر رقم " + i,
              "نص الخبر " + i,
              null,
              Instant.parse("2024-03-01T10:00:00Z").plusSeconds(i),
              null,
              null,
              null,
              List.of()));
    }
    try (SolrStore store =
        SolrStore.open(SolrCluster.connect(zk), prefix, 1, 1, Clock.systemUTC())) {
      List<UpsertResult> first = store.upsertAll(batch);
      List<UpsertResult> again = store.upsertAll(batch);

      assertThat(first).extracting(UpsertResult::outcome).containsOnly(UpsertResult.Outcome.NEW);
      assertThat(first).extracting(UpsertResult::id).doesNotHaveDuplicates();
      assertThat(again)
          .extracting(UpsertResult::outcome)
          .containsOnly(UpsertResult.Outcome.UNCHANGED);
      assertThat(again)
          .extracting(UpsertResult::id)
          .isEqualTo(first.stream().map(UpsertResult::id).toList());
      assertThat(store.articleCount()).isEqualTo(ARTICLES);
      for (int i = 0; i < ARTICLES; i++) {
        assertThat(store.articleByGuid(0, "urn:old:" + i))
            .get()
            .extracting(Article::id)
            .isEqualTo(first.get(i).id());
      }
      Reliability.record(
          "faults",
          "SolrStoreEarlierConfigsetIT.withoutTheTolerantChainBatchesAreStoredOneByOne",
          "collections created from an earlier configset that lacks the "
              + SolrDocs.TOLERANT
              + " update chain the batched writes select; a batch of "
              + ARTICLES
              + " articles stored twice",
          "every article stored once (NEW, then UNCHANGED under the same id), found by guid",
          store.articleCount()
              + " articles stored; "
              + first.stream().filter(r -> r.outcome() == UpsertResult.Outcome.NEW).count()
              + " NEW then "
              + again.stream().filter(r -> r.outcome() == UpsertResult.Outcome.UNCHANGED).count()
              + " UNCHANGED");
    }
  }
}
