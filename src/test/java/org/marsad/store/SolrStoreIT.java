package org.marsad.store;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrStore;
import org.marsad.solr.TestCluster;

/**
 * The store contract on SolrCloud: a 3-node cluster, collections of this class's own prefix
 * (created once), emptied of documents before each test.
 */
class SolrStoreIT extends StoreContractTest {
  private static final String PREFIX = "t" + UUID.randomUUID().toString().substring(0, 8) + "_";
  private static SolrCluster admin;

  @BeforeAll
  static void createCollections() {
    admin = SolrCluster.connect(TestCluster.shared().zkAddress());
    admin.uploadConfigset();
    SolrStore.open(SolrCluster.connect(admin.zkAddress()), PREFIX).close();
  }

  @AfterAll
  static void disconnect() {
    if (admin != null) {
      admin.close();
    }
  }

  @Override
  Store openEmptyStore() {
    try {
      for (String collection : List.of(PREFIX + "articles", PREFIX + "meta")) {
        admin.client().deleteByQuery(collection, "*:*");
        admin.client().commit(collection, true, true, true);
      }
    } catch (Exception e) {
      throw new IllegalStateException("emptying the test collections", e);
    }
    return SolrStore.open(SolrCluster.connect(admin.zkAddress()), PREFIX);
  }
}
