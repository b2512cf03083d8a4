package org.marsad.story.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.marsad.eval.JsonLines;
import org.marsad.story.ArticleSimilarity;
import org.marsad.story.ArticleTerms;
import org.marsad.story.StoryDoc;
import org.marsad.story.TermStatistics;

/**
 * {@code marsad eval similarity}: Pearson correlation between {@link ArticleSimilarity} and human
 * ratings of article pairs (SemEval-2022 Task 8: JSONL with {@code text1}, {@code text2} and {@code
 * Overall}, 1 = very similar ... 4 = very dissimilar, so a good measure correlates negatively).
 *
 * <p>Statistics: the background corpus (JSONL with {@code title} and {@code text}), when given, is
 * observed first, then every text of the pairs, as the running system learns from the articles it
 * sees; the ratings are read only to correlate. Speed: pairs scored per second, each from raw text
 * (both texts tokenized and weighted), on one thread, after a warm-up.
 */
public final class SimilarityEvaluation {
  private static final double MIN_TIMED_SECONDS = 1.0;

  /** Keeps the timed scores observable, so the JIT cannot drop the work. */
  static volatile double checksum;

  /**
   * @param pairs pairs scored
   * @param skipped lines without two texts and a rating
   * @param backgroundDocs documents observed from the background corpus
   * @param pearson correlation of similarity with the rating (negative when the measure is good)
   * @param pairsPerSecond scoring speed
   */
  public record Result(
      int pairs, int skipped, int backgroundDocs, double pearson, double pairsPerSecond) {}

  private record RatedPair(StoryDoc a, StoryDoc b, double overall) {}

  private SimilarityEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @param background a JSONL corpus to learn document frequencies from, or null
   * @param withEntities adds the entities a document names (or leaves it as it is, to measure
   *     similarity without them)
   * @throws IOException if a file cannot be read
   */
  public static Result run(Path pairsFile, Path background, UnaryOperator<StoryDoc> withEntities)
      throws IOException {
    TermStatistics statistics = new TermStatistics();
    ArticleSimilarity similarity = new ArticleSimilarity(statistics);
    int[] backgroundDocs = {0};
    if (background != null) {
      JsonLines.eachObject(
          background,
          n -> {
            StoryDoc doc =
                withEntities.apply(
                    new StoryDoc(
                        0,
                        null,
                        n.path("title").asText(""),
                        n.path("text").asText(""),
                        null,
                        null));
            similarity.observe(similarity.terms(doc));
            backgroundDocs[0]++;
            return null;
          });
    }
    List<RatedPair> pairs = new ArrayList<>();
    List<String> skipped =
        JsonLines.eachObject(
            pairsFile,
            n -> {
              if (!n.path("text1").isTextual()
                  || !n.path("text2").isTextual()
                  || !n.path("Overall").isNumber()) {
                return "no text1, text2 and numeric Overall";
              }
              pairs.add(
                  new RatedPair(
                      withEntities.apply(
                          new StoryDoc(0, null, null, n.path("text1").asText(), null, null)),
                      withEntities.apply(
                          new StoryDoc(0, null, null, n.path("text2").asText(), null, null)),
                      n.path("Overall").asDouble()));
              return null;
            });
    for (RatedPair p : pairs) {
      similarity.observe(similarity.terms(p.a()));
      similarity.observe(similarity.terms(p.b()));
    }
    double[] scores = new double[pairs.size()];
    double[] ratings = new double[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      scores[i] = score(similarity, pairs.get(i));
      ratings[i] = pairs.get(i).overall();
    }
    return new Result(
        pairs.size(),
        skipped.size(),
        backgroundDocs[0],
        Statistics.pearson(scores, ratings),
        pairsPerSecond(similarity, pairs));
  }

  private static double score(ArticleSimilarity similarity, RatedPair p) {
    ArticleTerms a = similarity.terms(p.a());
    ArticleTerms b = similarity.terms(p.b());
    return similarity.vector(a).cosine(similarity.vector(b));
  }

  /** Pairs per second over at least one second of scoring, after one second of warm-up. */
  private static double pairsPerSecond(ArticleSimilarity similarity, List<RatedPair> pairs) {
    if (pairs.isEmpty()) {
      return Double.NaN;
    }
    timedRound(similarity, pairs);
    return timedRound(similarity, pairs);
  }

  /** Scores pairs in turn for {@link #MIN_TIMED_SECONDS}; pairs per second. */
  private static double timedRound(ArticleSimilarity similarity, List<RatedPair> pairs) {
    long start = System.nanoTime();
    long done = 0;
    double elapsed;
    double sum = 0;
    do {
      sum += score(similarity, pairs.get((int) (done % pairs.size())));
      done++;
      elapsed = (System.nanoTime() - start) / 1e9;
    } while (elapsed < MIN_TIMED_SECONDS);
    checksum = sum;
    return done / elapsed;
  }
}
