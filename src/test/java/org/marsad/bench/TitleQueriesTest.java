package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleQueriesTest {
  private static final List<BenchDoc> DOCS =
      List.of(
          BenchDoc.of("\"الأمم المتحدة\": وقف إطلاق النار - غزة", "نص"),
          BenchDoc.of("ارتفاع أسعار النفط OR الذهب", "نص"),
          BenchDoc.of("", "نص بلا عنوان"));

  @Test
  void wordsDropPunctuationQuotesAndOr() {
    assertThat(TitleQueries.words("\"الأمم المتحدة\": وقف إطلاق النار - غزة"))
        .containsExactly("الأمم", "المتحدة", "وقف", "إطلاق", "النار", "غزة");
    assertThat(TitleQueries.words("ارتفاع أسعار النفط OR الذهب"))
        .containsExactly("ارتفاع", "أسعار", "النفط", "الذهب");
    assertThat(TitleQueries.words("إِعْلَان ٢٠١٨")).containsExactly("إِعْلَان", "٢٠١٨");
  }

  @Test
  void numbersKeepTheirSeparators() {
    assertThat(TitleQueries.words("زلزال بقوة 6.2 درجة، وخسائر 1,500 دولار. ٣٫٥"))
        .containsExactly("زلزال", "بقوة", "6.2", "درجة", "وخسائر", "1,500", "دولار", "٣٫٥");
  }

  @Test
  void sameSeedSameQueries() {
    assertThat(TitleQueries.sample(DOCS, 50, 0.3, 7))
        .isEqualTo(TitleQueries.sample(DOCS, 50, 0.3, 7))
        .hasSize(50);
  }

  @Test
  void wholeTitlesWithoutShortShare() {
    List<String> titles = List.of("الأمم المتحدة وقف إطلاق النار غزة", "ارتفاع أسعار النفط الذهب");
    assertThat(TitleQueries.sample(DOCS, 40, 0, 1)).allMatch(titles::contains);
  }

  @Test
  void shortQueriesAreOneOrTwoConsecutiveTitleWords() {
    List<String> queries = TitleQueries.sample(DOCS, 200, 1, 3);
    assertThat(queries)
        .allSatisfy(
            q -> {
              String[] words = q.split(" ");
              assertThat(words.length).isBetween(1, 2);
              assertThat(
                      DOCS.stream()
                          .map(d -> String.join(" ", TitleQueries.words(d.title())))
                          .anyMatch(t -> (" " + t + " ").contains(" " + q + " ")))
                  .as(q)
                  .isTrue();
            });
    assertThat(queries.stream().map(q -> q.split(" ").length).distinct())
        .containsExactlyInAnyOrder(1, 2);
    assertThat(queries.stream().flatMap(q -> Arrays.stream(q.split(" "))).distinct().count())
        .isGreaterThan(5);
  }

  @Test
  void refusesACorpusWithoutTitles() {
    assertThatThrownBy(() -> TitleQueries.sample(List.of(BenchDoc.of("", "نص")), 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cutsAreOneToThreeConsecutiveWordsOfATitle() {
    List<String> titles = List.of("الأمم المتحدة وقف إطلاق النار غزة", "ارتفاع أسعار النفط الذهب");
    List<String> cuts = TitleQueries.cuts(DOCS, 300, 3, 5);
    assertThat(cuts).isEqualTo(TitleQueries.cuts(DOCS, 300, 3, 5)).hasSize(300);
    assertThat(cuts)
        .allSatisfy(
            q -> {
              assertThat(q.split(" ")).hasSizeBetween(1, 3);
              assertThat(titles).anyMatch(t -> (" " + t + " ").contains(" " + q + " "));
            });
    assertThat(cuts).anyMatch(q -> q.split(" ").length == 3);
    assertThatThrownBy(() -> TitleQueries.cuts(DOCS, 1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
