package org.marsad.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.story.StoryAssignment.Kind;

class StoryClustererTest {
  private static final Instant T0 = Instant.parse("2018-05-08T10:00:00Z");

  /** Seventeen capitals: words that share nothing but what a test puts together. */
  private static final String[] CAPITALS = {
    "القاهرة", "دمشق", "بغداد", "الرياض", "عمان", "بيروت", "الدوحة", "المنامة", "الكويت", "مسقط",
    "صنعاء", "الخرطوم", "طرابلس", "تونس", "الجزائر", "الرباط", "نواكشوط"
  };

  private static final String[] FILLER = {
    "ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات",
    "فاز الفريق بالمباراة النهائية أمام جماهيره في الملعب",
    "أطلقت الشركة هاتفا جديدا بكاميرا متطورة وبطارية طويلة",
    "افتتح المهرجان السينمائي دورته بعرض فيلم وثائقي"
  };

  /**
   * A clusterer whose statistics have seen 400 unrelated articles, so that IDF tells words apart
   * and a test's twenty articles stay a small share of the documents.
   */
  private static StoryClusterer clusterer(StoryConfig config) {
    StoryClusterer c = new StoryClusterer(config, new ArticleSimilarity(new TermStatistics()));
    ArticleSimilarity s = c.similarity();
    for (int i = 0; i < 400; i++) {
      s.observe(s.terms(new StoryDoc(0, null, null, FILLER[i % 4] + " عدد" + i, null, null)));
    }
    return c;
  }

  private static String capitals(int from, int to) {
    return String.join(" ", Arrays.asList(CAPITALS).subList(from, to));
  }

  private static StoryDoc doc(long id, String body, Instant published) {
    return new StoryDoc(id, "src" + id % 3, "", body, published, null);
  }

  @Test
  void aCopyJoinsTheStoryAndAnUnrelatedArticleStartsItsOwn() {
    StoryClusterer c = clusterer(StoryConfig.defaults());
    StoryAssignment first = c.add(doc(1, capitals(0, 10), T0));
    StoryAssignment copy = c.add(doc(2, capitals(0, 10), T0.plusSeconds(3600)));
    StoryAssignment other = c.add(doc(3, capitals(10, 17), T0.plusSeconds(7200)));

    assertThat(first.kind()).isEqualTo(Kind.NEW_STORY);
    assertThat(first.newStory()).isTrue();
    assertThat(copy.kind()).isEqualTo(Kind.JOINED);
    assertThat(copy.storyId()).isEqualTo(1);
    assertThat(copy.similarity()).isGreaterThan(0.9);
    assertThat(other.storyId()).isEqualTo(3);

    Story story = c.story(1).orElseThrow();
    assertThat(story.timeline()).extracting(TimelineEntry::articleId).containsExactly(1L, 2L);
    assertThat(story.sources()).containsExactly("src1", "src2");
    assertThat(story.firstSeen()).isEqualTo(T0);
    assertThat(story.lastSeen()).isEqualTo(T0.plusSeconds(3600));
    assertThat(c.storyOf(2)).hasValue(1);
  }

  /**
   * Two stories sharing three of ten words stay apart; an article holding both joins the first,
   * whose centroid then resembles the second: they merge, the smaller id survives, and the merge is
   * reported.
   */
  @Test
  void storiesThatConvergeMergeIntoTheSmallerId() {
    StoryClusterer c = clusterer(new StoryConfigBuilder().join(0.35).merge(0.40).build());
    c.add(doc(1, capitals(0, 10), T0));
    StoryAssignment second = c.add(doc(2, capitals(7, 17), T0.plusSeconds(60)));
    assertThat(second.storyId()).isEqualTo(2);

    StoryAssignment bridge = c.add(doc(3, capitals(0, 17), T0.plusSeconds(120)));

    assertThat(bridge.storyId()).isEqualTo(1);
    assertThat(bridge.mergedStoryIds()).containsExactly(2L);
    assertThat(c.story(2)).isEmpty();
    assertThat(c.story(1).orElseThrow().timeline())
        .extracting(TimelineEntry::articleId)
        .containsExactly(1L, 2L, 3L);
    assertThat(c.storyOf(2)).hasValue(1);
  }

  @Test
  void storiesCloseWhenTheirLastArticleLeavesTheWindow() {
    StoryClusterer c = clusterer(StoryConfig.defaults().withWindow(Duration.ofDays(3)));
    c.add(doc(1, capitals(0, 10), T0));
    StoryAssignment late = c.add(doc(2, capitals(0, 10), T0.plus(Duration.ofDays(5))));

    assertThat(late.kind()).isEqualTo(Kind.NEW_STORY);
    assertThat(c.story(1).orElseThrow().active()).isFalse();
    assertThat(c.activeStories()).extracting(Story::id).containsExactly(2L);

    StoryClusterer wide = clusterer(StoryConfig.defaults().withWindow(Duration.ofDays(7)));
    wide.add(doc(1, capitals(0, 10), T0));
    assertThat(wide.add(doc(2, capitals(0, 10), T0.plus(Duration.ofDays(5)))).storyId())
        .isEqualTo(1);
  }

