package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.SearchRequest;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.ArticlePages;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;

/**
 * Hostile web: servers that lie about the charset of real Arabic feeds and pages (ANT articles).
 * Every stored title and body must be the source's text, with no replacement characters and no
 * mojibake, and searchable. Skipped without the shared data.
 */
class LyingCharsetsIT {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  @TempDir Path data;

  private final LoopbackServer server;
  private Engine engine;

  LyingCharsetsIT() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    if (engine != null) {
      engine.close();
    }
    server.close();
  }

  /** How a lying server serves one feed. */
  private record Lie(String path, String declaration, String header, Charset bytes) {}

  @Test
  void feedsAndPagesThatLieAboutTheirCharsetAreStoredAsTheSourceWroteThem() {
    List<AntFeeds.Article> all = AntFeeds.articles(16, AntFeeds.encodableIn(ISO_8859_6));
    List<Lie> lies =
        List.of(
            new Lie("/cp1256-as-utf8", "UTF-8", "application/rss+xml; charset=utf-8", WINDOWS_1256),
            new Lie("/iso6-as-latin1", "ISO-8859-1", "text/xml", ISO_8859_6),
            new Lie(
                "/utf8-as-latin1",
                "ISO-8859-1",
                "text/xml; charset=iso-8859-1",
                StandardCharsets.UTF_8),
            new Lie(
                "/utf8-as-cp1256",
                "windows-1256",
                "text/xml; charset=windows-1256",
                StandardCharsets.UTF_8));
    engine = Engine.open(data, EngineIT.loopbackConfig());
    List<AntFeeds.Article> expected = new ArrayList<>();
    for (int i = 0; i < lies.size(); i++) {
      Lie lie = lies.get(i);
      List<AntFeeds.Article> items = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        AntFeeds.Article a = all.get(i * 3 + k);
        items.add(withUrl(a, server.url(lie.path() + "/" + k).toString()));
      }
      byte[] feed = AntFeeds.rss("أخبار", items, lie.declaration()).getBytes(lie.bytes());
      server.on(lie.path(), LoopbackServer.fixed(200, lie.header(), feed));
      engine.sources().add(server.url(lie.path()).toString(), null);
      expected.addAll(items);
    }
    // A teaser item whose page is windows-1256 under a UTF-8 header and a UTF-8 meta tag.
    AntFeeds.Article teaser = all.get(12);
    String pageUrl = server.url("/page-cp1256").toString();
    List<String> paragraphs = List.of(teaser.text().split("\n"));
    String page = ArticlePages.html(teaser.title(), paragraphs, pageUrl);
    server.on(
        "/page-cp1256",
        LoopbackServer.fixed(200, "text/html; charset=utf-8", page.getBytes(WINDOWS_1256)));
    AntFeeds.Article teaserItem =
        new AntFeeds.Article(
            pageUrl, teaser.title(), "", "", teaser.pubDateRaw(), teaser.author(), "");
    server.on(
        "/teasers",
        LoopbackServer.fixed(
            200,
            "application/rss+xml; charset=utf-8",
            AntFeeds.rss("أخبار", List.of(teaserItem), "UTF-8").getBytes(StandardCharsets.UTF_8)));
    engine.sources().add(server.url("/teasers").toString(), null);

    engine.fetchAll(result -> {});

    int checked = 0;
    for (AntFeeds.Article item : expected) {
      Article stored = engine.store().articleByUrl(item.url()).orElseThrow();
      assertThat(stored.title()).as(item.url()).isEqualTo(item.title());
      assertThat(stored.summary()).as(item.url()).isEqualTo(item.abstractText().strip());
      assertThat(stored.title() + stored.body()).doesNotContain("\uFFFD").doesNotContain("ط§");
      checked++;
    }
    Article fromPage = engine.store().articleByUrl(pageUrl).orElseThrow();
    assertThat(fromPage.body()).contains(paragraphs.get(0).strip()).doesNotContain("\uFFFD");
    String firstWord = expected.get(0).title().split(" ")[0];
    assertThat(engine.index().search(SearchRequest.of(firstWord)).total()).isPositive();

    Reliability.record(
        "hostile-web",
        "LyingCharsetsIT.feedsAndPagesThatLieAboutTheirCharsetAreStoredAsTheSourceWroteThem",
        "4 real-ANT feeds whose header or XML declaration names the wrong charset (windows-1256"
            + " or ISO-8859-6 bytes called UTF-8 or Latin-1; UTF-8 called Latin-1 or windows-1256),"
            + " and a windows-1256 article page called UTF-8 by header and meta tag",
        "every title, summary and body equals the source text: no U+FFFD, no mojibake; searchable",
        checked + " feed articles + 1 page article stored exactly, 0 replacement chars");
  }

  private static AntFeeds.Article withUrl(AntFeeds.Article a, String url) {
    return new AntFeeds.Article(
        url, a.title(), a.abstractText(), a.text(), a.pubDateRaw(), a.author(), a.category());
  }
}
