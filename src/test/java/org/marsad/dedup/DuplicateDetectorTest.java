package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.dedup.DedupTexts.DAY_ONE;
import static org.marsad.dedup.DedupTexts.doc;
import static org.marsad.dedup.DedupTexts.sentences;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.dedup.DuplicateMatch.Method;

class DuplicateDetectorTest {
  private final DuplicateDetector detector = new DuplicateDetector(DedupConfig.defaults());

  @Test
  void identicalBodiesUnderTwoUrlsAreOneGroup() {
    detector.add(doc("1", "alarabiya", "الصين تعرض شراء منتجات أميركية", sentences(0, 8)));
    DuplicateMatch m =
        detector.add(doc("2", "skynews", "تفاديا للعقوبات.. الصين تزيد وارداتها", sentences(0, 8)));

    assertThat(m).isEqualTo(new DuplicateMatch("1", "1", 1.0, Method.EXACT));
    assertThat(detector.members("1")).containsExactly("1", "2");
  }

  @Test
  void exactMatchIgnoresPunctuationDiacriticsAndHashtags() {
    detector.add(
        doc("1", "a", "ت", "عرضت #الصين زيادة وارداتها، من #السلع_الأميركية. " + sentences(1, 6)));
    DuplicateMatch m =
        detector.add(
            doc("2", "b", "ت", "عرضتْ الصين زيادة وارداتها من السلع الأميركية " + sentences(1, 6)));

    assertThat(m.method()).isEqualTo(Method.EXACT);
  }

  @Test
  void editedCopyIsANearDuplicate() {
    detector.add(doc("1", "a", "عنوان أول", sentences(0, 10)));
    DuplicateMatch m =
        detector.add(
            doc("2", "b", "عنوان آخر تماما", sentences(0, 9) + " وهذه جملة أضافها المحرر."));

    assertThat(m.method()).isEqualTo(Method.NEAR);
    assertThat(m.groupId()).isEqualTo("1");
    assertThat(m.similarity()).isBetween(0.5, 1.0);
  }

  @Test
  void trimmedWireCopyIsFoundByContainment() {
    detector.add(doc("1", "agency", "خبر", sentences(0, 16)));
    DuplicateMatch m = detector.add(doc("2", "outlet", "خبر مختصر", sentences(0, 9)));

    assertThat(m.method()).isEqualTo(Method.NEAR);
    assertThat(m.groupId()).isEqualTo("1");
  }

  @Test
  void differentStoriesStayApart() {
    detector.add(doc("1", "a", "الصين", sentences(0, 8)));
    DuplicateMatch m = detector.add(doc("2", "a", "الصين", sentences(8, 16)));

    assertThat(m.method()).isEqualTo(Method.NEW);
    assertThat(m.groupId()).isEqualTo("2");
  }

  @Test
  void partialOverlapsDoNotChain() {
    // A~B and B~C share 9 of 15 sentences; A and C share 6 of 18.
    detector.add(doc("A", "a", "أ", sentences(0, 12)));
    DuplicateMatch b = detector.add(doc("B", "b", "ب", sentences(3, 15)));
    DuplicateMatch c = detector.add(doc("C", "c", "ج", sentences(6, 18)));

    assertThat(b.groupId()).isEqualTo("A");
    assertThat(c.method()).isEqualTo(Method.NEW);
    assertThat(detector.members("A")).containsExactly("A", "B");
  }

  @Test
  void aMajorityOfMembersIsEnoughWhenTheCanonicalDiffers() {
    detector.add(doc("A", "a", "أ", sentences(0, 12)));
    detector.add(doc("B", "b", "ب", sentences(2, 14)));
    detector.add(doc("C", "c", "ج", sentences(3, 15)));
    // D matches B and C (2 of 3 members) but not A.
    DuplicateMatch d = detector.add(doc("D", "d", "د", sentences(6, 17)));

    assertThat(detector.members("A")).contains("B", "C");
    assertThat(d.groupId()).isEqualTo("A");
  }

  @Test
  void canonicalIsTheEarliestPublished() {
    detector.add(new DedupDoc("late", "a", "ت", sentences(0, 8), DAY_ONE.plusSeconds(3600)));
    DuplicateMatch m = detector.add(new DedupDoc("early", "b", "ت", sentences(0, 8), DAY_ONE));

    assertThat(m.groupId()).isEqualTo("late");
    assertThat(m.canonicalId()).isEqualTo("early");
  }

