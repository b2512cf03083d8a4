package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Fixtures;

class OpmlTest {

  @Test
  void flattensNestedOutlinesKeepingTheirFolders() {
    Opml.Subscriptions list = Opml.read(Fixtures.bytes("feeds.opml"));

    assertThat(list.title()).isEqualTo("مصادر عربية");
    assertThat(list.feeds())
        .containsExactly(
            new OpmlFeed(
                "صحيفة أ",
                "https://a.example.org/rss.xml",
                "https://a.example.org/",
                List.of("أخبار", "الخليج")),
            new OpmlFeed("صحيفة ب", "https://b.example.org/feed", null, List.of("أخبار")),
            new OpmlFeed("Tech & more", "https://tech.example.org/atom.xml", null, List.of()));
    assertThat(list.problems()).isEmpty();
  }

  @Test
  void exportThenImportGivesTheSameFeeds() {
    List<OpmlFeed> feeds = Opml.read(Fixtures.bytes("feeds.opml")).feeds();

    String written = Opml.write("مصادر عربية", feeds);
    Opml.Subscriptions again = Opml.read(written.getBytes(StandardCharsets.UTF_8));

    assertThat(again.feeds()).isEqualTo(feeds);
    assertThat(again.title()).isEqualTo("مصادر عربية");
  }

  @Test
  void reportsWhatIsNotOpml() {
    assertThat(Opml.read(Fixtures.bytes("rss2-arabic.xml")).problems())
        .containsExactly("not an OPML file");
    assertThat(Opml.read(Fixtures.bytes("billion-laughs.xml")).feeds()).isEmpty();
  }
}
