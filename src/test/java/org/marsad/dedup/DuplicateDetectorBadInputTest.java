package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.dedup.DedupTexts.doc;
import static org.marsad.dedup.DedupTexts.sentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.dedup.DuplicateMatch.Method;
import org.marsad.testing.Reliability;

/** Bodies that say nothing must not group unrelated articles, and nothing may crash. */
class DuplicateDetectorBadInputTest {
  private final DuplicateDetector detector = new DuplicateDetector(DedupConfig.defaults());

  private int groupedOf(List<DedupDoc> docs) {
    int grouped = 0;
    for (DedupDoc d : docs) {
      grouped += detector.add(d).isDuplicate() ? 1 : 0;
    }
    return grouped;
  }

  @Test
  void emptyAndOneWordBodiesDoNotGroup() {
    int grouped =
        groupedOf(
            List.of(
                doc("1", "a", "انطلاق مهرجان السينما", ""),
                doc("2", "b", "الذهب يرتفع", ""),
                doc("3", "c", "فوز الأهلي", "فيديو"),
                doc("4", "d", "زلزال في اليابان", "فيديو"),
                doc("5", "e", null, null),
                doc("6", "f", null, null)));

    assertThat(grouped).isZero();
    Reliability.record(
        "bad-input",
        "DuplicateDetectorBadInputTest.emptyAndOneWordBodiesDoNotGroup",
        "six articles with empty, one-word or null bodies and different or null headlines",
        "no article joins another",
        "6 added, " + grouped + " grouped");
  }

  @Test
  void oneSentenceRepeatedTenThousandTimesIsNotInformative() {
    String sentence = "تابعونا على مواقع التواصل الاجتماعي لمعرفة آخر الأخبار العاجلة. ";
    String padded = sentence.repeat(10_000);
    long start = System.nanoTime();
    DuplicateMatch first = detector.add(doc("1", "a", "خبر عن الاقتصاد", padded));
    DuplicateMatch second = detector.add(doc("2", "b", "خبر عن الرياضة", padded));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(first.method()).isEqualTo(Method.NEW);
    assertThat(second.method()).isEqualTo(Method.NEW);
    assertThat(DuplicateDetector.informativeBody(padded, DedupConfig.defaults())).isFalse();
    Reliability.record(
        "bad-input",
        "DuplicateDetectorBadInputTest.oneSentenceRepeatedTenThousandTimesIsNotInformative",
        "two articles with different headlines whose bodies are one sentence repeated 10,000 times"
            + " ("
            + padded.length()
            + " chars)",
        "neither joins the other: distinct shingles, not length, decide",
        "2 added, 0 grouped, " + millis + " ms");
  }

  @Test
  void boilerplateOnlyBodiesDoNotGroup() {
    String[] boilerplate = {
      "جميع الحقوق محفوظة",
      "** جميع المقالات المنشورة تمثل رأي كتابها فقط.",
      "**حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية"
    };
    String[] columns = {
      "الصراع الفكري بين الأمس واليوم", "طه حسين والقصيبي", "لماذا غضب أردوغان على حريم السلطان",
      "مثقفو التزييف وواجبات المثقف", "حريم السلطان ألف ليلة وليلة التركية", "أردوغان زعلان",
      "رحلة إلى صحراء الربع الخالي", "فنون الخط العربي في المساجد", "ذاكرة المدن القديمة"
    };
    List<DedupDoc> docs = new java.util.ArrayList<>();
    for (int n = 0; n < columns.length; n++) {
      docs.add(doc("x" + n, "alarabiya", columns[n], boilerplate[n % boilerplate.length]));
    }
    int n = docs.size();
    int grouped = groupedOf(docs);
    assertThat(grouped).isZero();
    Reliability.record(
        "bad-input",
        "DuplicateDetectorBadInputTest.boilerplateOnlyBodiesDoNotGroup",
        "three columns per boilerplate line (copyright, opinion disclaimer) as their only body",
        "no column joins another",
        n + " added, " + grouped + " grouped");
  }

  @Test
  void pagesInAnotherLanguageAreComparedLikeAnyText() {
    String english =
        "The central bank kept its benchmark interest rate unchanged on Thursday, citing easing"
            + " inflation and steady growth, and said it would watch energy prices closely in the"
            + " coming months before deciding on any further move.";
    String other =
        "Heavy rain flooded streets across the capital on Monday, halting traffic and closing"
            + " schools, while forecasters warned that more storms were expected through the rest"
            + " of the week in the northern provinces.";
    DuplicateMatch a = detector.add(doc("1", "a", "Rates unchanged", english));
    DuplicateMatch b = detector.add(doc("2", "b", "Floods in the capital", other));
    DuplicateMatch c = detector.add(doc("3", "c", "Bank holds rates", english.toUpperCase()));

    assertThat(a.method()).isEqualTo(Method.NEW);
    assertThat(b.method()).isEqualTo(Method.NEW);
    assertThat(c.groupId()).isEqualTo("1");
    Reliability.record(
        "bad-input",
        "DuplicateDetectorBadInputTest.pagesInAnotherLanguageAreComparedLikeAnyText",
        "English articles: two different stories and an upper-cased copy of one",
        "the stories stay apart, the copy joins its original",
        "3 added, 1 grouped");
  }

  @Test
  void identicalBodiesUnderManyUrlsAreOneGroup() {
    int n = 50;
    for (int i = 0; i < n; i++) {
      detector.add(doc("u" + i, "site" + (i % 5), "خبر", sentences(0, 8)));
    }
    assertThat(detector.members("u0")).hasSize(n);
    Reliability.record(
        "bad-input",
        "DuplicateDetectorBadInputTest.identicalBodiesUnderManyUrlsAreOneGroup",
        "one body under 50 URLs from 5 sources",
        "one group of 50, group id the first URL's article",
        "1 group of " + detector.members("u0").size());
  }
}
