package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TermCountsTest {
  private static final String SECURITY_COUNCIL =
      "عقد مجلس الأمن الدولي جلسة طارئة لبحث وقف إطلاق النار في سوريا.";

  @Test
  void countsDocumentsNotOccurrencesByMatchingForm() {
    TermCounts c = new TermCounts();
    c.add("الأمن والأمن للأمن، أمن.");
    c.add("قوات الأمن في المدينة");
    c.add("لا شيء هنا");
    assertThat(c.documents()).isEqualTo(3);
    assertThat(c.documentFrequency("الأمن")).isEqualTo(2);
    assertThat(c.documentFrequency("والأمن")).isEqualTo(2);
    assertThat(c.documentFrequency("أمن")).isEqualTo(2);
    assertThat(c.documentFrequency("المدينة")).isEqualTo(1);
    assertThat(c.documentFrequency("مدينه")).isEqualTo(1);
  }

  @Test
  void phrasesStayInOneClauseAndNeverEndWithAFunctionWord() {
    TermCounts c = new TermCounts();
    c.add(SECURITY_COUNCIL);
    assertThat(c.documentFrequency("مجلس الأمن")).isEqualTo(1);
    assertThat(c.documentFrequency("مجلس الأمن الدولي")).isEqualTo(1);
    assertThat(c.documentFrequency("وقف إطلاق النار")).isEqualTo(1);
    assertThat(c.documentFrequency("وقف إطلاق النار في سوريا")).isZero(); // over 4 words
    assertThat(c.documentFrequency("النار في")).isZero();
    assertThat(c.documentFrequency("في سوريا")).isZero();
    c.add("مجلس، الأمن");
    assertThat(c.documentFrequency("مجلس الأمن")).isEqualTo(1);
  }

  @Test
  void aFullPhraseTableForgetsRarePhrasesAndKeepsFrequentOnesExact() {
    TermCounts c = new TermCounts(1_000, 64);
    for (int i = 0; i < 500; i++) {
      c.add(SECURITY_COUNCIL + " " + word(i) + " " + word(i + 1_000) + " " + word(i + 2_000));
    }
    assertThat(c.documentFrequency("مجلس الأمن")).isEqualTo(500);
    assertThat(c.documentFrequency("وقف إطلاق النار")).isEqualTo(500);
    assertThat(c.phraseCountFloor()).isPositive();
    assertThat(c.toString()).contains("of 64");
  }

  /** A made-up Arabic word, different for every {@code i}. */
  static String word(int i) {
    StringBuilder w = new StringBuilder("س");
    for (int n = i; n > 0; n /= 20) {
      w.append((char) ('\u0628' + n % 20));
    }
    return w.append("ون").toString();
  }

  @Test
  void concurrentAddsAreAllCounted() throws Exception {
    TermCounts c = new TermCounts();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 250; i++) {
                  c.add(SECURITY_COUNCIL);
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(c.documents()).isEqualTo(1_000);
    assertThat(c.documentFrequency("مجلس الأمن")).isEqualTo(1_000);
  }

  @Test
  void theAntSampleHoldsItsCollocations() {
    TermCounts c = AntArticles.counts();
    assertThat(c.documents()).isEqualTo(AntArticles.docs().size());
    assertThat(c.documentFrequency("مجلس الأمن")).isGreaterThan(50);
    assertThat(c.documentFrequency("الأمم المتحدة")).isGreaterThan(200);
    assertThat(c.documentFrequency("وقف إطلاق النار")).isGreaterThan(10);
  }
}