  @Test
  void canonicalIsTheCreditedAgencysOwnCopy() {
    String body = "الرياض (واس) - " + sentences(0, 8);
    detector.add(new DedupDoc("outlet", "okaz.com.sa", "ت", body, DAY_ONE));
    DuplicateMatch m =
        detector.add(new DedupDoc("agency", "www.spa.gov.sa", "ت", body, DAY_ONE.plusSeconds(60)));

    assertThat(m.canonicalId()).isEqualTo("agency");
    assertThat(m.groupId()).isEqualTo("outlet");
  }

  @Test
  void ungroupedSourceNeverJoinsNorIsJoined() {
    DuplicateDetector d =
        new DuplicateDetector(DedupConfig.defaults().withUngrouped(Set.of("aggregator")));
    d.add(doc("1", "aggregator", "ت", sentences(0, 8)));
    DuplicateMatch second = d.add(doc("2", "outlet", "ت", sentences(0, 8)));
    DuplicateMatch third = d.add(doc("3", "aggregator", "ت", sentences(0, 8)));

    assertThat(second.method()).isEqualTo(Method.NEW);
    assertThat(third).isEqualTo(new DuplicateMatch("3", "3", 1.0, Method.EXCLUDED));
    assertThat(d.members("2")).containsExactly("2");
  }

  @Test
  void aSourceRepublishingItsArticleDailyMakesOneGroup() {
    for (int day = 0; day < 10; day++) {
      DuplicateMatch m =
          detector.add(
              new DedupDoc(
                  "d" + day, "site", "ت", sentences(0, 8), DAY_ONE.plus(Duration.ofDays(day))));
      assertThat(m.groupId()).isEqualTo("d0");
      assertThat(m.canonicalId()).isEqualTo("d0");
    }
    assertThat(detector.members("d0")).hasSize(10);
  }

  @Test
  void headlinesDecideWhenBodiesAreTooShort() {
    detector.add(doc("1", "a", "السيسي يؤدي اليمين الدستورية رئيسا لولاية ثانية", "شاهد الفيديو"));
    DuplicateMatch m =
        detector.add(doc("2", "b", "السيسي يؤدي اليمين الدستورية لولاية ثانية", "فيديو"));

    assertThat(m.method()).isEqualTo(Method.TITLE);
    assertThat(m.groupId()).isEqualTo("1");
  }

  @Test
  void headlinesWithOtherNumbersDoNotDecide() {
    detector.add(doc("1", "a", "أسعار الذهب اليوم الاثنين 5 مارس 2018", "انظر الجدول"));
    DuplicateMatch m =
        detector.add(doc("2", "a", "أسعار الذهب اليوم الثلاثاء 6 مارس 2018", "انظر الجدول"));

    assertThat(m.method()).isEqualTo(Method.NEW);
  }

  @Test
  void headlinesNeverOverrideTwoDifferentBodies() {
    String title = "ترامب يسحب تأييده لبيان مجموعة السبع";
    detector.add(doc("1", "a", title, sentences(0, 8)));
    DuplicateMatch m = detector.add(doc("2", "b", title, sentences(10, 18)));

    assertThat(m.method()).isEqualTo(Method.NEW);
  }

  @Test
  void addingTheSameArticleAgainChangesNothing() {
    DedupDoc first = doc("1", "a", "ت", sentences(0, 8));
    detector.add(first);
    DuplicateMatch copy = detector.add(doc("2", "b", "ت", sentences(0, 8)));

    assertThat(detector.add(doc("2", "b", "ت", sentences(0, 8)))).isEqualTo(copy);
    assertThat(detector.add(first).groupId()).isEqualTo("1");
    assertThat(detector.size()).isEqualTo(2);
    assertThat(detector.members("1")).containsExactly("1", "2");
  }

  @Test
  void addingAnIdWithChangedTextReplacesIt() {
    detector.add(doc("1", "a", "ت", sentences(0, 8)));
    detector.add(doc("2", "b", "ت", sentences(0, 8)));
    DuplicateMatch changed = detector.add(doc("2", "b", "ت", sentences(10, 18)));

    assertThat(changed.method()).isEqualTo(Method.NEW);
    assertThat(detector.members("1")).containsExactly("1");
    assertThat(detector.members("2")).containsExactly("2");
  }

