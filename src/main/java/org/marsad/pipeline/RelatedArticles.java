package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.search.DocumentFrequencies;
import org.marsad.search.PerCommit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SimilarDoc;
import org.marsad.search.SimilarQuery;
import org.marsad.store.Store;
import org.marsad.story.ArticleSimilarity;
import org.marsad.story.ArticleTerms;
import org.marsad.story.StoryDoc;
import org.marsad.story.TermStatistics;
import org.marsad.story.TermVector;

/**
 * "Read also" for an article X: articles of other stories, most related first but varied, each with
 * the names and phrases that relate it to X. The steps:
 *
 * <ol>
 *   <li>what X's page already shows is resolved to stored articles and stories ({@link
 *       PageArticles});
 *   <li>the index proposes candidates ({@link SearchIndex#similar}, MoreLikeThis over title and
 *       body), without X, its copies, its story and the page's stories where the index knows them;
 *   <li>the candidates are loaded from the store and filtered again on the store's conclusions
 *       ({@link RelatedFilter}), which the index may not have caught up with;
 *   <li>each is scored by {@link ArticleSimilarity} (the measure stories use), with inverse
 *       document frequencies from the whole index ({@link SearchIndex#documentFrequencies}):
 *       learned from the candidates alone, the topic's own names would look common among them and
 *       stop counting;
 *   <li>a candidate nearly identical to X is a copy the duplicates stage missed and is dropped
 *       ({@code copySimilarity}); each story keeps its best article; those under {@code
 *       minSimilarity} are dropped;
 *   <li>maximal marginal relevance picks the list ({@link MaximalMarginalRelevance}, {@code
 *       lambda}), candidates compared by the cosine of their TF-IDF vectors;
 *   <li>each article picked gets the phrases it shares with X ({@link ArticleSimilarity#reasons}).
 * </ol>
 *
 * Each list is computed once per index commit and kept with the commit ({@link #LISTS}): every
 * reader of an article asks for the same list, and nothing it depends on changes without a commit
 * (the store's articles, copies and stories reach the index before readers see them).
 *
 * <p>Thread-safe: each call builds its own statistics.
 */
public final class RelatedArticles {
  /** The most related articles one call returns. */
  public static final int MAX_LIMIT = 50;

  /** Reasons shown per related article. */
  static final int REASONS = 3;

  /**
   * Chars of title and body read for scoring: the lead says what an article is about, and reading
   * every candidate whole would cost more than the rest of the call.
   */
  static final int MAX_CHARS = 4_000;

  /** Words whose document frequency is remembered between calls (some 20 MB at most). */
  static final int CACHED_WORDS = 200_000;

  /**
   * The lists kept per index commit, weighed by the articles they hold (the article and each
   * related one, some 8 KB each with their text): some 25 MB at most, the lists of about 500
   * articles.
   */
  static final PerCommit<Asked, Optional<Result>> LISTS =
      new PerCommit<>(
          "related articles", 3_000, result -> 1L + result.map(r -> r.related().size()).orElse(0));

  /** What a list is asked for by. */
  record Asked(long articleId, int limit) {}

  /** Reads words (which do not depend on statistics) once per article. */
  private static final ArticleSimilarity WORDS =
      new ArticleSimilarity(
          new TermStatistics(),
          ArticleSimilarity.DEFAULT_TITLE_WEIGHT,
          ArticleSimilarity.DEFAULT_HALF_LIFE,
          MAX_CHARS);

