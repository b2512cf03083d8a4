package org.marsad.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.eval.EvalDoc;
import org.marsad.eval.EvalDocs;
import org.marsad.eval.EvalPair;
import org.marsad.eval.EvalPairs;

class ArticleSimilarityTest {
  private static final String STRATEGY_A =
      "رحب مجلس الأمن بتجديد استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب، وقال المندوب"
          + " إن بلاده تدعم الاستراتيجية في اجتماع نيويورك.";
  private static final String STRATEGY_B =
      "دعت الجمعية العامة الدول إلى تنفيذ إستراتيجيّة الأمم المتّحدة العالميّة لمكافحة الإرهاب"
          + " بعد هجوم جديد، بينما ناقش الوزراء التمويل في جنيف.";

  /** Statistics that have seen enough unrelated articles to tell rare words from common ones. */
  private static ArticleSimilarity seeded() {
    ArticleSimilarity similarity = new ArticleSimilarity(new TermStatistics());
    String[] filler = {
      "ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات الأمريكية",
      "فاز الفريق بالمباراة النهائية أمام جماهيره في الملعب الكبير",
      "أطلقت الشركة هاتفا جديدا بكاميرا متطورة وبطارية تدوم طويلا",
      "افتتح المهرجان السينمائي دورته بعرض فيلم وثائقي عن البحر"
    };
    for (int i = 0; i < 40; i++) {
      similarity.observe(similarity.terms(doc(filler[i % filler.length] + " رقم" + i)));
    }
    return similarity;
  }

  private static StoryDoc doc(String body) {
    return new StoryDoc(0, null, null, body, null, null);
  }

  @Test
  void aSharedEntityRaisesTheScoreWhereTheSpellingsShareNoWord() {
    ArticleSimilarity similarity = seeded();
    String bodyA = "استقبل الأمين العام أنطونيو غوتيريش الوفد في مقر المنظمة";
    String bodyB = "قال جوتيريس إن المفاوضات ستستأنف الأسبوع المقبل";
    StoryDoc plainA = doc(bodyA);
    StoryDoc plainB = doc(bodyB);
    StoryDoc namedA = new StoryDoc(0, null, null, bodyA, null, null, List.of("انطونيو غوتيريش"));
    StoryDoc namedB = new StoryDoc(0, null, null, bodyB, null, null, List.of("انطونيو غوتيريش"));
    StoryDoc otherB = new StoryDoc(0, null, null, bodyB, null, null, List.of("بشار الاسد"));
    for (StoryDoc d : List.of(namedA, namedB, otherB)) {
      similarity.observe(similarity.terms(d));
    }

    assertThat(similarity.score(plainA, plainB)).isZero();
    assertThat(similarity.score(namedA, namedB)).isGreaterThan(0.1);
    assertThat(similarity.score(namedA, otherB)).isZero();
    assertThat(namedA.contentHash()).isNotEqualTo(plainA.contentHash());
  }

  @Test
  void reasonIsTheLongestSharedNameInTheFirstArticlesSpelling() {
    ArticleSimilarity similarity = seeded();
    StoryDoc a = doc(STRATEGY_A);
    StoryDoc b = doc(STRATEGY_B);
    similarity.observe(similarity.terms(a));
    similarity.observe(similarity.terms(b));

    assertThat(similarity.reasons(a, b, 3))
        .first()
        .isEqualTo("استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب");
    assertThat(similarity.reasons(b, a, 3))
        .first()
        .isEqualTo("إستراتيجيّة الأمم المتّحدة العالميّة لمكافحة الإرهاب");
  }

  @Test
  void aReasonStaysWithinOneClauseAndReasonsDoNotOverlap() {
    ArticleSimilarity similarity = seeded();
    StoryDoc a = doc("استقبل الرئيس عبد المجيد تبون، في مدينة البليدة الوفد الزائر");
    StoryDoc b = doc("وصل الرئيس عبد المجيد تبون في مدينة البليدة صباحا");
    similarity.observe(similarity.terms(a));
    similarity.observe(similarity.terms(b));

    assertThat(similarity.reasons(a, b, 5))
        .containsExactlyInAnyOrder("الرئيس عبد المجيد تبون", "مدينة البليدة");
  }

