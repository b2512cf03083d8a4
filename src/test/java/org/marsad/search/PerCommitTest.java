package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What callers derive from a commit is computed once per commit and kept with it: asked again on
 * the same commit it is the same value, a new commit computes it afresh, a refresh that shows
 * nothing new keeps it, and a kind bounded to nothing computes every time.
 */
class PerCommitTest {
  private static final PerCommit<String, String> TOTALS = new PerCommit<>("totals", 10, value -> 1);
  private static final PerCommit<String, String> NOTHING_KEPT =
      new PerCommit<>("nothing", 0, value -> 1);

  @Test
  void aValueIsComputedOncePerCommitAndAfreshAfterTheNext() {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.addAll(FixtureArticles.ALL.subList(0, 2).iterator());
      index.commit();
      AtomicInteger computed = new AtomicInteger();
      String first = index.perCommit(TOTALS, "باريس", q -> total(index, q, computed));
      assertThat(index.perCommit(TOTALS, "باريس", q -> total(index, q, computed))).isSameAs(first);
      assertThat(computed).hasValue(1);
      index.refresh();
      assertThat(index.perCommit(TOTALS, "باريس", q -> total(index, q, computed)))
          .as("nothing new to see: the same commit")
          .isSameAs(first);

      index.addAll(FixtureArticles.ALL.iterator());
      index.commit();
      String afterCommit = index.perCommit(TOTALS, "باريس", q -> total(index, q, computed));
      assertThat(computed).hasValue(2);
      assertThat(afterCommit)
          .isEqualTo(String.valueOf(index.search(SearchRequest.of("باريس")).total()))
          .isNotEqualTo(first);
    }
  }

  @Test
  void aKindBoundedToNothingComputesEveryTime() {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.addAll(FixtureArticles.ALL.iterator());
      index.commit();
      AtomicInteger computed = new AtomicInteger();
      index.perCommit(NOTHING_KEPT, "باريس", q -> total(index, q, computed));
      index.perCommit(NOTHING_KEPT, "باريس", q -> total(index, q, computed));
      assertThat(computed).hasValue(2);
    }
  }

  private static String total(ArticleIndex index, String query, AtomicInteger computed) {
    computed.incrementAndGet();
    return String.valueOf(index.search(SearchRequest.of(query)).total());
  }
}
