package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.search.FixtureArticles.*;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/**
 * {@code entity:} filters over what enrichment concluded, on the embedded index. Several entities,
 * categories and their facets are cases of {@link SearchIndexContractTest}, for every backend.
 */
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
