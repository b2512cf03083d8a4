package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.search.FixtureArticles.ARABIYA;
import static org.marsad.search.FixtureArticles.BBC;
import static org.marsad.search.FixtureArticles.JAZEERA;
import static org.marsad.search.FixtureArticles.SKY;
import static org.marsad.search.FixtureArticles.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.ArticleAnalysis;

class CopyFoldingTest {
  private static final String BODY = "أعلنت الوزارة عن خطة جديدة لدعم المزارعين في موسم الحصاد.";

  /** One wire story carried by three sources (group 1), and two articles of their own. */
  private static ArticleIndex indexOfCopies() {
    ArticleIndex index = ArticleIndex.inMemory();
    index.update(grouped(1, JAZEERA, "2024-03-01T10:00:00Z", 1));
    index.update(grouped(2, SKY, "2024-03-01T11:00:00Z", 1));
    index.update(grouped(3, ARABIYA, "2024-03-01T12:00:00Z", 1));
    index.update(article(4, BBC, "2024-03-01T09:00:00Z", "خطة المزارعين", BODY + " تعليق."));
    index.update(article(5, SKY, "2024-03-01T08:00:00Z", "موسم الحصاد", BODY + " رأي."));
    index.commit(0);
    return index;
  }

  private static AnalyzedArticle grouped(long id, String source, String at, long group) {
    return new AnalyzedArticle(
        article(id, source, at, "خطة لدعم المزارعين", BODY), new ArticleAnalysis(group, 0));
  }

  private static List<Long> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void copiesFoldIntoTheirBestRankedMemberWhichNamesTheOtherSources() {
    try (ArticleIndex index = indexOfCopies()) {
      SearchResult byDate =
          index.search(SearchRequest.of("المزارعين").withOrder(SearchRequest.Order.DATE));
      assertThat(ids(byDate)).containsExactly(3L, 4L, 5L);
      assertThat(byDate.hits().get(0).alsoPublishedBy()).containsExactly(JAZEERA, SKY);
      assertThat(byDate.hits().get(1).alsoPublishedBy()).isEmpty();
      assertThat(byDate.total()).as("the count is of matching articles").isEqualTo(5);
    }
  }

  @Test
  void allCopiesShowsEveryArticleAndNamesNoOtherSource() {
    try (ArticleIndex index = indexOfCopies()) {
      SearchResult all =
          index.search(
              SearchRequest.of("المزارعين")
                  .withOrder(SearchRequest.Order.DATE)
                  .withAllCopies(true));
      assertThat(ids(all)).containsExactly(3L, 2L, 1L, 4L, 5L);
      assertThat(all.hits()).allSatisfy(hit -> assertThat(hit.alsoPublishedBy()).isEmpty());
    }
  }

  @Test
  void pagesAreCountedInFoldedHits() {
    try (ArticleIndex index = indexOfCopies()) {
      SearchRequest byDate = SearchRequest.of("المزارعين").withOrder(SearchRequest.Order.DATE);
      assertThat(ids(index.search(byDate.withLimit(1).withOffset(1)))).containsExactly(4L);
      assertThat(ids(index.search(byDate.withLimit(2).withOffset(2)))).containsExactly(5L);
      assertThat(ids(index.search(byDate.withLimit(1).withFacets(false)))).containsExactly(3L);
    }
  }
}
