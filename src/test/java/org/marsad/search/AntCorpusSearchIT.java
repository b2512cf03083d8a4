package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;

/**
 * Search over the real ANT sample on disk: filters, facets and date order against brute-force
 * answers over the same articles; titles found by their own words; snippets cut from the original
 * text. Skipped when the shared data is absent.
 */
class AntCorpusSearchIT {

  private static final int SAMPLE_EVERY = 25;
  private static final int MAX_TITLE_WORDS = 4;

  @TempDir static Path data;
  private static List<Article> articles;
  private static ArticleIndex index;

  @BeforeAll
  static void indexTheSample() throws IOException {
    articles = AntSample.articles();
    index = ArticleIndex.open(ArticleIndex.pathIn(data));
    long start = System.nanoTime();
    index.rebuild(articles.stream().map(a -> new AnalyzedArticle(a, null)).iterator(), () -> 0);
    System.out.printf(
        "indexed %d ANT articles in %d ms%n",
        articles.size(), (System.nanoTime() - start) / 1_000_000);
  }

  @AfterAll
  static void close() {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void everyArticleIsIndexedOnce() {
    assertThat(index.size()).isEqualTo(articles.size());
    assertThat(index.search(SearchRequest.of("")).total()).isEqualTo(articles.size());
  }

  @Test
  void sourceFilterAndFacetsMatchABruteForceCount() {
    SearchResult all = index.search(SearchRequest.of(""));
    assertThat(asMap(all.facets().sources())).isEqualTo(countBy(articles, Article::source));
    for (String source : countBy(articles, Article::source).keySet()) {
      long expected = articles.stream().filter(a -> source.equals(a.source())).count();
      SearchResult filtered = index.search(SearchRequest.of("source:\"" + source + "\""));
      assertThat(filtered.total()).as(source).isEqualTo(expected);
      assertThat(filtered.facets().sources())
          .containsExactly(new SearchFacets.FacetCount(source, expected));
    }
  }

  @Test
  void dateRangeAndDayFacetsMatchABruteForceCount() {
    String from = "2018-03-01";
    String to = "2018-03-31";
    List<Article> inMarch =
        articles.stream()
            .filter(a -> a.published() != null)
            .filter(a -> day(a).compareTo(from) >= 0 && day(a).compareTo(to) <= 0)
            .toList();
    SearchResult result = index.search(SearchRequest.of("from:" + from + " to:" + to));
    assertThat(result.total()).isEqualTo(inMarch.size());
    Map<String, Long> byDay = countBy(inMarch, AntCorpusSearchIT::day);
    List<Map.Entry<String, Long>> expectedTop =
        byDay.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(SearchFacets.TOP)
            .toList();
    assertThat(result.facets().days())
        .extracting(c -> Map.entry(c.value(), c.count()))
        .containsExactlyElementsOf(expectedTop);
  }

  @Test
  void dateOrderIsTheNewestArticles() {
    List<Instant> expected =
        articles.stream()
            .map(Article::published)
            .filter(Objects::nonNull)
            .sorted(Comparator.reverseOrder())
            .limit(50)
            .toList();
    SearchResult result =
        index.search(SearchRequest.of("").withOrder(SearchRequest.Order.DATE).withLimit(50));
    assertThat(result.hits()).extracting(SearchHit::published).isEqualTo(expected);
  }

  @Test
  void titlesAreFoundByTheirOwnWordsAndSnippetsAreOriginalText() {
    int queried = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < articles.size(); i += SAMPLE_EVERY) {
      Article article = articles.get(i);
      List<String> words = wordsBothChainsAgreeOn(article.title());
      if (words.isEmpty()) {
        continue;
      }
      queried++;
      String query =
          words.stream().map(w -> "title:" + w).collect(Collectors.joining(" "))
              + " source:"
              + article.source()
              + " from:"
              + day(article)
              + " to:"
              + day(article);
      SearchResult result = index.search(SearchRequest.of(query).withLimit(100));
      assertThat(result.problems()).as(query).isEmpty();
      if (result.hits().stream().noneMatch(h -> h.id() == article.id())) {
        misses.add(query);
      }
      result.hits().forEach(AntCorpusSearchIT::assertSnippetsAreOriginalText);
    }
    System.out.printf("title queries: %d, misses: %d%n", queried, misses.size());
    assertThat(queried).isGreaterThan(articles.size() / SAMPLE_EVERY / 2);
    assertThat(misses).isEmpty();
  }

  @Test
  void latencyFigures() {
    List<String> queries =
        articles.stream().map(Article::title).filter(Objects::nonNull).limit(1000).toList();
    SearchLatency.Summary summary = SearchLatency.measure(index, queries, 1);
    System.out.printf(
        "search latency over %d title queries on %d articles: p50 %.2f ms, p99 %.2f ms, max %.2f"
            + " ms%n",
        summary.queries(),
        articles.size(),
        summary.p50Millis(),
        summary.p99Millis(),
        summary.maxMillis());
    assertThat(summary.queries()).isEqualTo(queries.size());
  }

  private static void assertSnippetsAreOriginalText(SearchHit hit) {
    Article article = articles.get((int) hit.id() - 1);
    assertThat(hit.titleSnippet().text()).isEqualTo(article.title().replace('\n', ' ').strip());
    String body = article.body().replaceAll("[\\n\\r\\u2028\\u2029]", " ");
    for (String passage : hit.snippet().text().split(Snippet.PASSAGE_SEPARATOR)) {
      String uncut = passage.replaceAll("^… |^…$| …$", "");
      assertThat(body).contains(uncut);
      assertThat(uncut.length()).isLessThanOrEqualTo(SnippetFormatter.MAX_PASSAGE_CHARS);
    }
    for (Snippet.Range range : hit.titleSnippet().highlights()) {
      assertThat(range.end()).isGreaterThan(range.start());
    }
  }

  /**
   * Title words (letters only, so the query stays plain) that the index and the query chains reduce
   * to the same single token.
   */
  private static List<String> wordsBothChainsAgreeOn(String title) {
    List<String> words = new ArrayList<>();
    for (String word : title.split("\\s+")) {
      if (!word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      List<String> indexed = tokens(new ArabicNewsAnalyzer(), word);
      if (indexed.size() == 1 && indexed.equals(tokens(ArabicNewsAnalyzer.forQueries(), word))) {
        words.add(word);
      }
      if (words.size() == MAX_TITLE_WORDS) {
        break;
      }
    }
    return words;
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(ArticleFields.TITLE, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static String day(Article article) {
    return ArticleFields.day(article.published());
  }

  private static Map<String, Long> asMap(List<SearchFacets.FacetCount> counts) {
    return counts.stream()
        .collect(Collectors.toMap(SearchFacets.FacetCount::value, SearchFacets.FacetCount::count));
  }

  private static Map<String, Long> countBy(List<Article> list, Function<Article, String> key) {
    return list.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