  /**
   * Settings.
   *
   * @param candidates articles the index proposes before filtering (a story with many articles
   *     takes several of them)
   * @param lambda maximal marginal relevance: 1 ranks by similarity alone, lower values favour
   *     variety
   * @param minSimilarity articles less similar than this are not related
   * @param copySimilarity an article at least this similar (cosine, before the time factor) is a
   *     copy the duplicates stage did not group (re-titled, or outside its window), not a related
   *     article
   */
  public record Settings(
      int candidates, double lambda, double minSimilarity, double copySimilarity) {
    public static final Settings DEFAULTS = new Settings(40, 0.7, 0.05, 0.8);

    /**
     * @throws IllegalArgumentException naming the value out of range
     */
    public Settings {
      if (candidates < 1 || candidates > SimilarQuery.MAX_LIMIT) {
        throw new IllegalArgumentException(
            "related.candidates must be 1.." + SimilarQuery.MAX_LIMIT + ": " + candidates);
      }
      if (!(lambda >= 0 && lambda <= 1)) {
        throw new IllegalArgumentException("related.diversity-lambda must be 0..1: " + lambda);
      }
      if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
        throw new IllegalArgumentException("related.min-similarity must be 0..1: " + minSimilarity);
      }
      if (!(copySimilarity > minSimilarity && copySimilarity <= 1)) {
        throw new IllegalArgumentException(
            "related.copy-similarity must be above related.min-similarity and at most 1: "
                + copySimilarity);
      }
    }
  }

  /** The related articles of one article. */
  public record Result(Article article, List<RelatedHit> related) {
    public Result {
      related = List.copyOf(related);
    }
  }

  /** A candidate being scored: its words read once. */
  private record Scored(
      Article article, long story, ArticleTerms terms, TermVector vector, double similarity) {}

  private final Store store;
  private final SearchIndex index;
  private final Settings settings;
  private final PageArticles page;
  private final MaximalMarginalRelevance diversity;
  private final DocumentFrequencyCache frequencies;

  public RelatedArticles(Store store, SearchIndex index, Settings settings) {
    this.store = store;
    this.index = index;
    this.settings = settings;
    this.page = new PageArticles(store, index);
    this.diversity = new MaximalMarginalRelevance(settings.lambda());
    this.frequencies = new DocumentFrequencyCache(index, CACHED_WORDS);
  }

  /**
   * Up to {@code limit} articles related to the stored article {@code articleId}; empty when there
   * is no such article.
   *
   * @throws IllegalArgumentException when {@code limit} is not 1..{@link #MAX_LIMIT}
   */
  public Optional<Result> of(long articleId, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    return index.perCommit(LISTS, new Asked(articleId, limit), this::compute);
  }

  private Optional<Result> compute(Asked asked) {
    long articleId = asked.articleId();
    return store
        .article(articleId)
        .map(
            article ->
                new Result(
                    article,
                    related(
                        article,
                        store
                            .analyses(List.of(articleId))
                            .getOrDefault(articleId, ArticleAnalysis.NONE),
                        asked.limit())));
  }

  private List<RelatedHit> related(Article x, ArticleAnalysis analysis, int limit) {
    PageArticles.Shown shown = page.of(x);
    RelatedFilter filter = new RelatedFilter(x.id(), analysis, shown.articles(), shown.stories());
    Map<Long, Article> candidates = candidates(x, analysis, shown, filter);
    if (candidates.isEmpty()) {
      return List.of();
    }
    ArticleTerms xTerms = WORDS.terms(doc(x));
    Map<Long, ArticleTerms> terms = new LinkedHashMap<>();
    Set<String> words = new HashSet<>(xTerms.distinct());
    for (Article c : candidates.values()) {
      ArticleTerms t = WORDS.terms(doc(c));
      terms.put(c.id(), t);
      words.addAll(t.distinct());
    }
    ArticleSimilarity similarity = similarity(frequencies.of(words));
    TermVector xVector = similarity.vector(xTerms);
    Map<Long, ArticleAnalysis> analyses = store.analyses(candidates.keySet());
    Map<Long, Scored> bestOfStory = new LinkedHashMap<>();
    for (Article c : candidates.values()) {
      TermVector vector = similarity.vector(terms.get(c.id()));
      double cosine = xVector.cosine(vector);
      if (cosine >= settings.copySimilarity()) {
        continue;
      }
      double score = cosine * similarity.timeFactor(x.published(), c.published());
      long story =
          RelatedFilter.storyKey(c.id(), analyses.getOrDefault(c.id(), ArticleAnalysis.NONE));
      bestOfStory.merge(
          story,
          new Scored(c, story, terms.get(c.id()), vector, score),
          (a, b) -> b.similarity() > a.similarity() ? b : a);
    }
    List<Scored> ranked =
        bestOfStory.values().stream()
            .filter(s -> s.similarity() >= settings.minSimilarity())
            .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
            .toList();
    List<RelatedHit> hits = new ArrayList<>();
    for (Scored s :
        diversity.pick(
            ranked, Scored::similarity, (a, b) -> a.vector().cosine(b.vector()), limit)) {
      hits.add(
          new RelatedHit(
              s.article(),
              s.story(),
              s.similarity(),
              withinParagraphs(similarity.reasons(s.terms(), xTerms, 2 * REASONS))));
    }
    return hits;
  }

  /**
   * The first {@link #REASONS} reasons worth showing: within one paragraph (a name or a phrase
   * never crosses a paragraph break, while a run of words shared across one is page furniture, such
   * as a teaser of a third story that two pages of one site both carry), and not mostly the words
   * of a reason already shown ("لحزب الله" after "حزب الله", two overlapping cuts of one sentence).
   */
  static List<String> withinParagraphs(List<String> reasons) {
    List<String> shown = new ArrayList<>();
    List<Set<String>> shownWords = new ArrayList<>();
    for (String reason : reasons) {
      if (shown.size() >= REASONS) {
        break;
      }
      Set<String> words = reasonWords(reason);
      if (reason.indexOf('\n') < 0 && shownWords.stream().noneMatch(w -> mostlyIn(words, w))) {
        shown.add(reason);
        shownWords.add(words);
      }
    }
    return shown;
  }

  /** The normalized words of a reason without a leading conjunction or preposition letter. */
  private static Set<String> reasonWords(String reason) {
    Set<String> words = new HashSet<>();
    for (String word : WORDS.terms(new StoryDoc(0, null, reason, null, null, null)).distinct()) {
      boolean clitic = word.length() > 3 && "وبلف".indexOf(word.charAt(0)) >= 0;
      words.add(clitic ? word.substring(1) : word);
    }
    return words;
  }

  /** At least half of {@code words} are in {@code shown}. */
  private static boolean mostlyIn(Set<String> words, Set<String> shown) {
    long in = words.stream().filter(shown::contains).count();
    return 2 * in >= words.size();
  }

  /** The index's candidates that pass the filter, loaded from the store, in the index's order. */
  private Map<Long, Article> candidates(
      Article x, ArticleAnalysis analysis, PageArticles.Shown shown, RelatedFilter filter) {
    Set<Long> stories = new HashSet<>(shown.stories());
    if (analysis.story() != 0) {
      stories.add(analysis.story());
    }
    Set<Long> copies =
        analysis.duplicateGroup() != 0 ? Set.of(analysis.duplicateGroup()) : Set.of();
    List<SimilarDoc> docs =
        index.similar(
            new SimilarQuery(x.title(), x.body(), x.id(), copies, stories, settings.candidates()));
    Map<Long, ArticleAnalysis> analyses =
        store.analyses(docs.stream().map(SimilarDoc::id).toList());
    Map<Long, Article> candidates = new LinkedHashMap<>();
    for (SimilarDoc d : docs) {
      if (filter.admits(d.id(), analyses.getOrDefault(d.id(), ArticleAnalysis.NONE))) {
        store.article(d.id()).ifPresent(a -> candidates.put(a.id(), a));
      }
    }
    return candidates;
  }

  /** {@link ArticleSimilarity} over the index's document frequencies. */
  private static ArticleSimilarity similarity(DocumentFrequencies counts) {
    return new ArticleSimilarity(
        TermStatistics.of(counts.documents(), counts.byWord()),
        ArticleSimilarity.DEFAULT_TITLE_WEIGHT,
        ArticleSimilarity.DEFAULT_HALF_LIFE,
        MAX_CHARS);
  }

  private static StoryDoc doc(Article a) {
    return new StoryDoc(a.id(), a.source(), a.title(), a.body(), a.published(), null);
  }
}
