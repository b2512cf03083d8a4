package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndex;
import org.marsad.search.DocumentFrequencies;

class DocumentFrequencyCacheTest {
  private static Article article(long id, String title, String body) {
    return new Article(
        id,
        "https://example.org/" + id,
        null,
        0,
        "المصدر",
        title,
        body,
        null,
        Instant.parse("2026-06-01T00:00:00Z"),
        null,
        null,
        null,
        List.of());
  }

  @Test
  void countsComeFromTheIndexAndAreForgottenOnceItGrows() {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.update(article(1, "غوتيريش في نيويورك", "تحدث غوتيريش عن الإرهاب."));
      index.update(article(2, "مباراة الأهلي", "فاز الأهلي."));
      index.commit();
      DocumentFrequencyCache cache = new DocumentFrequencyCache(index, 100);
      DocumentFrequencies first = cache.of(List.of("غوتيريش", "الاهلي", "كوكب"));
      assertThat(first.documents()).isEqualTo(2);
      assertThat(first.byWord()).containsEntry("غوتيريش", 1).containsEntry("الاهلي", 1);
      assertThat(first.byWord()).containsEntry("كوكب", 0);

      index.update(article(3, "غوتيريش مجددا", "غوتيريش يتحدث."));
      index.commit();
      DocumentFrequencies second = cache.of(List.of("غوتيريش"));
      assertThat(second.documents()).isEqualTo(3);
      assertThat(second.byWord()).containsEntry("غوتيريش", 2);
    }
  }
}
