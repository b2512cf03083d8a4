package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.ingest.ImportListener;
import org.marsad.ingest.JsonlImporter;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;

/**
 * Related articles over the whole ANT sample, imported through the real pipeline (the JSONL
 * importer, then the duplicate and story stages and the index): for every article, the related list
 * never holds the article, one of its copies, an article of its own story, or two articles of one
 * story. Also measures what the list is worth: the share in the article's own category, and how
 * many silver near-duplicate pairs (which belong in one duplicate group, not in "read also") show
 * up. Skipped when the shared data is absent.
 */
class RelatedArticlesAntIT {
  private static final Path ANT_DIR =
      Path.of(System.getProperty("marsad.data", "../shared/data"), "ant-corpus-v2.1-sample");
  private static final int LIMIT = 5;

  @TempDir Path data;

  @Test
  void relatedArticlesNeverRepeatTheArticleItsCopiesOrAStory() throws IOException {
    Path docs = ANT_DIR.resolve("ant_v2.1_sample.jsonl");
    assumeTrue(Files.isRegularFile(docs), "ANT sample not found at " + docs + ": skipped");
    try (Store store = Backends.openStore(data);
        SearchIndex index = Backends.openIndex(data)) {
      long start = System.nanoTime();
      new JsonlImporter(store).importFile(docs, ImportListener.NONE);
      Engine.follower(store, index, MarsadConfig.defaults()).catchUp();
      double importSeconds = (System.nanoTime() - start) / 1e9;

      List<Article> articles = new ArrayList<>();
      store.forEachArticleBatch(1_000, articles::addAll);
      Map<Long, ArticleAnalysis> analyses =
          store.analyses(articles.stream().map(Article::id).toList());
      Map<Long, Article> byId = new HashMap<>();
      articles.forEach(a -> byId.put(a.id(), a));
      Map<Long, Set<Long>> silver =
          silverDuplicates(store, docs, ANT_DIR.resolve("near_duplicates_silver.tsv"));

      RelatedArticles related =
          new RelatedArticles(store, index, RelatedArticles.Settings.DEFAULTS);
      long shown = 0;
      long sameCategory = 0;
      long silverShown = 0;
      long withAny = 0;
      start = System.nanoTime();
      for (Article x : articles) {
        ArticleAnalysis own = analyses.get(x.id());
        List<RelatedHit> hits = related.of(x.id(), LIMIT).orElseThrow().related();
        Set<Long> stories = new HashSet<>();
        for (RelatedHit hit : hits) {
          long id = hit.article().id();
          ArticleAnalysis their = analyses.get(id);
          assertThat(id).as("related to %d", x.id()).isNotEqualTo(x.id());
          assertThat(their.duplicateGroup())
              .as("copy %d related to %d", id, x.id())
              .isNotEqualTo(own.duplicateGroup());
          assertThat(their.story())
              .as("own story's %d related to %d", id, x.id())
              .isNotEqualTo(own.story());
          assertThat(stories.add(their.story()))
              .as("story %d twice in the related articles of %d", their.story(), x.id())
              .isTrue();
          assertThat(hit.story()).isEqualTo(their.story());
          shown++;
          if (x.category() != null && x.category().equals(byId.get(id).category())) {
            sameCategory++;
          }
          if (silver.getOrDefault(x.id(), Set.of()).contains(id)) {
            if (silverShown < 3) {
              System.out.printf(
                  "silver shown: %d %s %s | %d %s %s | sim %.3f%n",
                  x.id(), own, x.title(), id, their, byId.get(id).title(), hit.similarity());
            }
            silverShown++;
          }
        }
        withAny += hits.isEmpty() ? 0 : 1;
      }
      double relatedSeconds = (System.nanoTime() - start) / 1e9;
      long silverPairs = silver.values().stream().mapToLong(Set::size).sum() / 2;
      long silverGrouped =
          silver.entrySet().stream()
                  .flatMap(e -> e.getValue().stream().map(b -> Map.entry(e.getKey(), b)))
                  .filter(
                      p ->
                          analyses.get(p.getKey()).duplicateGroup()
                              == analyses.get(p.getValue()).duplicateGroup())
                  .count()
              / 2;
      System.out.printf(
          "silver pairs in one duplicate group: %d of %d%n", silverGrouped, silverPairs);
      System.out.printf(
          Locale.ROOT,
          "related (ANT sample): %d articles checked, %d with related articles, %.2f related per"
              + " article, same category %.3f, silver duplicates shown %d (of %d pairs);"
              + " import %.1f s, related %.1f s (%.1f ms per article)%n",
          articles.size(),
          withAny,
          (double) shown / articles.size(),
          (double) sameCategory / Math.max(1, shown),
          silverShown,
          silverPairs,
          importSeconds,
          relatedSeconds,
          relatedSeconds * 1000 / articles.size());
      assertThat(shown).isPositive();
    }
  }

  /** The silver near-duplicate pairs as store ids, both ways. */
  private static Map<Long, Set<Long>> silverDuplicates(Store store, Path docs, Path pairs)
      throws IOException {
    Map<Long, Set<Long>> silver = new HashMap<>();
    if (!Files.isRegularFile(pairs)) {
      return silver;
    }
    Map<String, Long> ids = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    UrlCanonicalizer urls = new UrlCanonicalizer();
    try (BufferedReader in = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = json.readTree(line);
        urls.tryCanonicalize(node.path("url").asText())
            .flatMap(store::articleByUrl)
            .ifPresent(a -> ids.put(node.path("docno").asText(), a.id()));
      }
    }
    List<String> lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      Long a = ids.get(cols[0]);
      Long b = ids.get(cols[1]);
      if (a != null && b != null && !a.equals(b)) {
        silver.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        silver.computeIfAbsent(b, k -> new HashSet<>()).add(a);
      }
    }
    return silver;
  }
}
