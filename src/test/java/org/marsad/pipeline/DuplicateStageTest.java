package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.Source;

class DuplicateStageTest {
  private static final String WIRE =
      "أعلن مجلس الوزراء في جلسته الأسبوعية اليوم الموافقة على نظام جديد للاستثمار يهدف إلى"
          + " تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير الإعلام أن النظام يمنح"
          + " المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى أسبوعين بدلا من ثلاثة أشهر.";

  private final Map<Long, Source> sources = new HashMap<>();

  private DuplicateStage stage(Set<String> ungroupedNames) {
    sources.put(1L, new Source(1, "https://one.example/rss", "الأولى", Source.Kind.FEED, null));
    sources.put(2L, new Source(2, "https://two.example/rss", "الثانية", Source.Kind.FEED, null));
    return new DuplicateStage(
        new DuplicateDetector(DedupConfig.defaults().withUngrouped(ungroupedNames)),
        sources::get,
        ungroupedNames,
        DuplicateStage.CopiesOnRecord.NONE,
        Duration.ofDays(30));
  }

  private static AnalyzedArticle copy(long id, long sourceId, String sourceName) {
    return new AnalyzedArticle(
        new Article(
            id,
            "https://x.example/" + id,
            null,
            sourceId,
            sourceName,
            "نظام الاستثمار",
            WIRE,
            null,
            Instant.parse("2024-02-05T09:00:00Z").plus(Duration.ofMinutes(id)),
            null,
            null,
            null,
            List.of()),
        null);
  }

  private static List<Long> groups(List<AnalyzedArticle> analyzed) {
    return analyzed.stream().map(a -> a.analysis().duplicateGroup()).toList();
  }

  @Test
  void copiesShareTheFirstMembersIdAndAnArticleAloneIsAGroupOfItsOwn() {
    DuplicateStage stage = stage(Set.of());
    assertThat(groups(stage.process(List.of(copy(1, 1, "الأولى"))))).containsExactly(1L);
    assertThat(groups(stage.process(List.of(copy(2, 2, "الثانية"))))).containsExactly(1L);
  }

  @Test
  void aSourceSwitchedOffIsNeitherGroupedNorMatched() {
    DuplicateStage stage = stage(Set.of());
    sources.put(2L, sources.get(2L).withGroupDuplicates(false));
    assertThat(groups(stage.process(List.of(copy(1, 2, "الثانية"), copy(2, 1, "الأولى")))))
        .as("each a group of its own")
        .containsExactly(1L, 2L);
  }

  @Test
  void importedArticlesAreSwitchedOffByNameAndFeedsByUrl() {
    DuplicateStage stage = stage(Set.of("وكالة", "https://one.example/rss"));
    assertThat(
            groups(
                stage.process(
                    List.of(copy(1, 0, "وكالة"), copy(2, 1, "الأولى"), copy(3, 0, "أخرى")))))
        .containsExactly(1L, 2L, 3L);
  }
}
