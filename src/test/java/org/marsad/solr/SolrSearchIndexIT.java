package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchIndexContractTest;
import org.marsad.search.SearchRequest;

/**
 * The {@link SearchIndexContractTest} on SolrCloud: a {@link SolrSearchIndex} on the shared 3-node
 * test cluster (2 shards, 2 replicas), under a prefix of its own, emptied before each case; and
 * what differs from the embedded index: several processes share the collection and its store
 * cursor, and a rebuild that fails midway keeps every article (the embedded index keeps its
 * previous commit as it was; Solr cannot take back what it received, see {@link SolrSearchIndex}).
 */
class SolrSearchIndexIT extends SearchIndexContractTest {

  private static SolrCluster solr;
  private static String prefix;
  private static SolrSearchIndex search;

  @BeforeAll
  static void openCollection() {
    solr = SolrCluster.connect(TestCluster.shared().zkAddress());
    solr.uploadConfigset();
    prefix = "t" + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + "_";
    search = SolrSearchIndex.open(solr, prefix);
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

  @Test
  void anotherProcessSeesWhatOneCommittedAndTheCursorItRecorded() {
    SolrSearchIndex other = SolrSearchIndex.open(solr, prefix);
    other.update(article(30, "زلزال قوي يضرب تركيا"));
    other.commit(77);
    assertThat(index.search(SearchRequest.of("زلزال")).hits())
        .extracting(SearchHit::id)
        .containsExactly(30L);
    assertThat(index.storeCursor()).isEqualTo(77);
    assertThat(index.size()).as("the cursor is not an article").isEqualTo(8);
  }

  @Test
  void aRebuildFailingMidwayLosesNoArticle() {
    int before = index.size();
    Iterator<AnalyzedArticle> failing =
        Stream.<Supplier<AnalyzedArticle>>of(
                () -> article(1, "عنوان جديد للمؤتمر"),
                () -> {
                  throw new IllegalStateException("the store went away");
                })
            .map(Supplier::get)
            .iterator();
    assertThatThrownBy(() -> index.rebuild(failing, () -> 5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the store went away");
    index.refresh();
    assertThat(index.size()).isEqualTo(before);
    assertThat(index.storeCursor()).as("not committed as rebuilt").isZero();
  }

  private static AnalyzedArticle article(long id, String title) {
    return new AnalyzedArticle(
        new Article(
            id,
            "https://example.org/" + id,
            null,
            0,
            "BBC",
            title,
            title,
            null,
            Instant.parse("2024-03-06T00:00:00Z"),
            Instant.parse("2024-03-06T00:00:00Z"),
            null,
            null,
            List.of()),
        null);
  }
}
