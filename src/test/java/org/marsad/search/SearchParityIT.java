package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrSearchIndex;
import org.marsad.solr.TestCluster;
import org.marsad.testing.Reliability;

/**
 * The same ANT sample in the embedded index and in SolrCloud answers real queries the same: for
 * queries cut from the sample's own titles (whole headlines, one to three words, phrases, a word
 * within one source, a word less another, words with a proclitic written on, word beginnings, OR,
 * title: and date ranges), both give the same total, the same set of matching ids, the same source
 * and day facets, and the same snippets for the hits both show first. Every query class gives
 * identical hits; none is left out. Skipped when the shared data is absent.
 */
class SearchParityIT {

  private static final int SAMPLE_EVERY = 100;
  private static final long SEED = 10;

  @TempDir static Path data;
  private static List<Article> articles;
  private static ArticleIndex embedded;
  private static SolrCluster solr;
  private static SolrSearchIndex cloud;

  @BeforeAll
  static void indexTheSampleTwice() throws IOException {
    articles = AntSample.articles();
    embedded = ArticleIndex.open(ArticleIndex.pathIn(data));
    embedded.rebuild(analyzed(), () -> 1);
    solr = SolrCluster.connect(TestCluster.shared().zkAddress());
    solr.uploadConfigset();
    cloud =
        SolrSearchIndex.open(
            solr, "p" + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + "_");
    long start = System.nanoTime();
    cloud.rebuild(analyzed(), () -> 1);
    System.out.printf(
        "indexed %d ANT articles into SolrCloud in %d ms%n",
        articles.size(), (System.nanoTime() - start) / 1_000_000);
  }

  private static java.util.Iterator<AnalyzedArticle> analyzed() {
    return articles.stream().map(a -> new AnalyzedArticle(a, null)).iterator();
  }

  @AfterAll
  static void close() {
    if (embedded != null) {
      embedded.close();
    }
    if (solr != null) {
      solr.close();
    }
  }

  @Test
  void bothIndexesHoldEveryArticle() {
    assertThat(cloud.size()).isEqualTo(embedded.size()).isEqualTo(articles.size());
  }

  @Test
  void realQueriesFindTheSameArticlesInBoth() {
    Map<String, List<String>> byClass = queries();
    List<Long> allIds = articles.stream().map(Article::id).toList();
    List<String> differences = new ArrayList<>();
    int queried = 0;
    long hitsCompared = 0;
    int snippetsCompared = 0;
    for (Map.Entry<String, List<String>> kind : byClass.entrySet()) {
      for (String query : kind.getValue()) {
        queried++;
        SearchRequest request = SearchRequest.of(query).withAllCopies(true).withLimit(20);
        SearchResult local = embedded.search(request);
        SearchResult remote = cloud.search(request);
        Set<Long> localIds = embedded.matching(query, allIds);
        Set<Long> remoteIds = cloud.matching(query, allIds);
        hitsCompared += localIds.size();
        String label = kind.getKey() + " «" + query + "»";
        if (local.total() != remote.total() || local.total() != localIds.size()) {
          differences.add(label + ": total " + local.total() + " vs " + remote.total());
        }
        if (!localIds.equals(remoteIds)) {
          differences.add(label + ": " + difference(localIds, remoteIds));
        }
        if (!local.facets().sources().equals(remote.facets().sources())
            || !local.facets().days().equals(remote.facets().days())) {
          differences.add(label + ": facets " + local.facets() + " vs " + remote.facets());
        }
        if (!local.problems().equals(remote.problems())) {
          differences.add(label + ": problems " + local.problems() + " vs " + remote.problems());
        }
        Map<Long, SearchHit> remoteHits =
            remote.hits().stream().collect(Collectors.toMap(SearchHit::id, Function.identity()));
        for (SearchHit hit : local.hits()) {
          SearchHit other = remoteHits.get(hit.id());
          if (other != null) {
            snippetsCompared++;
            if (!hit.equals(other)) {
              differences.add(label + ": hit " + hit + " vs " + other);
            }
          }
        }
      }
    }
    String perClass =
        byClass.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().size())
            .collect(Collectors.joining(", "));
    System.out.printf(
        "parity: %d queries (%s), %d matching ids and %d hits compared, %d differences%n",
        queried, perClass, hitsCompared, snippetsCompared, differences.size());
    differences.stream().limit(20).forEach(System.out::println);
    assertThat(differences).isEmpty();
    assertThat(queried).isGreaterThan(articles.size() / SAMPLE_EVERY * 5);
    assertThat(hitsCompared).isGreaterThan(queried);
    Reliability.record(
        "parity",
        "SearchParityIT.realQueriesFindTheSameArticlesInBoth",
        "the ANT sample ("
            + articles.size()
            + " articles) in the embedded index and in a 2-shard, 2-replica SolrCloud collection;"
            + " queries cut from its titles: "
            + perClass,
        "the same total, matching ids, source and day facets, problems and shown hits (snippets"
            + " included) for every query",
        queried
            + " queries, "
            + hitsCompared
            + " matching ids and "
            + snippetsCompared
            + " hits compared, "
            + differences.size()
            + " differences");
  }

  private static String difference(Set<Long> local, Set<Long> remote) {
    Set<Long> onlyLocal = new HashSet<>(local);
    onlyLocal.removeAll(remote);
    Set<Long> onlyRemote = new HashSet<>(remote);
    onlyRemote.removeAll(local);
    return "only embedded " + onlyLocal + ", only Solr " + onlyRemote;
  }

  /** Queries by class, cut from every {@value #SAMPLE_EVERY}th article's title. */
  private static Map<String, List<String>> queries() {
    Random random = new Random(SEED);
    Map<String, List<String>> byClass = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i += SAMPLE_EVERY) {
      Article article = articles.get(i);
      List<String> words = words(article.title());
      if (words.size() < 3) {
        continue;
      }
      int at = random.nextInt(words.size() - 2);
      String word = words.get(at);
      String other =
          words(articles.get(random.nextInt(articles.size())).title()).stream()
              .findFirst()
              .orElse("مصر");
      add(byClass, "headline", article.title().replace('"', ' '));
      add(byClass, "one word", word);
      add(byClass, "two words", word + " " + words.get(at + 1));
      add(byClass, "three words", String.join(" ", words.subList(at, at + 3)));
      add(byClass, "phrase", "\"" + word + " " + words.get(at + 1) + "\"");
      add(byClass, "source", word + " source:\"" + article.source() + "\"");
      add(byClass, "negation", word + " -" + other);
      add(byClass, "proclitic", (random.nextBoolean() ? "و" : "ال") + word);
      if (word.length() > 4) {
        add(byClass, "word beginning", word.substring(0, 3 + random.nextInt(word.length() - 3)));
      }
      add(byClass, "or", word + " OR " + other);
      add(byClass, "title", "title:" + word);
      if (article.published() != null) {
        String day = ArticleFields.day(article.published());
        add(byClass, "date range", word + " from:" + day + " to:" + day);
      }
    }
    return byClass;
  }

  private static void add(Map<String, List<String>> byClass, String kind, String query) {
    byClass.computeIfAbsent(kind, k -> new ArrayList<>()).add(query);
  }

  /** The title's words: letters only, so that a word is one token to the query syntax. */
  private static List<String> words(String title) {
    List<String> words = new ArrayList<>();
    for (String word : Objects.requireNonNullElse(title, "").split("\\s+")) {
      if (!word.isEmpty() && word.chars().allMatch(Character::isLetter)) {
        words.add(word);
      }
    }
    return words;
  }
}
