package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.story.ArticleSimilarity;
import org.marsad.story.ArticleTerms;
import org.marsad.story.StoryDoc;
import org.marsad.story.TermStatistics;
import org.marsad.story.TermVector;

class MaximalMarginalRelevanceTest {
  private static final String X =
      "الأمم المتحدة تعتمد استراتيجية جديدة لمكافحة الإرهاب. اعتمدت الجمعية العامة للأمم المتحدة"
          + " المراجعة السابعة لاستراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب.";

  /** Two angles on one topic (nearly the same words) and a third angle in other words. */
  private static final List<String> CANDIDATES =
      List.of(
          "الجمعية العامة تراجع استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب وتدعو الدول إلى"
              + " تبادل المعلومات",
          "الجمعية العامة تراجع استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب وتدعو الدول إلى"
              + " تبادل الخبرات",
          "مجلس الأمن يناقش شبكات تمويل الإرهاب في ضوء استراتيجية الأمم المتحدة لمكافحة الإرهاب"
              + " ويجمد أصول قادة التنظيم");

  private final ArticleSimilarity similarity = new ArticleSimilarity(new TermStatistics());
  private final Map<String, TermVector> vectors = new HashMap<>();

  private TermVector vector(String text) {
    return vectors.computeIfAbsent(
        text,
        t -> {
          ArticleTerms terms = similarity.terms(new StoryDoc(0, null, null, t, null, null));
          return similarity.vector(terms);
        });
  }

  private double relevance(String text) {
    return vector(X).cosine(vector(text));
  }

  private double alike(String a, String b) {
    return vector(a).cosine(vector(b));
  }

  private List<String> pick(double lambda, int k) {
    return new MaximalMarginalRelevance(lambda).pick(CANDIDATES, this::relevance, this::alike, k);
  }

  @Test
  void withLambdaOneItIsRelevanceOrder() {
    List<String> byRelevance =
        CANDIDATES.stream().sorted((a, b) -> Double.compare(relevance(b), relevance(a))).toList();
    assertThat(pick(1.0, 3)).containsExactlyElementsOf(byRelevance);
    assertThat(relevance(CANDIDATES.get(2))).isLessThan(relevance(CANDIDATES.get(1)));
  }

  @Test
  void aSecondArticleOnTheSameAngleGivesWayToAnotherAngle() {
    assertThat(alike(CANDIDATES.get(0), CANDIDATES.get(1))).isGreaterThan(0.8);
    List<String> varied = pick(0.7, 2);
    assertThat(varied).hasSize(2);
    assertThat(varied.get(1)).isEqualTo(CANDIDATES.get(2));
  }

  @Test
  void picksAtMostKAndAtMostWhatThereIs() {
    assertThat(pick(0.7, 1)).hasSize(1);
    assertThat(pick(0.7, 10)).containsExactlyInAnyOrderElementsOf(CANDIDATES);
    assertThat(new MaximalMarginalRelevance(0.7).pick(List.<String>of(), s -> 1, (a, b) -> 0, 3))
        .isEmpty();
  }

  @Test
  void lambdaOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new MaximalMarginalRelevance(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> new MaximalMarginalRelevance(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
