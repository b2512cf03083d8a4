package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.Tags;
import org.marsad.ingest.ImportListener;
import org.marsad.ingest.JsonlImporter;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleText;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.EntitySummary;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.store.Store;

/**
 * Enrichment over the whole ANT sample, imported through the real pipeline (importer, stages,
 * store, index): every tag is contained in its article (the "no tag for a word the article
 * does not contain"), every mention points at its text, every article with words has a category,
 * entity ids are shared across articles, and {@code entity:} finds the articles the store lists for
 * an entity. Skipped when the shared data is absent.
 */
class EnrichmentAntIT {
  private static final Path DOCS =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  @TempDir Path data;

  @Test
  void everyTagIsInItsArticleAndEntitiesAreSharedAndSearchable() throws Exception {
    assumeTrue(Files.isRegularFile(DOCS), "ANT sample not found at " + DOCS + ": skipped");
    try (Store store = Backends.openStore(data);
        SearchIndex index = Backends.openIndex(data)) {
      new JsonlImporter(store).importFile(DOCS, ImportListener.NONE);
      Engine.follower(store, index, MarsadConfig.defaults()).catchUp();

      List<Article> articles = new ArrayList<>();
      store.forEachArticleBatch(1_000, articles::addAll);
      Map<Long, ArticleAnalysis> analyses =
          store.analyses(articles.stream().map(Article::id).toList());
      long tags = 0;
      long entities = 0;
      long keywords = 0;
      long categorized = 0;
      for (Article a : articles) {
        Enrichment e = analyses.get(a.id()).enrichment();
        String text = ArticleText.of(a);
        for (String tag : e.tags()) {
          assertThat(Tags.containedIn(tag, text)).as("tag '%s' of %d", tag, a.id()).isTrue();
        }
        for (ArticleEntity entity : e.entities()) {
          assertThat(entity.id()).as("stored id of %s", entity.canonical()).isPositive();
          for (EntityMention m : entity.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
          }
        }
        tags += e.tags().size();
        entities += e.entities().size();
        keywords += e.keywords().size();
        categorized += e.category() == null ? 0 : 1;
      }
      assertThat(categorized).isEqualTo(articles.size());
      assertThat((double) tags / articles.size()).isGreaterThan(5);

      List<EntitySummary> top = store.entities("", null, 20);
      assertThat(top).isNotEmpty();
      assertThat(top.get(0).articles()).isGreaterThan(100);
      for (EntitySummary entity : top.subList(0, 5)) {
        long searched =
            index
                .search(
                    SearchRequest.of("entity:\"" + entity.canonical() + "\"")
                        .withAllCopies(true)
                        .withLimit(1))
                .total();
        assertThat(searched)
            .as("entity:%s", entity.canonical())
            .isGreaterThanOrEqualTo(entity.articles());
      }
      System.out.printf(
          Locale.ROOT,
          "enrichment of %d ANT articles: %.1f entities, %.1f keywords, %.1f tags per article;"
              + " most named: %s (%d articles)%n",
          articles.size(),
          (double) entities / articles.size(),
          (double) keywords / articles.size(),
          (double) tags / articles.size(),
          top.get(0).canonical(),
          top.get(0).articles());
    }
  }
}
