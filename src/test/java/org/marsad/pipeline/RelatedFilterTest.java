package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.ArticleAnalysis;

class RelatedFilterTest {
  /** X is article 10, copy of group 7, in story 3; its page links article 40 of story 30. */
  private final RelatedFilter filter =
      new RelatedFilter(10, new ArticleAnalysis(7, 3), Set.of(40L), Set.of(30L));

  @Test
  void anArticleOfAnotherStoryIsAdmitted() {
    assertThat(filter.admits(20, new ArticleAnalysis(20, 20))).isTrue();
  }

  @Test
  void theArticleItselfIsNot() {
    assertThat(filter.admits(10, new ArticleAnalysis(7, 3))).isFalse();
  }

  @Test
  void aCopyIsNotEvenWhenClusteringPutItInAnotherStory() {
    assertThat(filter.admits(11, new ArticleAnalysis(7, 99))).isFalse();
  }

  @Test
  void anotherArticleOfItsOwnStoryIsNot() {
    assertThat(filter.admits(12, new ArticleAnalysis(12, 3))).isFalse();
  }

  @Test
  void whatThePageShowsAndItsStoryAreNot() {
    assertThat(filter.admits(40, new ArticleAnalysis(40, 41))).isFalse();
    assertThat(filter.admits(41, new ArticleAnalysis(41, 30))).isFalse();
  }

  @Test
  void anArticleNotYetPlacedCountsAsAStoryOfItsOwn() {
    assertThat(RelatedFilter.storyKey(50, ArticleAnalysis.NONE)).isEqualTo(50);
    assertThat(filter.admits(50, ArticleAnalysis.NONE)).isTrue();
    assertThat(
            new RelatedFilter(60, ArticleAnalysis.NONE, Set.of(), Set.of())
                .admits(61, new ArticleAnalysis(60, 61)))
        .as("X not analyzed yet, but the candidate is a copy in the group X founded")
        .isFalse();
  }
}
