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
}