  @Test
  void sharedFunctionWordsAndCommonWordsAreNoReason() {
    ArticleSimilarity similarity = seeded();
    StoryDoc a = doc("ارتفعت أسعار النفط في الأسواق العالمية اليوم");
    StoryDoc b = doc("فاز الفريق في الملعب الكبير اليوم");
    assertThat(similarity.reasons(a, b, 5)).isEmpty();
  }

  @Test
  void identicalTextsScoreOneUnrelatedTextsNearZero() {
    ArticleSimilarity similarity = seeded();
    assertThat(similarity.score(doc(STRATEGY_A), doc(STRATEGY_A))).isCloseTo(1.0, within());
    assertThat(similarity.score(doc(STRATEGY_A), doc("فاز الفريق بالمباراة النهائية")))
        .isLessThan(0.05);
  }

  @Test
  void timeFactorHalvesEveryHalfLife() {
    ArticleSimilarity similarity =
        new ArticleSimilarity(new TermStatistics(), 2.0, Duration.ofDays(2), 1000);
    Instant t = Instant.parse("2018-03-01T00:00:00Z");
    assertThat(similarity.timeFactor(t, t.plus(Duration.ofDays(2)))).isCloseTo(0.5, within());
    assertThat(similarity.timeFactor(t.plus(Duration.ofDays(4)), t)).isCloseTo(0.25, within());
    assertThat(similarity.timeFactor(t, null)).isEqualTo(1.0);
  }

  @Test
  void titleWordsWeighMoreThanBodyWords() {
    ArticleSimilarity similarity = seeded();
    StoryDoc titled =
        new StoryDoc(0, null, "زلزال في تركيا", "أعلنت السلطات حصيلة الضحايا في المدن", null, null);
    StoryDoc sameTitleWords = doc("زلزال في تركيا");
    StoryDoc sameBodyWords = doc("أعلنت السلطات حصيلة الضحايا");
    assertThat(similarity.score(titled, sameTitleWords))
        .isGreaterThan(similarity.score(titled, sameBodyWords));
  }

  @Test
  void invalidSettingsFailNamingTheValue() {
    TermStatistics s = new TermStatistics();
    assertThatThrownBy(() -> new ArticleSimilarity(s, 0, Duration.ofDays(1), 10))
        .hasMessageContaining("titleWeight");
    assertThatThrownBy(() -> new ArticleSimilarity(s, 1, Duration.ZERO, 10))
        .hasMessageContaining("halfLife");
  }

  /**
   * Cross-source copies in the ANT sample (AlArabiya vs SkyNews wire stories under different
   * headlines) score higher than the same article against a random article of its category, and
   * each copy is explained by shared names or phrases, shown as the first article spells them.
   */
  @Test
  void crossSourceCopiesBeatRandomSameCategoryArticles() throws IOException {
    assumeThat(Files.isRegularFile(AntStream.SILVER_PAIRS)).as("ANT silver pairs").isTrue();
    List<EvalDoc> docs = EvalDocs.read(AntStream.SAMPLE).items();
    Map<String, EvalDoc> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.docno(), d));
    ArticleSimilarity similarity = new ArticleSimilarity(new TermStatistics());
    docs.forEach(d -> similarity.observe(similarity.terms(story(d))));
    Random random = new Random(7);
    int pairs = 0;
    int wins = 0;
    int explained = 0;
    for (EvalPair p : EvalPairs.read(AntStream.SILVER_PAIRS, docs).items()) {
      EvalDoc a = byId.get(p.a());
      EvalDoc b = byId.get(p.b());
      if (!p.duplicate() || a.source().equals(b.source()) || a.text().length() < 300) {
        continue;
      }
      EvalDoc other;
      do {
        other = docs.get(random.nextInt(docs.size()));
      } while (!other.category().equals(a.category()) || other == a || other == b);
      pairs++;
      if (similarity.score(story(a), story(b)) > similarity.score(story(a), story(other))) {
        wins++;
      }
      List<String> reasons = similarity.reasons(story(a), story(b), 3);
      String shownText = a.title() + "\n\n" + a.text();
      assertThat(reasons).allMatch(shownText::contains, "reasons are spelled as article a");
      explained += reasons.isEmpty() ? 0 : 1;
    }
    assertThat(pairs).isGreaterThan(100);
    assertThat((double) wins / pairs).isGreaterThanOrEqualTo(0.98);
    assertThat(explained).as("copies with a shared name or phrase").isEqualTo(pairs);
  }

  private static StoryDoc story(EvalDoc d) {
    return new StoryDoc(0, d.source(), d.title(), d.text(), null, null);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
