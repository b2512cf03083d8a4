package org.marsad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marsad.story.StoryAssignment.Kind;
import org.marsad.testing.Reliability;

/**
 * Bodies that say nothing (empty, one word, boilerplate only, one sentence repeated 10,000 times)
 * and bodies in another language, streamed among real ANT articles: no crash, no giant story, and
 * the real articles' stories are unchanged.
 */
class StoryBadInputTest {
  private static final Instant T0 = Instant.parse("2018-05-08T10:00:00Z");
  private static final String SENTENCE = "تابعونا على مواقع التواصل الاجتماعي للمزيد من الأخبار. ";

  private static List<StoryDoc> hostile(long firstId, Instant at) {
    List<String> bodies =
        List.of(
            "",
            "عاجل",
            "جميع الحقوق محفوظة",
            "جميع الحقوق محفوظة © 2018 ".repeat(50),
            SENTENCE.repeat(10_000),
            "The central bank raised interest rates by a quarter point on Tuesday, citing"
                + " inflation that has stayed above its target for two years.",
            "Heavy rain flooded parts of the city overnight and schools were closed while"
                + " emergency crews pumped water from underground stations.");
    List<StoryDoc> docs = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      docs.add(new StoryDoc(firstId + i, "bad", "", bodies.get(i), at, null));
    }
    return docs;
  }

  @Test
  void uninformativeAndForeignBodiesNeitherJoinNorAttract() {
    List<StoryDoc> ant = AntStream.docs(600);
    StoryClusterer clean = new StoryClusterer();
    List<Long> cleanStories = new ArrayList<>();
    ant.forEach(d -> cleanStories.add(clean.add(d).storyId()));

    StoryClusterer mixed = new StoryClusterer();
    List<Long> mixedStories = new ArrayList<>();
    List<StoryAssignment> bad = new ArrayList<>();
    long nextBadId = 1_000_000;
    for (int i = 0; i < ant.size(); i++) {
      StoryDoc d = ant.get(i);
      mixedStories.add(mixed.add(d).storyId());
      if (i % 100 == 0) {
        for (StoryDoc h : hostile(nextBadId, d.published())) {
          bad.add(mixed.add(h));
        }
        nextBadId += 100;
      }
    }

    assertThat(mixedStories).isEqualTo(cleanStories);
    assertThat(bad).allMatch(a -> a.storyId() >= 1_000_000, "bad input stays among bad input");
    int largestBadStory =
        mixed.stories().stream()
            .filter(s -> s.id() >= 1_000_000)
            .mapToInt(Story::size)
            .max()
            .orElse(0);
    long uninformative = bad.stream().filter(a -> a.kind() == Kind.UNINFORMATIVE).count();
    assertThat(uninformative).isGreaterThanOrEqualTo(bad.size() * 3L / 7);
    // The repeated sentence and the two English articles recur every 100 articles: each may
    // gather its own copies within the window, nothing else.
    assertThat(largestBadStory).isLessThanOrEqualTo(6);

    Reliability.record(
        "bad-input",
        "StoryBadInputTest.uninformativeAndForeignBodiesNeitherJoinNorAttract",
        "empty, one-word, boilerplate-only, one sentence x10,000 and English bodies among 600"
            + " real ANT articles",
        "the real articles' stories are unchanged; bad input never joins a real story",
        String.format(
            Locale.ROOT,
            "%d bad docs, %d uninformative, largest bad-input story %d, %d real stories unchanged",
            bad.size(),
            uninformative,
            largestBadStory,
            cleanStories.stream().distinct().count()));
  }

  @Test
  void aSourceRepublishingItsArticleDailyMakesBoundedStories() {
    StoryClusterer c = new StoryClusterer();
    AntStream.docs(300).forEach(c::add);
    StoryDoc article = AntStream.docs(301).get(300);
    int days = 60;
    for (int day = 0; day < days; day++) {
      c.add(
          new StoryDoc(
              2_000_000L + day,
              "self",
              article.title(),
              article.body(),
              T0.plus(Duration.ofDays(day)),
              null));
    }
    int largest =
        c.stories().stream()
            .filter(s -> s.id() >= 2_000_000)
            .mapToInt(Story::size)
            .max()
            .orElseThrow();
    int maxSpanDays = (int) c.config().maxSpan().toDays();
    assertThat(largest).isLessThanOrEqualTo(maxSpanDays + 1);
    Reliability.record(
        "bad-input",
        "StoryBadInputTest.aSourceRepublishingItsArticleDailyMakesBoundedStories",
        "one ANT article republished by its source every day for " + days + " days",
        "stories of the copies are cut at the maximum span; no story grows without bound",
        "largest story " + largest + " articles (max span " + maxSpanDays + " days)");
  }
}
