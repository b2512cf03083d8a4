package org.marsad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Determinism on real articles: for random subsets of the ANT sample in random (seeded) order,
 * replaying the same stream into a fresh clusterer gives the same assignments and stories, and
 * re-adding every article to the clusterer that saw them changes nothing (what a restart that
 * replays the store relies on).
 */
class StoryReplayTest {
  /** Read once, on first use: a static initializer cannot skip when the data is absent. */
  private static List<StoryDoc> pool;

  private static synchronized List<StoryDoc> pool() {
    if (pool == null) {
      pool = AntStream.docs(1200);
    }
    return pool;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void replayGivesTheSameStories(long seed) {
    Random random = new Random(seed);
    List<StoryDoc> stream = new ArrayList<>(pool());
    Collections.shuffle(stream, random);
    stream = stream.subList(0, 300 + random.nextInt(500));

    StoryClusterer first = new StoryClusterer();
    List<StoryAssignment> a = new ArrayList<>();
    stream.forEach(d -> a.add(first.add(d)));
    StoryClusterer second = new StoryClusterer();
    List<StoryAssignment> b = new ArrayList<>();
    stream.forEach(d -> b.add(second.add(d)));

    assertThat(b).isEqualTo(a);
    assertThat(second.stories()).isEqualTo(first.stories());

    List<Story> before = first.stories();
    for (StoryDoc d : stream) {
      StoryAssignment again = first.add(d);
      assertThat(again.storyId()).isEqualTo(first.storyOf(d.id()).orElseThrow());
      assertThat(again.mergedStoryIds()).isEmpty();
    }
    assertThat(first.stories()).isEqualTo(before);
  }
}
