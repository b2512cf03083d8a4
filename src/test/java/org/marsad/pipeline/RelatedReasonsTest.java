package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedReasonsTest {
  @Test
  void aRunOfWordsAcrossAParagraphBreakIsNotAReason() {
    // Shared by two unrelated CNN pages of the ANT sample: the teaser of a third story.
    List<String> found =
        List.of(
            "بهما.\n\nتلقت منظمة الشرطة الجنائية الدولية (الإنتربول) استقالة رئيسها الموقوف رهن",
            "الشعب الإيراني",
            "خامنئي",
            "المرشد",
            "قانون مكافحة");
    assertThat(RelatedArticles.withinParagraphs(found))
        .containsExactly("الشعب الإيراني", "خامنئي", "المرشد");
  }

  @Test
  void aReasonMostlyMadeOfTheWordsOfOneShownIsNotRepeated() {
    // Reasons found between two ANT articles on the UN report on Hezbollah's weapons.
    List<String> found =
        List.of(
            "لمنع حزب الله وباقي المجموعات المسلحة من حيازة أسلحة وبناء قدرات شبه",
            "الضرورية لمنع حزب الله وباقي المجموعات المسلحة من حيازة أسلحة وبناء قدرات",
            "وجود مليشيات مسلحة مهمة",
            "وحزب الله",
            "حزب الله",
            "الحرب الأهلية");
    assertThat(RelatedArticles.withinParagraphs(found))
        .containsExactly(
            "لمنع حزب الله وباقي المجموعات المسلحة من حيازة أسلحة وبناء قدرات شبه",
            "وجود مليشيات مسلحة مهمة",
            "الحرب الأهلية");
    assertThat(RelatedArticles.withinParagraphs(List.of("وحزب الله", "لحزب الله", "حزب الله")))
        .containsExactly("وحزب الله");
  }
}