  @Test
  void aStoryStopsTakingMembersAfterItsMaximumSpan() {
    StoryConfig config = StoryConfig.defaults();
    StoryClusterer c = clusterer(config);
    long id = 0;
    List<StoryAssignment> daily = new ArrayList<>();
    for (int day = 0; day < 20; day++) {
      daily.add(c.add(doc(++id, capitals(0, 10), T0.plus(Duration.ofDays(day)))));
    }
    long firstStory = daily.get(0).storyId();
    int days = (int) config.maxSpan().toDays();
    assertThat(daily.subList(0, days + 1)).allMatch(a -> a.storyId() == firstStory);
    assertThat(daily.get(days + 1).storyId()).isNotEqualTo(firstStory);
  }

  @Test
  void aDuplicateJoinsItsGroupsStoryEvenAfterItClosed() {
    StoryClusterer c = clusterer(StoryConfig.defaults());
    c.add(new StoryDoc(1, "a", "", capitals(0, 10), T0, "g1"));
    c.add(doc(2, capitals(10, 17), T0.plus(Duration.ofDays(10))));
    assertThat(c.story(1).orElseThrow().active()).isFalse();

    StoryAssignment copy =
        c.add(new StoryDoc(3, "b", "", "نص مختلف تماما", T0.plus(Duration.ofDays(10)), "g1"));

    assertThat(copy.kind()).isEqualTo(Kind.DUPLICATE);
    assertThat(copy.storyId()).isEqualTo(1);
    Story story = c.story(1).orElseThrow();
    assertThat(story.active()).isTrue();
    assertThat(story.duplicateGroups()).containsExactly("g1");
    assertThat(story.size()).isEqualTo(2);
  }

  @Test
  void addingTheSameArticleAgainChangesNothingAndChangedTextMovesIt() {
    StoryClusterer c = clusterer(StoryConfig.defaults());
    c.add(doc(1, capitals(0, 10), T0));
    c.add(doc(2, capitals(10, 17), T0));
    StoryAssignment first = c.add(doc(3, capitals(0, 10), T0));
    StoryAssignment replay = c.add(doc(3, capitals(0, 10), T0));

    assertThat(replay).isEqualTo(first);
    assertThat(c.story(1).orElseThrow().size()).isEqualTo(2);

    StoryAssignment edited = c.add(doc(3, capitals(10, 17), T0));
    assertThat(edited.storyId()).isEqualTo(2);
    assertThat(c.story(1).orElseThrow().size()).isEqualTo(1);
    assertThat(c.story(2).orElseThrow().size()).isEqualTo(2);
  }

  @Test
  void theHeadlineIsTheTitleOfTheMemberClosestToTheCentroid() {
    StoryClusterer c = clusterer(StoryConfig.defaults());
    c.add(new StoryDoc(1, "a", "عنوان بعيد", capitals(0, 8), T0, null));
    c.add(new StoryDoc(2, "b", "عنوان قريب", capitals(0, 10), T0, null));
    c.add(new StoryDoc(3, "c", "عنوان ثالث", capitals(1, 10), T0, null));
    assertThat(c.story(1).orElseThrow().headline()).isEqualTo("عنوان قريب");
  }

  @Test
  void invalidSettingsFailNamingTheSetting() {
    assertThatThrownBy(() -> new StoryConfigBuilder().join(0).build())
        .hasMessageContaining("joinThreshold");
    assertThatThrownBy(() -> new StoryConfigBuilder().join(0.5).merge(0.4).build())
        .hasMessageContaining("mergeThreshold");
    assertThatThrownBy(() -> StoryConfig.defaults().withWindow(Duration.ZERO))
        .hasMessageContaining("window");
  }

  /** Builds a {@link StoryConfig} from the defaults with other thresholds. */
  static final class StoryConfigBuilder {
    private double join = StoryConfig.defaults().joinThreshold();
    private double merge = StoryConfig.defaults().mergeThreshold();

    StoryConfigBuilder join(double value) {
      join = value;
      return this;
    }

    StoryConfigBuilder merge(double value) {
      merge = value;
      return this;
    }

    StoryConfig build() {
      StoryConfig d = StoryConfig.defaults();
      return new StoryConfig(
          d.window(),
          d.maxSpan(),
          join,
          merge,
          d.articleTerms(),
          d.centroidTerms(),
          d.indexTerms(),
          d.maxCandidates(),
          d.maxPostings(),
          d.minInformativeTerms(),
          d.maxClosedStories(),
          d.maxTrackedArticles());
    }
  }
}
