package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.search.FixtureArticles.*;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/** {@code entity:} and {@code category:} filters and facets over what enrichment concluded. */
class EnrichedSearchTest {

  private ArticleIndex index;

  @BeforeEach
  void indexEnrichedArticles() {
    index = ArticleIndex.inMemory();
    index.update(enriched(PARIS_CONFERENCE, "internationalNews", "الأمم المتحدة", "باريس"));
    index.update(enriched(DAMASCUS_RAIN, "middleEast", "دمشق"));
    index.update(enriched(BAGHDAD_RAIN, "middleEast", "بغداد", "الأمم المتحدة"));
    index.update(enriched(GOLD_PRICE, "economy"));
    index.update(new AnalyzedArticle(TUNIS_STORM, null));
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static AnalyzedArticle enriched(Article article, String category, String... names) {
    List<ArticleEntity> entities =
        java.util.Arrays.stream(names)
            .map(
                n ->
                    new ArticleEntity(
                        0,
                        n,
                        EntityType.LOCATION,
                        List.of(n),
                        List.of(new EntityMention(n, EntityType.LOCATION, 0, n.length()))))
            .toList();
    Enrichment enrichment =
        new Enrichment(entities, List.of(), List.of(), List.of(), new Category(category, 0.9));
    return new AnalyzedArticle(article, new ArticleAnalysis(0, 0, enrichment));
  }

  private List<Long> ids(String query) {
    return index.search(SearchRequest.of(query).withLimit(100)).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void entityFilterMatchesAnySpellingOfTheName() {
    assertThat(ids("entity:\"الأمم المتحدة\""))
        .containsExactlyInAnyOrder(PARIS_CONFERENCE.id(), BAGHDAD_RAIN.id());
    assertThat(ids("entity:\"الامم المتحده\""))
        .containsExactlyInAnyOrder(PARIS_CONFERENCE.id(), BAGHDAD_RAIN.id());
    assertThat(ids("entity:دمشق")).containsExactly(DAMASCUS_RAIN.id());
  }

  @Test
  void aPersonIsFoundByAnyPartOfTheNameButNotByAParticle() {
    ArticleIndex people = ArticleIndex.inMemory();
    try {
      String name = "محمد بن سلمان";
      ArticleEntity person =
          new ArticleEntity(
              0,
              name,
              EntityType.PERSON,
              List.of(name),
              List.of(new EntityMention(name, EntityType.PERSON, 0, name.length())));
      Enrichment enrichment =
          new Enrichment(List.of(person), List.of(), List.of(), List.of(), null);
      people.update(new AnalyzedArticle(GOLD_PRICE, new ArticleAnalysis(0, 0, enrichment)));
      people.commit();
      for (String query : List.of("entity:سلمان", "entity:\"محمد بن سلمان\"", "entity:محمد")) {
        assertThat(people.search(SearchRequest.of(query)).total()).as(query).isEqualTo(1);
      }
      assertThat(people.search(SearchRequest.of("entity:بن")).total()).isZero();
    } finally {
      people.close();
    }
  }

  @Test
  void severalEntitiesMustAllBeNamedAndOneCanBeExcluded() {
    assertThat(ids("entity:بغداد entity:\"الأمم المتحدة\"")).containsExactly(BAGHDAD_RAIN.id());
    assertThat(ids("entity:\"الأمم المتحدة\" -entity:بغداد"))
        .containsExactly(PARIS_CONFERENCE.id());
  }

  @Test
  void categoryFilterIsCaseInsensitiveAndSeveralMeanAnyOf() {
    assertThat(ids("category:middleeast"))
        .containsExactlyInAnyOrder(DAMASCUS_RAIN.id(), BAGHDAD_RAIN.id());
    assertThat(ids("category:economy OR category:middleEast"))
        .containsExactlyInAnyOrder(DAMASCUS_RAIN.id(), BAGHDAD_RAIN.id(), GOLD_PRICE.id());
    assertThat(ids("category:sport")).isEmpty();
  }

  @Test
  void facetsCountCategoriesAndEntitiesOfAllMatches() {
    SearchFacets facets = index.search(SearchRequest.of("")).facets();
    assertThat(facets.categories())
        .containsExactly(
            new SearchFacets.FacetCount("middleEast", 2),
            new SearchFacets.FacetCount("economy", 1),
            new SearchFacets.FacetCount("internationalNews", 1));
    assertThat(facets.entities())
        .first()
        .isEqualTo(new SearchFacets.FacetCount("الأمم المتحدة", 2));
    assertThat(facets.entities()).hasSize(4);
    SearchFacets filtered = index.search(SearchRequest.of("category:middleEast")).facets();
    assertThat(filtered.entities())
        .extracting(SearchFacets.FacetCount::value)
        .containsExactlyInAnyOrder("دمشق", "بغداد", "الأمم المتحدة");
  }

  @Test
  void anIndexWithoutEnrichmentHasEmptyNewFacets() {
    ArticleIndex plain = ArticleIndex.inMemory();
    try {
      plain.addAll(FixtureArticles.ALL.iterator());
      plain.commit();
      SearchFacets facets = plain.search(SearchRequest.of("")).facets();
      assertThat(facets.sources()).isNotEmpty();
      assertThat(facets.categories()).isEmpty();
      assertThat(facets.entities()).isEmpty();
    } finally {
      plain.close();
    }
  }
}
