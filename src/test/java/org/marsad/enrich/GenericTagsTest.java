package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.eval.EvalDoc;

class GenericTagsTest {
  private static final String SAUDI_OIL =
      "أرامكو ترفع إنتاج النفط\n\nقالت شركة أرامكو السعودية إن إنتاجها من النفط ارتفع في"
          + " المملكة، وإن الرياض تتوقع تعافي الأسعار. وأضافت الشركة أن صادرات السعوديه زادت.";

  @Test
  void pageTagsTheArticleNeverMentionsAreGeneric() {
    assertThat(GenericTags.of(List.of("كورونا", "بريطانيا", "السعودية"), SAUDI_OIL))
        .containsExactly("كورونا", "بريطانيا");
  }

  @Test
  void mentionsAreFoundWhateverTheSpelling() {
    assertThat(GenericTags.of(List.of("السعوديّة", "نفط", "أرامكو", "الرياض", "ارامكو"), SAUDI_OIL))
        .isEmpty();
    assertThat(GenericTags.of(List.of("الشركة السعودية"), SAUDI_OIL)).isEmpty();
  }

  @Test
  void aMultiWordTagIsMentionedByItsWordsCloseTogether() {
    String text = "تستمر الحرب الدائرة في سوريا منذ سنوات.";
    assertThat(GenericTags.of(List.of("الحرب في سوريا", "الحرب الأهلية", "سوريا الحرب"), text))
        .containsExactly("الحرب الأهلية", "سوريا الحرب");
  }

  @Test
  void aDerivedWordIsNoMention() {
    assertThat(GenericTags.of(List.of("بريطانيا"), "قالت الحكومة البريطانية"))
        .containsExactly("بريطانيا");
  }

  @Test
  void blankNullAndEmptyInputsGiveNothing() {
    assertThat(GenericTags.of(null, SAUDI_OIL)).isEmpty();
    assertThat(GenericTags.of(Arrays.asList(null, " ", "، "), SAUDI_OIL)).isEmpty();
    assertThat(GenericTags.of(List.of("كورونا"), null)).containsExactly("كورونا");
  }

  /** Each ANT article against tags taken from other articles' titles: figures for the report. */
  @Test
  void onRealArticlesTheirOwnTitleWordsAreNeverGeneric() {
    int checked = 0;
    for (EvalDoc d : AntArticles.docs()) {
      List<String> own = List.of(d.title().split("[\\s:،,.\"]+"));
      List<String> titleWords =
          own.stream().filter(t -> Words.of(t, 1_000, null).size == 1).toList();
      assertThat(GenericTags.of(titleWords, AntArticles.text(d))).as(d.docno()).isEmpty();
      checked += titleWords.size();
    }
    assertThat(checked).isGreaterThan(10_000);
  }
}
