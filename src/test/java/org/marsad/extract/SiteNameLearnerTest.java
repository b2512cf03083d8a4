package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Source;

/** Titles of one source as Arabic news sites write them, learned one page after another. */
class SiteNameLearnerTest {
  private static final List<String> HEADLINES =
      List.of(
          "مجلس الأمن يمدد ولاية البعثة الأممية في ليبيا",
          "ارتفاع أسعار الذهب في الأسواق المحلية",
          "وزير الخارجية يلتقي نظيره الفرنسي في باريس",
          "انطلاق معرض الكتاب الدولي بمشاركة خمسين دولة",
          "البنك المركزي يبقي أسعار الفائدة دون تغيير",
          "قمة عربية طارئة في القاهرة الأسبوع المقبل");

  private final SiteNameLearner learner = new SiteNameLearner();

  private List<String> learn(String key, List<String> titles) {
    List<String> out = new ArrayList<>();
    for (String title : titles) {
      out.add(learner.strip(key, title));
    }
    return out;
  }

  private static List<String> suffixed(String separator, String site, int n) {
    return HEADLINES.subList(0, n).stream().map(h -> h + separator + site).toList();
  }

  @Test
  void anEndRepeatedAcrossTheSourcesTitlesIsCutOnceItHasEvidence() {
    List<String> titles = suffixed(" - ", "الشرق الأوسط", 5);

    List<String> out = learn("source:1", titles);

    assertThat(out.subList(0, SiteNameLearner.MIN_TITLES - 1))
        .as("before %d titles repeat it, the title is kept whole", SiteNameLearner.MIN_TITLES)
        .isEqualTo(titles.subList(0, SiteNameLearner.MIN_TITLES - 1));
    assertThat(out.subList(SiteNameLearner.MIN_TITLES - 1, 5))
        .isEqualTo(HEADLINES.subList(SiteNameLearner.MIN_TITLES - 1, 5));
  }

  @Test
  void aStartRepeatedAcrossTheSourcesTitlesIsCut() {
    List<String> titles = HEADLINES.stream().map(h -> "صحيفة سبق | " + h).toList();

    List<String> out = learn("source:2", titles);

    assertThat(out.get(HEADLINES.size() - 1)).isEqualTo(HEADLINES.get(HEADLINES.size() - 1));
    assertThat(out.get(0)).isEqualTo(titles.get(0));
  }

  @Test
  void theNameIsMatchedNormalizedAndTheRestKeepsItsOwnDash() {
    List<String> titles =
        List.of(
            "غزة - مراسلنا: قصف متواصل على الأحياء الشرقية | صحيفة سبق",
            "ارتفاع أسعار الذهب في الأسواق المحلية | صحيفه سبق",
            "وزير الخارجية يلتقي نظيره الفرنسي | صحيفة سبق",
            "غزة - مراسلنا: انتشال ضحايا من تحت الأنقاض | صحيفة سبق");

    List<String> out = learn("source:3", titles);

    assertThat(out.get(3)).isEqualTo("غزة - مراسلنا: انتشال ضحايا من تحت الأنقاض");
  }

  @Test
  void aHeadlineWithADashOnASourceWithoutRepetitionIsKeptWhole() {
    List<String> titles =
        List.of(
            "غزة - مراسلنا: قصف متواصل على الأحياء الشرقية",
            "القدس - مراسلنا: اقتحامات في البلدة القديمة",
            "رام الله - مراسلنا: إضراب شامل في المدن",
            "بيروت - مراسلنا: جلسة جديدة لانتخاب رئيس");

    assertThat(learn("source:4", titles)).isEqualTo(titles);
  }

  @Test
  void aDatelineOpeningHalfTheTitlesIsNotTakenForTheSiteName() {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < HEADLINES.size(); i++) {
      titles.add(i % 2 == 0 ? HEADLINES.get(i) : "غزة - " + HEADLINES.get(i));
    }

    assertThat(learn("source:5", titles)).isEqualTo(titles);
  }

  @Test
  void theSameTitleSeenAgainIsNoNewEvidence() {
    String title = HEADLINES.get(0) + " - الشرق الأوسط";
    List<String> out = learn("source:6", List.of(title, title, title, title));

    assertThat(out).containsOnly(title);
  }

  @Test
  void twoSourcesDoNotShareEvidence() {
    List<String> titles = suffixed(" - ", "الشرق الأوسط", 5);
    learn("source:7", titles.subList(0, 2));
    learn("source:8", titles.subList(2, 3));

    assertThat(learner.strip("source:8", titles.get(3)))
        .as("four such titles were seen, but only two of this source")
        .isEqualTo(titles.get(3));
    assertThat(learner.strip("source:7", titles.get(4))).isEqualTo(HEADLINES.get(4));
  }

  @Test
  void keysNameTheStoredSourceOrElseThePagesHost() {
    Source stored = new Source(9, "https://aawsat.example/feed", "الشرق الأوسط", null, null);
    Source unsaved = new Source(0, "https://aawsat.example/feed", null, null, null);

    assertThat(SiteNameLearner.keyOf(stored, "https://other.example/a"))
        .isNotEqualTo(SiteNameLearner.keyOf(stored.withId(10), "https://other.example/a"));
    assertThat(SiteNameLearner.keyOf(unsaved, "https://SABQ.example/a"))
        .isEqualTo(SiteNameLearner.keyOf(unsaved, "https://sabq.example/b"))
        .isNotEqualTo(SiteNameLearner.keyOf(unsaved, "https://aawsat.example/a"));
    assertThat(SiteNameLearner.keyOf(unsaved, "not a url %%")).isEqualTo("host:");
  }

  @Test
  void memoryIsBoundedInSourcesAndInTitlesPerSource() {
    for (int i = 0; i < SiteNameLearner.MAX_SOURCES * 2; i++) {
      learner.strip("source:" + i, HEADLINES.get(i % HEADLINES.size()) + " - موقع " + i);
    }
    assertThat(learner.sourcesRemembered()).isEqualTo(SiteNameLearner.MAX_SOURCES);

    List<String> titles = suffixed(" | ", "صحيفة سبق", 3);
    learn("forgetful", titles.subList(0, 2));
    for (int i = 0; i < SiteNameLearner.MAX_SOURCES; i++) {
      learner.strip("other:" + i, HEADLINES.get(0));
    }
    assertThat(learner.strip("forgetful", titles.get(2)))
        .as("the source was forgotten: its first two titles are no evidence any more")
        .isEqualTo(titles.get(2));

    List<String> renamed = new ArrayList<>();
    for (int i = 0; i < SiteNameLearner.TITLES_PER_SOURCE; i++) {
      renamed.add("خبر رقم " + i + " عن الاقتصاد | الاسم الجديد");
    }
    learn("renamed", suffixed(" | ", "الاسم القديم", 3));
    learn("renamed", renamed);
    assertThat(learner.strip("renamed", HEADLINES.get(5) + " | الاسم القديم"))
        .as("the old name's titles fell out of the source's %d", SiteNameLearner.TITLES_PER_SOURCE)
        .isEqualTo(HEADLINES.get(5) + " | الاسم القديم");
  }
}
