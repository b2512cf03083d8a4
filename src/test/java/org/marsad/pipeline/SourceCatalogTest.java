package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Opml;
import org.marsad.ingest.OpmlFeed;
import org.marsad.model.Source;
import org.marsad.store.SqliteStore;

class SourceCatalogTest {
  @TempDir Path data;

  private SqliteStore store;
  private SourceCatalog catalog;

  @BeforeEach
  void open() {
    store = SqliteStore.open(data);
    catalog = new SourceCatalog(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void addsAnAddressOnceWithItsTitle() {
    Source added = catalog.add("  https://feeds.example/rss  ", " صحيفة ");
    assertThat(added.url()).isEqualTo("https://feeds.example/rss");
    assertThat(added.title()).isEqualTo("صحيفة");
    assertThat(added.pollInterval()).isNull();
    assertThat(catalog.add("https://feeds.example/rss", null)).isEqualTo(added);
    assertThat(catalog.list()).containsExactly(added);
    assertThat(catalog.remove(added.id())).isTrue();
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void invalidAddressesAreRefusedWithTheirValue() {
    assertThatThrownBy(() -> catalog.add(null, null)).hasMessage("a source needs a URL");
    assertThatThrownBy(() -> catalog.add("  ", null)).hasMessage("a source needs a URL");
    assertThatThrownBy(() -> catalog.add("ftp://feeds.example/rss", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://feeds.example/rss");
    assertThatThrownBy(() -> catalog.add("feeds.example/rss", null))
        .hasMessageContaining("not an absolute http(s) URL");
    assertThatThrownBy(() -> catalog.add("https://feeds example/rss", null))
        .hasMessageContaining("not a valid URL");
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void opmlImportKeepsGoodEntriesAndReportsBadOnes() {
    String opml =
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
            + "<outline type=\"rss\" text=\"أ\" xmlUrl=\"https://a.example/rss\"/>"
            + "<outline type=\"rss\" text=\"ب\" xmlUrl=\"javascript:alert(1)\"/>"
            + "<outline type=\"rss\" text=\"ج\" xmlUrl=\"https://c example/rss\"/>"
            + "<outline type=\"rss\" text=\"د\" xmlUrl=\"https://d.example/feed\"/>"
            + "</body></opml>";

    SourceCatalog.ImportResult first = catalog.importOpml(opml.getBytes(StandardCharsets.UTF_8));
    SourceCatalog.ImportResult second = catalog.importOpml(opml.getBytes(StandardCharsets.UTF_8));

    assertThat(first.added()).isEqualTo(2);
    assertThat(first.problems()).hasSize(2);
    assertThat(String.join("\n", first.problems()))
        .contains("javascript:alert(1)")
        .contains("https://c example/rss");
    assertThat(second.added()).isZero();
    assertThat(second.alreadyFollowed()).isEqualTo(2);
    assertThat(catalog.list())
        .extracting(Source::url)
        .containsExactly("https://a.example/rss", "https://d.example/feed");
  }

  @Test
  void garbageIsAnImportOfNothingWithProblems() {
    SourceCatalog.ImportResult result =
        catalog.importOpml("<opml><body><outline".getBytes(StandardCharsets.UTF_8));
    assertThat(result.added()).isZero();
    assertThat(result.problems()).isNotEmpty();
  }

  @Test
  void exportReadsBackAsTheSameSources() {
    catalog.add("https://a.example/rss", "الأولى & الثانية");
    catalog.add("https://b.example/feed?lang=ar&x=1", null);

    Opml.Subscriptions exported = Opml.read(catalog.exportOpml().getBytes(StandardCharsets.UTF_8));

    assertThat(exported.problems()).isEmpty();
    assertThat(exported.feeds())
        .extracting(OpmlFeed::xmlUrl)
        .containsExactly("https://a.example/rss", "https://b.example/feed?lang=ar&x=1");
    assertThat(exported.feeds().get(0).title()).isEqualTo("الأولى & الثانية");

    SqliteStore other = SqliteStore.open(data.resolve("other"));
    try (other) {
      SourceCatalog.ImportResult imported =
          new SourceCatalog(other)
              .importOpml(catalog.exportOpml().getBytes(StandardCharsets.UTF_8));
      assertThat(imported.added()).isEqualTo(2);
      assertThat(other.sources())
          .extracting(Source::url)
          .containsExactlyElementsOf(catalog.list().stream().map(Source::url).toList());
    }
  }
}
