package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.AddressRange;
import org.marsad.ingest.Opml;
import org.marsad.ingest.OpmlFeed;
import org.marsad.model.Source;
import org.marsad.store.SqliteStore;
import org.marsad.store.Store;
import org.marsad.testing.FakeResolver;
import org.marsad.testing.Reliability;

class SourceCatalogTest {
  @TempDir Path data;

  private SqliteStore store;
  private SourceCatalog catalog;

  @BeforeEach
  void open() {
    store = SqliteStore.open(data);
    catalog = catalog(store, DEFAULTS, false);
  }

  private static final SourceLimits DEFAULTS = SourceLimits.from(MarsadConfig.defaults());

  private static final FakeResolver DNS =
      new FakeResolver().with("intranet.example", "10.0.0.5").with("rebind.example", "127.0.0.1");

  private static SourceCatalog catalog(Store store, SourceLimits limits, boolean allowPrivate) {
    return new SourceCatalog(store, limits, new SourceAddressCheck(allowPrivate, List.of(), DNS));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void addsAnAddressOnceWithItsTitle() {
    Source added = catalog.add("  https://feeds.example/rss  ", " صحيفة ").source();
    assertThat(added.url()).isEqualTo("https://feeds.example/rss");
    assertThat(added.title()).isEqualTo("صحيفة");
    assertThat(added.pollInterval()).isNull();
    assertThat(catalog.add("https://feeds.example/rss", null).source()).isEqualTo(added);
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
    assertThat(first.refused()).isEqualTo(2);
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
          catalog(other, DEFAULTS, false)
              .importOpml(catalog.exportOpml().getBytes(StandardCharsets.UTF_8));
      assertThat(imported.added()).isEqualTo(2);
      assertThat(other.sources())
          .extracting(Source::url)
          .containsExactlyElementsOf(catalog.list().stream().map(Source::url).toList());
    }
  }

  @Test
  void privateAndReservedTargetsAreRefusedWhenAddedNamingTheAddress() {
    List<String> tried =
        List.of(
            "http://127.0.0.1:8080/feed",
            "http://[::1]/feed",
            "http://10.1.2.3/rss",
            "http://169.254.169.254/latest/meta-data/",
            "http://192.168.1.1/",
            "http://intranet.example/rss",
            "http://rebind.example/rss");
    List<String> addresses =
        List.of(
            "127.0.0.1",
            "[::1]",
            "10.1.2.3",
            "169.254.169.254",
            "192.168.1.1",
            "10.0.0.5",
            "127.0.0.1");
    for (int i = 0; i < tried.size(); i++) {
      String url = tried.get(i);
      assertThatThrownBy(() -> catalog.add(url, null))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(url + ": ")
          .hasMessageContaining(addresses.get(i));
    }
    assertThat(catalog.list()).isEmpty();

    SourceCatalog allowing = catalog(store, DEFAULTS, true);
    assertThat(allowing.add("http://10.1.2.3/rss", null).source().url())
        .isEqualTo("http://10.1.2.3/rss");
    SourceCatalog loopbackOnly =
        new SourceCatalog(
            store,
            DEFAULTS,
            new SourceAddressCheck(false, List.of(AddressRange.parse("127.0.0.0/8")), DNS));
    assertThat(loopbackOnly.add("http://127.0.0.1:8080/feed", null).source().id()).isPositive();
    assertThatThrownBy(() -> loopbackOnly.add("http://intranet.example/rss", null))
        .hasMessageContaining("10.0.0.5");
    Reliability.record(
        "security",
        "SourceCatalogTest.privateAndReservedTargetsAreRefusedWhenAddedNamingTheAddress",
        "add sources on loopback, RFC 1918, link-local (cloud metadata) addresses, literal or"
            + " behind a name",
        "each refused at add time with the address named; allowed only when configured",
        tried.size() + " of " + tried.size() + " refused; 0 stored");
  }

