package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.dedup.HeadlineGroups.Headline;

class HeadlineGroupsTest {
  private static Headline link(String title) {
    return new Headline(title, null);
  }

  @Test
  void aLinkRepeatingTheEmbeddedRelatedArticleIsGrouped() {
    List<List<Integer>> groups =
        HeadlineGroups.of(
            List.of(
                new Headline(
                    "البورصة تغلق على ارتفاع بدعم من أسهم البنوك",
                    "أغلقت البورصة جلسة اليوم على ارتفاع ملحوظ في مؤشرها الرئيسي بنسبة 1.4 في المئة."),
                link("ارتفاع أسعار النفط إلى أعلى مستوى منذ 2014"),
                link("البورصة تغلق على ارتفاع بدعم من أسهم البنوك")));

    assertThat(groups).containsExactly(List.of(0, 2));
  }

  @Test
  void aStoryRetitledInTheSimilarListIsGrouped() {
    List<List<Integer>> groups =
        HeadlineGroups.of(
            List.of(
                link("ترامب يسحب تأييده لبيان مجموعة السبع بعد تصريحات ترودو"),
                link("صندوق النقد يرفع توقعاته لنمو الاقتصاد في المنطقة"),
                link("ترامب يسحب تأييده لبيان مجموعة السبع بسبب تصريحات ترودو"),
                link("مصر: السيسي يؤدي اليمين الدستورية لولاية رئاسية ثانية"),
                link("السيسي يؤدي اليمين الدستورية رئيسا لولاية ثانية")));

    assertThat(groups).containsExactly(List.of(0, 2), List.of(3, 4));
  }

  @Test
  void reportsFromOneTemplateAreNotGrouped() {
    List<List<Integer>> groups =
        HeadlineGroups.of(
            List.of(
                link("أسعار الذهب اليوم الاثنين 5 مارس 2018"),
                link("أسعار الذهب اليوم الثلاثاء 6 مارس 2018"),
                link("نتيجة مباراة الهلال والنصر 2-1"),
                link("نتيجة مباراة الهلال والنصر 0-3"),
                link("البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي")));

    assertThat(groups).isEmpty();
  }

  @Test
  void partialOverlapsDoNotChain() {
    // Each neighbour shares most trigrams; the first and last share few.
    List<List<Integer>> groups =
        HeadlineGroups.of(
            List.of(
                link("الحكومة تعلن خطة لخفض عجز الموازنة خلال ثلاث سنوات"),
                link("الحكومة تعلن خطة لخفض عجز الميزانية العامة"),
                link("خطة لخفض عجز الميزانية العامة والدين الخارجي")));

    for (List<Integer> g : groups) {
      assertThat(g).doesNotContainSequence(0, 1, 2);
    }
  }

  @Test
  void nothingToGroupInEmptyOrUntitledLists() {
    assertThat(HeadlineGroups.of(List.of())).isEmpty();
    assertThat(HeadlineGroups.of(List.of(link(null), link(""), new Headline(null, null))))
        .isEmpty();
  }
}
