package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.StorySummary;
import org.marsad.testing.Reliability;

/**
 * The bad inputs of issue 7 through the real stages: none may form a false duplicate group or a
 * giant story, or stop the pipeline.
 */
class BadInputStagesIT {
  private static final Instant DAY = Instant.parse("2024-02-05T08:00:00Z");
  private static final String WIRE =
      "أعلن مجلس الوزراء في جلسته الأسبوعية اليوم الموافقة على نظام جديد للاستثمار يهدف إلى"
          + " تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير الإعلام أن النظام يمنح"
          + " المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى أسبوعين بدلا من ثلاثة أشهر.";
  private static final String COLUMN =
      "كتب الكاتب في مقاله الأسبوعي عن ذكريات الطفولة في القرية وعن المدرسة القديمة والمعلم"
          + " الذي علمه حب القراءة، وعن الأصدقاء الذين تفرقت بهم السبل بين المدن والبلدان،"
          + " وختم بأن الحنين إلى الماضي لا يعني رفض الحاضر بل فهمه على نحو أعمق.";

  @TempDir Path data;
  private final Map<String, Long> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  private void store(
      Engine engine, String name, String source, String title, String body, Instant published) {
    long id =
        engine
            .store()
            .upsert(
                new Article(
                    0,
                    "https://" + source + ".example/" + name,
                    null,
                    0,
                    source,
                    title,
                    body,
                    null,
                    published,
                    null,
                    null,
                    null,
                    List.of()))
            .id();
    ids.put(name, id);
    names.add(name);
  }

  @Test
  void badBodiesFormNoFalseGroupsAndNoGiantStories() {
    try (Engine engine = Engine.open(data, MarsadConfig.defaults())) {
      for (int i = 0; i < 3; i++) {
        store(engine, "empty" + i, "a", "خبر عاجل رقم " + i, "", DAY.plusSeconds(i));
        store(engine, "word" + i, "b", "تحديث " + i, "عاجل", DAY.plusSeconds(10 + i));
        store(
            engine, "rights" + i, "c", "صفحة " + i, "جميع الحقوق محفوظة", DAY.plusSeconds(20 + i));
      }
      store(engine, "repeated1", "d", "تكرار", "هذه جملة تتكرر بلا معنى. ".repeat(10_000), DAY);
      store(engine, "repeated2", "e", "تكرار آخر", "سقط المطر على المدينة. ".repeat(10_000), DAY);
      store(
          engine,
          "english1",
          "f",
          "Weather",
          "Heavy rain is expected across the region"
              + " tomorrow, with strong winds along the coast and snow on the mountains.",
          DAY);
      store(
          engine,
          "english2",
          "g",
          "Markets",
          "Stocks closed higher on Monday as investors"
              + " welcomed the central bank's decision to keep interest rates unchanged.",
          DAY);
      store(engine, "wireSky", "sky", "السعودية تقر نظاما للاستثمار", WIRE, DAY);
      store(engine, "wireArabiya", "arabiya", "نظام جديد للاستثمار", WIRE, DAY.plusSeconds(60));
      for (int day = 0; day < 5; day++) {
        store(engine, "daily" + day, "h", "ذكريات الطفولة", COLUMN, DAY.plus(Duration.ofDays(day)));
      }
      int analyzed = engine.catchUpIndex();
      Map<Long, ArticleAnalysis> analyses = engine.store().analyses(ids.values());

      long group = analyses.get(ids.get("wireSky")).duplicateGroup();
      assertThat(analyses.get(ids.get("wireArabiya")).duplicateGroup())
          .as("identical bodies under two URLs are one group")
          .isEqualTo(group);
      long daily = analyses.get(ids.get("daily0")).duplicateGroup();
      for (String name : names) {
        ArticleAnalysis analysis = analyses.get(ids.get(name));
        if (name.startsWith("wire")) {
          continue;
        }
        if (name.startsWith("daily")) {
          assertThat(analysis.duplicateGroup()).as(name).isEqualTo(daily);
          continue;
        }
        assertThat(analysis.duplicateGroup())
            .as(name + " is grouped with nothing")
            .isEqualTo(ids.get(name));
        assertThat(engine.store().storyArticles(analysis.story(), 100))
            .as(name + " joins no story of others")
            .containsExactly(ids.get(name));
      }
      List<StorySummary> stories = engine.store().stories(Instant.EPOCH, 100);
      int largest = stories.stream().mapToInt(StorySummary::articles).max().orElse(0);
      assertThat(largest).as("the daily column is the largest story").isEqualTo(5);
      assertThat(analyzed).isEqualTo(names.size());
      assertThat(engine.index().size()).isEqualTo(names.size());
      Reliability.record(
          "bad-input",
          "BadInputStagesIT.badBodiesFormNoFalseGroupsAndNoGiantStories",
          "empty, one-word, boilerplate-only, one sentence x10,000, English bodies; identical"
              + " bodies under 2 URLs; one column republished 5 days through dedup and stories",
          "no false group, bad bodies each alone in group and story, copies grouped, all indexed",
          String.format(
              "%d articles analyzed and indexed, %d stories, largest %d, wire group of %d",
              analyzed, stories.size(), largest, engine.store().duplicateGroup(group, 10).size()));
    }
  }
}