  @Test
  void removingTheFirstMemberRenamesTheGroupToTheNext() {
    detector.add(doc("1", "a", "ت", sentences(0, 8)));
    detector.add(doc("2", "b", "ت", sentences(0, 8)));
    detector.add(doc("3", "c", "ت", sentences(0, 8)));
    detector.remove("1");
    detector.remove("unknown");

    assertThat(detector.members("1")).isEmpty();
    assertThat(detector.members("2")).containsExactly("2", "3");
    assertThat(detector.groupOf("3").orElseThrow().canonicalId()).isEqualTo("2");
  }

  @Test
  void copiesPublishedFurtherApartThanTheWindowAreNotGrouped() {
    DuplicateDetector d =
        new DuplicateDetector(DedupConfig.defaults().withWindow(Duration.ofDays(30), 1000));
    d.add(new DedupDoc("old", "a", "ت", sentences(0, 8), DAY_ONE));
    DuplicateMatch copy =
        d.add(new DedupDoc("copy", "c", "ت", sentences(0, 8), DAY_ONE.plus(Duration.ofDays(32))));

    assertThat(copy.method()).isEqualTo(Method.NEW);
    assertThat(d.groupOf("old")).get().extracting(DuplicateMatch::groupId).isEqualTo("old");
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    Instant now = DAY_ONE;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void articlesAddedLongerThanTheWindowAgoAreForgotten() {
    MovingClock clock = new MovingClock();
    DuplicateDetector d =
        new DuplicateDetector(DedupConfig.defaults().withWindow(Duration.ofDays(30), 1000), clock);
    d.add(new DedupDoc("old", "a", "ت", sentences(0, 8), DAY_ONE));
    clock.now = DAY_ONE.plus(Duration.ofDays(31));
    d.add(new DedupDoc("new", "b", "خبر آخر", sentences(10, 18), clock.now));

    assertThat(d.groupOf("old")).isEmpty();
    assertThat(d.size()).isEqualTo(1);
  }

  @Test
  void articlesArrivingOutOfPublicationOrderStillMeetTheirCopies() {
    DuplicateDetector d =
        new DuplicateDetector(DedupConfig.defaults().withWindow(Duration.ofDays(30), 1000));
    // An archive imported source by source: October first, then February and its copy.
    d.add(
        new DedupDoc("oct", "a", "خبر", sentences(10, 18), Instant.parse("2018-10-20T00:00:00Z")));
    d.add(new DedupDoc("feb", "a", "ت", sentences(0, 8), Instant.parse("2018-02-01T00:00:00Z")));
    DuplicateMatch copy =
        d.add(
            new DedupDoc("feb2", "b", "ت", sentences(0, 8), Instant.parse("2018-02-01T09:00:00Z")));

    assertThat(copy.groupId()).isEqualTo("feb");
  }

  @Test
  void theOldestGoFirstBeyondMaxDocuments() {
    DuplicateDetector d =
        new DuplicateDetector(DedupConfig.defaults().withWindow(Duration.ofDays(30), 3));
    for (int i = 0; i < 5; i++) {
      d.add(new DedupDoc("n" + i, "a", "ت", sentences(i, i + 1), DAY_ONE.plusSeconds(i)));
    }
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.groupOf("n0")).isEmpty();
    assertThat(d.groupOf("n1")).isEmpty();
    assertThat(d.groupOf("n4")).isPresent();
  }

  @Test
  void aDateFarInTheFutureDoesNotEmptyTheWindow() {
    Clock now = Clock.fixed(DAY_ONE.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    DuplicateDetector d = new DuplicateDetector(DedupConfig.defaults(), now);
    d.add(new DedupDoc("1", "a", "ت", sentences(0, 8), DAY_ONE));
    d.add(
        new DedupDoc("bad", "b", "خبر", sentences(10, 18), Instant.parse("2099-01-01T00:00:00Z")));
    DuplicateMatch copy = d.add(new DedupDoc("2", "c", "ت", sentences(0, 8), DAY_ONE));

    assertThat(copy.groupId()).isEqualTo("1");
  }
}