  @Test
  void aNameThatDoesNotResolveIsFollowedWithANote() {
    SourceCatalog.Added added = catalog.add("https://gone.invalid/rss", null);
    assertThat(added.source().id()).isPositive();
    assertThat(added.notes()).singleElement().asString().contains("gone.invalid");
  }

  @Test
  void aLongUrlIsRefusedAndALongTitleCutWithTheReason() {
    String hugeUrl = "https://feeds.example/" + "a".repeat(1_900_000);
    assertThatThrownBy(() -> catalog.add(hugeUrl, null))
        .hasMessageContaining("1900022 characters")
        .hasMessageContaining("sources.max-url-length")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));

    String hugeTitle = "عنوان ".repeat(200_000);
    SourceCatalog.Added added = catalog.add("https://feeds.example/rss", hugeTitle);
    assertThat(added.source().title().length()).isLessThanOrEqualTo(DEFAULTS.maxTitleLength());
    assertThat(added.source().title()).startsWith("عنوان عنوان");
    assertThat(added.notes())
        .singleElement()
        .asString()
        .contains("title cut from " + hugeTitle.strip().length())
        .contains("sources.max-title-length");
    assertThat(catalog.list())
        .singleElement()
        .extracting(Source::url)
        .isEqualTo("https://feeds.example/rss");

    String emoji = "😀".repeat(200);
    String cut =
        catalog(store, new SourceLimits(2048, 5, 10), false)
            .add("https://feeds.example/emoji", emoji)
            .source()
            .title();
    assertThat(cut).isEqualTo("😀😀");
    Reliability.record(
        "bad-input",
        "SourceCatalogTest.aLongUrlIsRefusedAndALongTitleCutWithTheReason",
        "add a source with a 1.9 MB URL, then one with a 1.2 MB title",
        "URL refused with a short message naming the limit; title cut to the limit and reported",
        "URL of "
            + hugeUrl.length()
            + " chars refused; title "
            + hugeTitle.length()
            + " -> "
            + added.source().title().length()
            + " chars");
  }

  @Test
  void oneImportFollowsAtMostTheLimitAndCountsTheRest() {
    StringBuilder opml = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><body>");
    opml.append("<outline type=\"rss\" xmlUrl=\"http://10.9.9.9/rss\"/>");
    for (int i = 0; i < 20_000; i++) {
      opml.append("<outline type=\"rss\" xmlUrl=\"https://feeds.example/").append(i).append("\"/>");
    }
    opml.append("</body></opml>");

    SourceCatalog.ImportResult result =
        catalog(store, new SourceLimits(2048, 300, 50), false)
            .importOpml(opml.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(result.added()).isEqualTo(50);
    assertThat(result.refused()).isEqualTo(20_000 - 50 + 1);
    assertThat(result.problems())
        .anySatisfy(p -> assertThat(p).contains("10.9.9.9"))
        .anySatisfy(p -> assertThat(p).contains("19950").contains("sources.max-new-per-import"));
    assertThat(catalog.list()).hasSize(50);
    Reliability.record(
        "bad-input",
        "SourceCatalogTest.oneImportFollowsAtMostTheLimitAndCountsTheRest",
        "import an OPML list of 20,001 feeds with a limit of 50 new sources per import",
        "50 followed, the rest refused and counted, the private entry named",
        result.added()
            + " added, "
            + result.refused()
            + " refused, "
            + result.problems().size()
            + " problem lines");
  }

  @Test
  void problemsOfAnImportAreListedUpToABound() {
    StringBuilder opml = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><body>");
    for (int i = 0; i < 5_000; i++) {
      opml.append("<outline type=\"rss\" xmlUrl=\"ftp://feeds.example/").append(i).append("\"/>");
    }
    opml.append("</body></opml>");

    SourceCatalog.ImportResult result =
        catalog.importOpml(opml.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(result.refused()).isEqualTo(5_000);
    assertThat(result.problems()).hasSize(SourceCatalog.MAX_LISTED + 1);
    assertThat(result.problems().get(SourceCatalog.MAX_LISTED)).startsWith("4900 further");
  }
}
