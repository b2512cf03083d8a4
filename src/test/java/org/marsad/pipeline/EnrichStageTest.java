package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.enrich.Tags;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleText;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityType;

class EnrichStageTest {
  private static final String TITLE = "غوتيريش يدعو إلى وقف إطلاق النار في اليمن";
  private static final String BODY =
      "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم الثلاثاء إلى وقف إطلاق النار في"
          + " اليمن، وقال غوتيريش في مؤتمر صحفي في نيويورك إن مجلس الأمن سيجتمع الأسبوع المقبل"
          + " لبحث الأزمة الإنسانية في مدينة الحديدة. وأضاف أن المبعوث الأممي مارتن غريفيث سيزور"
          + " صنعاء والرياض.";

  private static AnalyzedArticle article(long id, List<String> tags, ArticleAnalysis analysis) {
    return new AnalyzedArticle(
        new Article(
            id,
            "https://x.example/" + id,
            null,
            0,
            "مصدر",
            TITLE,
            BODY,
            null,
            Instant.parse("2024-02-05T09:00:00Z"),
            null,
            null,
            null,
            tags),
        analysis);
  }

  @Test
  void enrichmentComesFromTheTextAndKeepsWhatEarlierStagesConcluded() {
    EnrichStage stage = new EnrichStage(ArticleEnricher.shipped(ArticleEnricher.Settings.DEFAULT));
    List<AnalyzedArticle> out =
        stage.process(List.of(article(7, List.of("كورونا", "اليمن"), new ArticleAnalysis(3, 0))));

    assertThat(out).hasSize(1);
    ArticleAnalysis analysis = out.get(0).analysis();
    assertThat(analysis.duplicateGroup()).isEqualTo(3);
    Enrichment e = analysis.enrichment();
    String text = ArticleText.of(TITLE, BODY);
    assertThat(e.entities())
        .anySatisfy(
            entity -> {
              assertThat(entity.type()).isEqualTo(EntityType.PERSON);
              assertThat(entity.canonical()).isEqualTo("أنطونيو غوتيريش");
              assertThat(entity.count()).isGreaterThanOrEqualTo(2);
            });
    assertThat(e.entities()).extracting(ArticleEntity::canonical).contains("اليمن", "نيويورك");
    assertThat(e.tags()).isNotEmpty().allMatch(tag -> Tags.containedIn(tag, text));
    assertThat(e.genericPageTags()).containsExactly("كورونا");
    assertThat(e.category()).isNotNull();
    assertThat(e.category().label()).isIn("middleEast", "internationalNews");
  }

  @Test
  void recalledArticlesCountInTheStatisticsWithoutBeingEnriched() {
    ArticleEnricher enricher = ArticleEnricher.shipped(ArticleEnricher.Settings.DEFAULT);
    EnrichStage stage = new EnrichStage(enricher);
    stage.recall(List.of(article(1, List.of(), null), article(2, List.of(), null)));
    assertThat(enricher.observed()).isEqualTo(2);
    stage.process(List.of(article(3, List.of(), null)));
    assertThat(enricher.observed()).isEqualTo(3);
  }
}
