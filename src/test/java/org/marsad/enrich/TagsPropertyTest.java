package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.eval.EvalDoc;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.testing.FuzzRow;
import org.marsad.testing.PropertyRows;

/**
 * The invariant on real text: for random ANT articles, with entities on random word spans
 * of the article (canonical names sometimes a longer name the article never writes, sometimes one
 * from another article) and keywords from the extractor plus invented ones, every tag passes {@link
 * Tags#containedIn} for the article.
 */
@AddLifecycleHook(PropertyRows.class)
@AddLifecycleHook(AntArticles.Required.class)
class TagsPropertyTest {
  private static final List<String> ELSEWHERE =
      List.of("كورونا", "بريطانيا", "أمريكا", "دونالد ترامب", "الأمم المتحدة", "زير");

  record Case(int article, List<int[]> spans, int renamed, List<String> invented) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<int[]> span =
        Combinators.combine(
                Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 4))
            .as((from, length) -> new int[] {from, length});
    return Combinators.combine(
            Arbitraries.integers().between(0, 5_035),
            span.list().ofMaxSize(8),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(ELSEWHERE).list().ofMaxSize(3))
        .as(Case::new);
  }

  @Property(tries = 300)
  @FuzzRow(
      tries =
          "random ANT articles with entities on random word spans (canonical names invented or"
              + " from elsewhere) and extracted plus invented keywords",
      mustHold = "every tag is contained in its article (Tags.containedIn)")
  void everyTagIsContainedInItsArticle(@ForAll("cases") Case c) {
    List<EvalDoc> docs = AntArticles.docs();
    EvalDoc d = docs.get(c.article() % docs.size());
    String text = AntArticles.text(d);
    Words w = Words.of(text, Integer.MAX_VALUE, null);
    List<ArticleEntity> entities = new ArrayList<>();
    for (int k = 0; k < c.spans().size() && w.size > 0; k++) {
      int from = c.spans().get(k)[0] % w.size;
      int to = Math.min(w.size, from + c.spans().get(k)[1]);
      String mention = text.substring(w.starts[from], w.ends[to - 1]);
      String canonical =
          switch ((k + c.renamed()) % 3) {
            case 0 -> mention;
            case 1 -> "السيد " + mention + " الثاني";
            default -> ELSEWHERE.get(k % ELSEWHERE.size());
          };
      entities.add(
          new ArticleEntity(
              0,
              canonical,
              EntityType.MISC,
              List.of(canonical, mention),
              List.of(
                  new EntityMention(mention, EntityType.MISC, w.starts[from], w.ends[to - 1]))));
    }
    List<String> keywords =
        new ArrayList<>(
            new KeywordExtractor(AntArticles.counts())
                .keywordTexts(d.title(), d.text(), entities, 10));
    keywords.addAll(c.invented());
    List<String> tags = Tags.of(text, entities, keywords, Tags.DEFAULT_MAX);
    assertThat(tags).hasSizeLessThanOrEqualTo(Tags.DEFAULT_MAX).doesNotHaveDuplicates();
    for (String tag : tags) {
      assertThat(Tags.containedIn(tag, text)).as("%s in %s", tag, d.docno()).isTrue();
    }
  }
}
