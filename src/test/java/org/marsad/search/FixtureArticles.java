package org.marsad.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/**
 * Self-written Arabic articles for the index tests. The searched words are chosen so that any
 * Arabic analyzer reduces them the same way at index and query time (no clitics, no suffixes a
 * light stemmer strips); the hamza, alef and diacritic variants are the point of some tests.
 */
final class FixtureArticles {

  static final String JAZEERA = "الجزيرة";
  static final String SKY = "سكاي نيوز";
  static final String ARABIYA = "العربية";
  static final String BBC = "بي بي سي";

  /** The body word with diacritics (tanween kasra and harakat) that highlights must keep. */
  static final String VOCALIZED_CONFERENCE = "مُؤْتَمَرٍ";

  static final Article PARIS_CONFERENCE =
      article(
          1,
          JAZEERA,
          "2024-03-01T00:00:00Z",
          "مؤتمر كبير في باريس",
          "أعلن أحمد عن "
              + VOCALIZED_CONFERENCE
              + " كبير في باريس لبحث أسعار النفط.\n\nوقال إن المؤتمر سيعقد الشهر المقبل.");

  static final Article DAMASCUS_RAIN =
      article(
          2,
          JAZEERA,
          "2024-03-01T23:59:59Z",
          "هطول مطر غزير في دمشق",
          "شهدت دمشق هطول مطر غزير طوال الليل، وأغلقت بعض الطرق.");

  static final Article BAGHDAD_RAIN =
      article(
          3,
          SKY,
          "2024-03-02T00:00:00Z",
          "مطر في بغداد",
          "قال السكان إن المطر بدأ مساء أمس ثم توقف، وتوقع الخبراء هطول المزيد غدا.");

  static final Article GOLD_PRICE =
      article(
          4,
          SKY,
          "2024-03-03T12:00:00Z",
          "ارتفاع سعر الذهب",
          "سجل سعر الذهب ارتفاعا جديدا في بورصة دبي، بينما تراجع سعر نفط برنت.");

  static final Article TUNIS_STORM =
      article(
          5,
          ARABIYA,
          "2024-03-04T08:00:00Z",
          "إعصار يضرب تونس",
          "ضرب إعصار قوي سواحل تونس وتسبب في سقوط أشجار.");

  static final Article UNDATED_TRAIN =
      article(6, ARABIYA, null, "قطار جديد بين دمشق وبغداد", "أعلن أحمد افتتاح خط قطار جديد.");

  static final Article PARIS_FIRE =
      article(
          7,
          BBC,
          "2024-02-28T10:00:00Z",
          "حريق في مصنع",
          "اندلع حريق كبير في مصنع قرب باريس ولم تسجل إصابات.");

  static final List<Article> ALL =
      List.of(
          PARIS_CONFERENCE,
          DAMASCUS_RAIN,
          BAGHDAD_RAIN,
          GOLD_PRICE,
          TUNIS_STORM,
          UNDATED_TRAIN,
          PARIS_FIRE);

  private FixtureArticles() {}

  static Article article(long id, String source, String published, String title, String body) {
    return new Article(
        id,
        "https://example.org/news/" + id,
        null,
        0,
        source,
        title,
        body,
        null,
        published == null ? null : Instant.parse(published),
        Instant.parse("2024-03-05T00:00:00Z"),
        null,
        null,
        List.of());
  }

  /** The article as enrichment saw it: in a category, naming these places. */
  static AnalyzedArticle enriched(Article article, String category, String... names) {
    List<ArticleEntity> entities =
        Arrays.stream(names)
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
}
