package org.marsad.solr;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchIndexContractTest;

/**
 * The {@link SearchIndexContractTest} on SolrCloud: a {@link SolrSearchIndex} on the shared 3-node
 * test cluster (2 shards, 2 replicas), under a prefix of its own, emptied before each case.
 */
class SolrSearchIndexIT extends SearchIndexContractTest {

  private static SolrCluster solr;
  private static SolrSearchIndex search;

  @BeforeAll
  static void openCollection() {
    solr = SolrCluster.connect(TestCluster.shared().zkAddress());
    solr.uploadConfigset();
    search =
        SolrSearchIndex.open(
            solr, "t" + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + "_");
  }

  @AfterAll
  static void disconnect() {
    if (solr != null) {
      solr.close();
    }
  }

  @Override
  protected SearchIndex emptyIndex() {
    try {
      solr.client().deleteByQuery(search.collection(), "*:*");
      solr.client().commit(search.collection());
    } catch (Exception e) {
      throw new IllegalStateException("cannot empty " + search.collection(), e);
    }
    return search;
  }
}
