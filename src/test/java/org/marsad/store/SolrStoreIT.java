package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.Source;
import org.marsad.model.StorySummary;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrStore;
import org.marsad.solr.TestCluster;
import org.marsad.store.UpsertResult.Outcome;
import org.marsad.testing.Reliability;

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

  @Test
  void urlsAndBylinesOfAnyLengthAreStoredAndFound() {
    String url = "https://a.example/" + "%D8%A7".repeat(10_000);
    String guid = "urn:" + "ب".repeat(20_000);
    long source = store.addSource(feed(url + "/rss")).id();
    Article huge =
        new Article(
            0,
            url,
            guid,
            source,
            "م".repeat(40_000),
            "عنوان",
            "نص",
            null,
            PUBLISHED,
            null,
            "كاتب".repeat(10_000),
            "فئة".repeat(10_000),
            List.of());
    long id = store.upsert(huge).id();
    assertThat(store.upsert(huge).outcome()).isEqualTo(UpsertResult.Outcome.UNCHANGED);
    Article stored = store.articleByUrl(url).orElseThrow();
    assertThat(stored.id()).isEqualTo(id);
    assertThat(stored.author()).isEqualTo(huge.author());
    assertThat(store.articleByGuid(source, guid)).contains(stored);
    assertThat(store.sourceByUrl(url + "/rss")).get().extracting(Source::id).isEqualTo(source);
    store.putAnalyses(List.of(new AnalyzedArticle(stored, new ArticleAnalysis(id, id))));
    assertThat(store.story(id)).get().extracting(StorySummary::articles).isEqualTo(1);
    Reliability.record(
        "bad-input",
        "SolrStoreIT.urlsAndBylinesOfAnyLengthAreStoredAndFound",
        "an article whose URL, guid, source name, byline and category are 40-80 KB each (UTF-8)",
        "stored whole, found by URL and guid, unchanged when stored again, in its story",
        "URL "
            + stored.url().length()
            + " chars, byline "
            + stored.author().length()
            + " chars round-tripped; story of "
            + store.story(id).orElseThrow().articles()
            + " article");
  }

  /**
   * A process that died between claiming a URL and writing what it claimed leaves a key document
   * naming an id with nothing under it (written here as SolrStore writes its keys).
   */
  @Test
  void keysLeftByAProcessThatDiedMidWriteAreTakenOver() throws Exception {
    SolrInputDocument sourceKey = new SolrInputDocument();
    sourceKey.setField("id", "surl:https://a.example/rss");
    sourceKey.setField("type_s", "key");
    sourceKey.setField("source_l", 77L);
    SolrInputDocument articleKey = new SolrInputDocument();
    articleKey.setField("id", "url:https://a.example/1");
    articleKey.setField("type_s", "key");
    articleKey.setField("article_l", 88L);
    admin.client().add(PREFIX + "meta", List.of(sourceKey, articleKey));
    admin.client().commit(PREFIX + "meta", true, true, true);

    Source source = store.addSource(feed("https://a.example/rss"));
    assertThat(source.id()).isEqualTo(77);
    assertThat(store.sources()).containsExactly(source);
    UpsertResult stored = store.upsert(article("https://a.example/1", "عنوان", "نص"));
    assertThat(stored).isEqualTo(new UpsertResult(88, UpsertResult.Outcome.NEW));
    assertThat(store.articleByUrl("https://a.example/1"))
        .get()
        .extracting(Article::id)
        .isEqualTo(88L);
    assertThat(store.upsert(article("https://a.example/1", "عنوان", "نص")).outcome())
        .isEqualTo(UpsertResult.Outcome.UNCHANGED);
    Reliability.record(
        "faults",
        "SolrStoreIT.keysLeftByAProcessThatDiedMidWriteAreTakenOver",
        "a source URL key and an article URL key left with nothing written under them (a process"
            + " killed between its two writes)",
        "the next add of the source and upsert of the article succeed under the keys' ids, once",
        "source id "
            + source.id()
            + ", article id "
            + stored.id()
            + " "
            + stored.outcome()
            + "; "
            + store.articleCount()
            + " article, "
            + store.sources().size()
            + " source");
  }

  /**
   * One batch mixing new articles, re-offers, updates (with and without a revision), repeats of an
   * article of the same batch, a URL move, a guid filled in and a guid of another source: stored as
   * the embedded store stores it, outcome by outcome, then article by article.
   */
  @Test
  void aMixedBatchIsStoredAsTheEmbeddedStoreStoresIt(@TempDir Path dir) {
    try (Store embedded = SqliteStore.open(dir)) {
      List<Store> both = List.of(store, embedded);
      long a = sameOnBoth(both, s -> s.addSource(feed("https://a.example/rss")).id());
      long b = sameOnBoth(both, s -> s.addSource(feed("https://b.example/rss")).id());
      List<Article> seed =
          List.of(
              fetched(article("https://a.example/1", "أول", "نص")),
              fetched(fromFeed(a, "g2", "https://a.example/2", "ثان")),
              fetched(fromFeed(a, "g3", "https://a.example/3", "ثالث")),
              fetched(article("https://a.example/4", "رابع", "")),
              fetched(fromFeed(a, null, "https://a.example/5", "خامس")));
      List<Article> mixed =
          List.of(
              fetched(fromFeed(a, "n1", "https://a.example/n1", "جديد")),
              fetched(article("https://a.example/1", "أول", "نص")),
              fetched(fromFeed(a, "g3", "https://a.example/3", "ثالث معدل")),
              fetched(article("https://a.example/4", "رابع", "نص جاء من الصفحة")),
              fetched(fromFeed(a, "n1", "https://a.example/n1", "جديد معدل")),
              fetched(article("https://a.example/1", "أول", "نص آخر")),
              fetched(fromFeed(a, "g2", "https://a.example/2-moved", "ثان")),
              fetched(article("https://a.example/n2", "جديد ثان", "نص")),
              fetched(fromFeed(a, "g5", "https://a.example/5", "خامس")),
              fetched(fromFeed(a, "n1", "https://a.example/n3", "جديد معدل")),
              fetched(fromFeed(b, "n1", "https://b.example/n1", "من مصدر آخر")),
              fetched(article("https://a.example/n4", "جديد رابع", "نص")));

      Map<Long, Long> ids = new HashMap<>();
      List<List<UpsertResult>> results = new ArrayList<>();
      for (List<Article> batch : List.of(seed, mixed, mixed)) {
        List<UpsertResult> bySolr = store.upsertAll(batch);
        List<UpsertResult> byEmbedded = embedded.upsertAll(batch);
        assertThat(bySolr)
            .extracting(UpsertResult::outcome)
            .isEqualTo(byEmbedded.stream().map(UpsertResult::outcome).toList());
        for (int i = 0; i < batch.size(); i++) {
          Long known = ids.putIfAbsent(bySolr.get(i).id(), byEmbedded.get(i).id());
          assertThat(known).as("one embedded id per Solr id").isIn(null, byEmbedded.get(i).id());
        }
        results.add(bySolr);
      }
      assertThat(new HashSet<>(ids.values())).as("one Solr id per embedded id").hasSize(ids.size());
      assertThat(results.get(1))
          .extracting(UpsertResult::outcome)
          .contains(Outcome.NEW, Outcome.UNCHANGED, Outcome.UPDATED);

      List<Article> inSolr = store.articlesAfter(0, 100);
      assertThat(inSolr).hasSize((int) embedded.articleCount());
      for (Article stored : inSolr) {
        long embeddedId = ids.get(stored.id());
        assertThat(stored.withId(embeddedId)).isEqualTo(embedded.article(embeddedId).orElseThrow());
        assertThat(store.revisions(stored.id()))
            .extracting(Revision::title, Revision::body)
            .isEqualTo(
                embedded.revisions(embeddedId).stream()
                    .map(r -> tuple(r.title(), r.body()))
                    .toList());
        assertThat(store.articleByUrl(stored.url())).contains(stored);
        if (stored.guid() != null) {
          assertThat(store.articleByGuid(stored.sourceId(), stored.guid())).contains(stored);
        }
      }
      assertThat(store.articleByUrl("https://a.example/2")).isEmpty();
      assertThat(store.changesSince(0, 100).articles())
          .extracting(Article::id)
          .containsExactlyInAnyOrderElementsOf(inSolr.stream().map(Article::id).toList());
    }
  }

  private static long sameOnBoth(List<Store> both, java.util.function.ToLongFunction<Store> add) {
    long first = add.applyAsLong(both.get(0));
    assertThat(add.applyAsLong(both.get(1))).isEqualTo(first);
    return first;
  }

  /** An article fetched at a fixed moment: the two stores' clocks would differ. */
  private static Article fetched(Article article) {
    return new Article(
        0,
        article.url(),
        article.guid(),
        article.sourceId(),
        article.source(),
        article.title(),
        article.body(),
        article.summary(),
        article.published(),
        FIRST_FETCH,
        article.author(),
        article.category(),
        article.tags());
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
