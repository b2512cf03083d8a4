package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.PollStatus;
import org.marsad.ingest.PollSummary;
import org.marsad.model.Article;
import org.marsad.model.Source;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.store.FetchLogEntry;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.ArticlePages;
import org.marsad.testing.Compression;
import org.marsad.testing.Fixtures;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.StoreIntegrity;

/**
 * The whole chain with real parts: a loopback HTTP server serving feeds and article pages, the
 * fetcher, parser, poller, extractor, SQLite store and Lucene index in a temporary data directory.
 * Self-written fixtures always run; the ANT cases are skipped without the shared data.
 */
class EngineIT {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String FEED_DATE = "Mon, 05 Feb 2024 09:30:00 GMT";

  /** Contains {@code والإرهاب} (waw + al + alef with hamza below) and {@code القاضي}. */
  private static final List<String> TERROR_PARAGRAPHS =
      List.of(
          "أعلنت وزارة الداخلية صباح اليوم عن خطة وطنية شاملة لمكافحة التطرف والإرهاب في المدن"
              + " الكبرى، تشمل تعزيز التعاون بين الأجهزة الأمنية وتبادل المعلومات مع دول الجوار.",
          "وقال القاضي المكلف بالملف إن المحاكم ستنظر في القضايا المتعلقة بتمويل الجماعات المسلحة"
              + " خلال الأشهر المقبلة، مؤكدا أن القانون سيطبق على الجميع دون استثناء.",
          "ورحبت منظمات المجتمع المدني بالخطة، لكنها طالبت بضمانات تحمي الحريات العامة وحقوق"
              + " المتهمين أثناء التحقيق والمحاكمة، وبمراجعة دورية لنتائجها.");

  private static final List<String> HARVEST_PARAGRAPHS =
      List.of(
          "بدأ المزارعون في سهل البقاع موسم حصاد القمح هذا الأسبوع وسط توقعات بمحصول وفير بعد"
              + " شتاء ماطر أعاد الحياة إلى الحقول التي عانت من الجفاف في السنوات الماضية.",
          "وأوضح رئيس تعاونية المزارعين أن أسعار البذور والأسمدة ارتفعت بشكل كبير، مما دفع"
              + " كثيرين إلى تقليص المساحات المزروعة والاعتماد على الري بالتنقيط لتوفير المياه.",
          "ويأمل المزارعون أن تشتري الدولة المحصول بأسعار عادلة تغطي التكاليف وتضمن استمرار"
              + " الزراعة في المنطقة التي تعد سلة غذاء البلاد منذ قرون طويلة.");

  @TempDir Path data;

  private final LoopbackServer server;
  private Engine engine;

  EngineIT() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    if (engine != null) {
      engine.close();
    }
    server.close();
  }

  /** Loopback allowed, no politeness delay, short timeouts and retry delays. */
  static MarsadConfig loopbackConfig() {
    return MarsadConfig.defaults()
        .with("fetch.allow-private-networks", "true")
        .with("fetch.per-host-delay", "0ms")
        .with("fetch.per-host-connections", "4")
        .with("fetch.connect-timeout", "500ms")
        .with("fetch.read-timeout", "700ms")
        .with("fetch.retry-base-delay", "10ms")
        .with("fetch.retry-max-delay", "40ms")
        .with("fetch.max-bytes", "2MB");
  }

  private Engine open(MarsadConfig config) {
    engine = Engine.open(data, config);
    return engine;
  }

  private Source follow(String path) {
    return engine.sources().add(server.url(path).toString(), null).source();
  }

  private static AntFeeds.Article item(String path, String title, String summary, String text) {
    return new AntFeeds.Article(path, title, summary, text, FEED_DATE, "مراسلنا", "سياسة");
  }

  /** A summary-only item whose page at {@code /news/N} carries the paragraphs. */
  private AntFeeds.Article summaryOnly(int n, String title, List<String> paragraphs) {
    String url = server.url("/news/" + n).toString();
    server.on(
        "/news/" + n,
        LoopbackServer.fixed(
            200,
            "text/html; charset=utf-8",
            ArticlePages.html("عنوان الصفحة " + n, paragraphs, url)
                .getBytes(StandardCharsets.UTF_8)));
    return item(url, title, paragraphs.get(0).substring(0, 40), String.join("\n", paragraphs));
  }

  private Article stored(String path) {
    return engine.store().articleByUrl(server.url(path).toString()).orElseThrow();
  }

  private List<Long> search(String query) {
    return engine.index().search(SearchRequest.of(query)).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void summaryOnlyItemsGetTheirPagesFullTextAndKeepTheFeedsTitleDateAndCategories() {
    open(loopbackConfig());
    List<AntFeeds.Article> items =
        List.of(
            summaryOnly(1, "خطة لمكافحة التطرف", TERROR_PARAGRAPHS),
            summaryOnly(2, "موسم الحصاد في البقاع", HARVEST_PARAGRAPHS));
    server.on(
        "/rss",
        LoopbackServer.fixed(
            200, RSS, AntFeeds.rss("أخبار", items, "UTF-8").getBytes(StandardCharsets.UTF_8)));
    follow("/rss");

    PollSummary summary = engine.fetchAll(result -> {});

    assertThat(summary.count(PollStatus.NEW_ITEMS)).isEqualTo(1);
    Article terror = stored("/news/1");
    assertThat(terror.body()).isEqualTo(String.join("\n\n", TERROR_PARAGRAPHS));
    assertThat(terror.body()).doesNotContain(ArticlePages.MENU).doesNotContain(ArticlePages.FOOTER);
    assertThat(terror.title()).isEqualTo("خطة لمكافحة التطرف");
    assertThat(terror.published()).isEqualTo(Instant.parse("2024-02-05T09:30:00Z"));
    assertThat(terror.tags()).contains("سياسة");
    assertThat(terror.author()).isEqualTo("مراسلنا");
    assertThat(terror.summary()).isEqualTo(items.get(0).abstractText());
    assertThat(stored("/news/2").body()).isEqualTo(String.join("\n\n", HARVEST_PARAGRAPHS));
    assertThat(server.hits("/news/1")).isEqualTo(1);
    assertThat(engine.index().size()).isEqualTo(2);
    FetchLogEntry log = engine.store().fetchLog(engine.sources().list().get(0).id(), 1).get(0);
    assertThat(log.outcome()).isEqualTo(FetchLogEntry.Outcome.OK);
    assertThat(log.itemsNew()).isEqualTo(2);
  }

  @Test
  void searchFindsStoredTextAcrossHamzaAlefYehAndCliticVariants() {
    open(loopbackConfig());
    List<AntFeeds.Article> items =
        List.of(
            summaryOnly(1, "خطة لمكافحة التطرف", TERROR_PARAGRAPHS),
            summaryOnly(2, "موسم الحصاد في البقاع", HARVEST_PARAGRAPHS));
    server.on(
        "/rss",
        LoopbackServer.fixed(
            200, RSS, AntFeeds.rss("أخبار", items, "UTF-8").getBytes(StandardCharsets.UTF_8)));
    follow("/rss");
    engine.fetchAll(result -> {});
    long terror = stored("/news/1").id();
    long harvest = stored("/news/2").id();

    assertThat(search("الارهاب"))
        .as("alef without hamza, text has والإرهاب")
        .containsExactly(terror);
    assertThat(search("إرهاب")).as("no article, text has والإرهاب").containsExactly(terror);
    assertThat(search("القاضی")).as("Persian yeh, text has Arabic yeh").containsExactly(terror);
    assertThat(search("المزارعين")).containsExactly(harvest);
    assertThat(search("بالمزارعين")).as("clitic bi- on the query").containsExactly(harvest);
  }

  /** Serves the current body with an ETag, answering 304 when the client already has it. */
  private static HttpHandler conditional(AtomicReference<byte[]> body) {
    return exchange -> {
      byte[] current = body.get();
      String etag = "\"" + Integer.toHexString(Arrays.hashCode(current)) + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.send(exchange, 304, null, new byte[0]);
      } else {
        LoopbackServer.send(exchange, 200, RSS, current);
      }
    };
  }

  @Test
  void aSecondPassGets304AndAReTitledItemIsTheSameArticleWithARevision() {
    open(loopbackConfig());
    AntFeeds.Article terror = summaryOnly(1, "خطة لمكافحة التطرف", TERROR_PARAGRAPHS);
    AntFeeds.Article harvest = summaryOnly(2, "موسم الحصاد في البقاع", HARVEST_PARAGRAPHS);
    AtomicReference<byte[]> feed =
        new AtomicReference<>(
            AntFeeds.rss("أخبار", List.of(terror), "UTF-8").getBytes(StandardCharsets.UTF_8));
    server.on("/rss", conditional(feed));
    Source source = follow("/rss");

    engine.fetchAll(result -> {});
    long id = stored("/news/1").id();
    PollSummary second = engine.fetchAll(result -> {});

    assertThat(second.count(PollStatus.NOT_MODIFIED)).isEqualTo(1);
    assertThat(engine.store().fetchLog(source.id(), 1).get(0).outcome())
        .isEqualTo(FetchLogEntry.Outcome.NOT_MODIFIED);
    assertThat(server.requests("/rss").get(1).headers().getFirst("If-None-Match")).isNotNull();

    AntFeeds.Article retitled =
        item(terror.url(), "الحكومة تقر خطة لمكافحة التطرف", terror.abstractText(), terror.text());
    feed.set(
        AntFeeds.rss("أخبار", List.of(retitled, harvest), "UTF-8")
            .getBytes(StandardCharsets.UTF_8));
    PollSummary third = engine.fetchAll(result -> {});

    assertThat(third.count(PollStatus.NEW_ITEMS)).isEqualTo(1);
    assertThat(engine.store().articleCount()).isEqualTo(2);
    Article after = stored("/news/1");
    assertThat(after.id()).isEqualTo(id);
    assertThat(after.title()).isEqualTo("الحكومة تقر خطة لمكافحة التطرف");
    assertThat(engine.store().revisions(id))
        .singleElement()
        .satisfies(r -> assertThat(r.title()).isEqualTo("خطة لمكافحة التطرف"));
    FetchLogEntry log = engine.store().fetchLog(source.id(), 1).get(0);
    assertThat(log.itemsNew()).isEqualTo(1);
    assertThat(log.itemsUpdated()).isEqualTo(1);
    assertThat(search("تقر")).containsExactly(id);
  }

  @Test
  void windows1256RssAndAtomWithFullContentAreStoredWithoutFetchingPages() {
    open(loopbackConfig());
    String longText = String.join("\n", HARVEST_PARAGRAPHS);
    AntFeeds.Article cp1256 =
        item(server.url("/page/cp").toString(), "الرئيس يستقبل الوفد الزائر", longText, "");
    AntFeeds.Article atom =
        item(server.url("/page/atom").toString(), "حصاد القمح", "موجز قصير", longText);
    server.on(
        "/cp1256",
        LoopbackServer.fixed(
            200,
            "text/xml",
            AntFeeds.rss("موجز", List.of(cp1256), "windows-1256").getBytes(WINDOWS_1256)));
    server.on(
        "/atom",
        LoopbackServer.fixed(
            200,
            "application/atom+xml",
            AntFeeds.atom("أتوم", List.of(atom)).getBytes(StandardCharsets.UTF_8)));
    follow("/cp1256");
    follow("/atom");

    PollSummary summary = engine.fetchAll(result -> {});

    assertThat(summary.count(PollStatus.NEW_ITEMS)).isEqualTo(2);
    assertThat(stored("/page/cp").title()).isEqualTo("الرئيس يستقبل الوفد الزائر");
    String paragraphs = String.join("\n\n", HARVEST_PARAGRAPHS);
    assertThat(stored("/page/cp").body()).isEqualTo(paragraphs);
    assertThat(stored("/page/atom").body()).isEqualTo(paragraphs);
    assertThat(server.hits("/page/cp") + server.hits("/page/atom")).isZero();
  }

  @Test
  void withoutThePrivateNetworkSwitchALoopbackSourceIsRefusedAndLogged() {
    open(MarsadConfig.defaults().with("fetch.retry-base-delay", "10ms"));
    server.on(
        "/rss",
        LoopbackServer.fixed(
            200, RSS, AntFeeds.rss("x", List.of(), "UTF-8").getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> follow("/rss")).hasMessageContaining("127.0.0.1");
    // Stored another way (before add-time checks, or a name that resolves privately only later):
    // every poll refuses it too.
    Source source =
        engine
            .store()
            .addSource(
                new Source(0, server.url("/rss").toString(), null, Source.Kind.UNKNOWN, null));

    PollSummary summary = engine.fetchAll(result -> {});

    assertThat(summary.count(PollStatus.FAILED)).isEqualTo(1);
    FetchLogEntry log = engine.store().fetchLog(source.id(), 1).get(0);
    assertThat(log.outcome()).isEqualTo(FetchLogEntry.Outcome.FAILED);
    assertThat(log.message()).contains("refused").contains("127.0.0.1");
    assertThat(server.hits("/rss")).isZero();
    assertThat(engine.store().sourceState(source.id()).consecutiveFailures()).isEqualTo(1);
  }

  @Test
  void misbehavingSourcesFailWithClearMessagesWhileTheGoodOneArrivesWhole() throws Exception {
    open(loopbackConfig());
    List<AntFeeds.Article> goodItems =
        List.of(
            summaryOnly(1, "خطة لمكافحة التطرف", TERROR_PARAGRAPHS),
            summaryOnly(2, "موسم الحصاد في البقاع", HARVEST_PARAGRAPHS));
    server.on(
        "/good",
        LoopbackServer.fixed(
            200, RSS, AntFeeds.rss("good", goodItems, "UTF-8").getBytes(StandardCharsets.UTF_8)));
    server.on(
        "/500", LoopbackServer.fixed(500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8)));
    server.on("/stall", LoopbackServer.stall(30_000));
    server.on("/loop", LoopbackServer.redirect(302, "/loop"));
    byte[] bomb = Compression.gzip(new byte[1 << 20], 64);
    server.on(
        "/bomb",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(exchange, 200, RSS, bomb);
        });
    server.on("/huge", EngineIT::fiftyMegabytesOfGarbage);
    server.on("/malformed", LoopbackServer.fixed(200, RSS, Fixtures.bytes("malformed-amp.xml")));
    server.on("/entities", LoopbackServer.fixed(200, RSS, Fixtures.bytes("billion-laughs.xml")));
    server.on("/html", LoopbackServer.fixed(200, RSS, Fixtures.bytes("html-page.html")));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("/500", "HTTP 500 after 3 attempts");
    expected.put("/stall", "timed out");
    expected.put("/loop", "more than 5 redirects");
    expected.put("/bomb", "not a feed");
    expected.put("/huge", "not a feed");
    expected.put("/entities", "refused: the document declares XML entities");
    expected.put("/html", "not a feed: looks like HTML");
    Map<String, Source> sources = new LinkedHashMap<>();
    for (String path : expected.keySet()) {
      sources.put(path, follow(path));
    }
    Source good = follow("/good");
    Source malformed = follow("/malformed");

    long start = System.nanoTime();
    PollSummary summary = engine.fetchAll(result -> {});

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(summary.lines()).hasSize(expected.size() + 2);
    assertThat(summary.count(PollStatus.FAILED)).isEqualTo(expected.size());
    assertThat(stored("/news/1").body()).isEqualTo(String.join("\n\n", TERROR_PARAGRAPHS));
    assertThat(stored("/news/2").body()).isEqualTo(String.join("\n\n", HARVEST_PARAGRAPHS));
    assertThat(engine.store().fetchLog(good.id(), 1).get(0).itemsNew()).isEqualTo(2);
    for (Map.Entry<String, String> bad : expected.entrySet()) {
      FetchLogEntry log = engine.store().fetchLog(sources.get(bad.getKey()).id(), 1).get(0);
      assertThat(log.outcome()).as(bad.getKey()).isEqualTo(FetchLogEntry.Outcome.FAILED);
      assertThat(log.message()).as(bad.getKey()).startsWith(bad.getValue());
    }
    FetchLogEntry lenient = engine.store().fetchLog(malformed.id(), 1).get(0);
    assertThat(lenient.message()).as("malformed XML is read leniently").startsWith("malformed XML");
    assertThat(engine.store().articleCount()).isEqualTo(2 + lenient.itemsNew());
    assertThat(engine.index().size()).isEqualTo(engine.store().articleCount());
    assertThat(StoreIntegrity.check(data)).containsExactly("ok");
  }

  /** Declares and sends 50 MB of feed-looking items, far beyond the 2 MB cap. */
  private static void fiftyMegabytesOfGarbage(HttpExchange exchange) throws IOException {
    long fifty = 50L << 20;
    exchange.getResponseHeaders().set("Content-Type", RSS);
    exchange.sendResponseHeaders(200, fifty);
    byte[] chunk = new byte[64 << 10];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = exchange.getResponseBody()) {
      for (long sent = 0; sent < fifty; sent += chunk.length) {
        out.write(chunk);
      }
    }
  }

  @Test
  void aPassFirstIndexesWhatAKilledRunStoredButDidNotIndex() {
    open(loopbackConfig());
    engine
        .store()
        .upsert(
            new Article(
                0,
                "https://news.example/1",
                "g1",
                0,
                "وكالة",
                "خبر مخزن",
                String.join("\n\n", HARVEST_PARAGRAPHS),
                null,
                null,
                Instant.now(),
                null,
                null,
                List.of()));
    assertThat(engine.index().size()).isZero();

    engine.fetchAll(result -> {});

    assertThat(engine.index().size()).isEqualTo(1);
    assertThat(search("المزارعين")).hasSize(1);
  }

  /** An HTML page with one paragraph per line of an ANT article's text. */
  private static List<String> paragraphs(AntFeeds.Article article) {
    return Arrays.stream(article.text().split("\n+"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /** ANT articles re-addressed to this server, with their pages served from their own text. */
  private List<AntFeeds.Article> onThisServer(List<AntFeeds.Article> articles, String prefix) {
    List<AntFeeds.Article> moved = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AntFeeds.Article a = articles.get(i);
      String path = prefix + i;
      String url = server.url(path).toString();
      server.on(
          path,
          LoopbackServer.fixed(
              200,
              "text/html; charset=utf-8",
              ArticlePages.html(a.title(), paragraphs(a), url).getBytes(StandardCharsets.UTF_8)));
      moved.add(
          new AntFeeds.Article(
              url,
              a.title(),
              a.abstractText(),
              a.text(),
              a.pubDateRaw(),
              a.author(),
              a.category()));
    }
    return moved;
  }

  @Test
  void antArticlesInRssAtomAndWindows1256AreStoredAndSearchable() {
    List<AntFeeds.Article> rss = onThisServer(AntFeeds.articles(12), "/ant/rss/");
    List<AntFeeds.Article> cp1256 =
        onThisServer(
            AntFeeds.articles(40, AntFeeds.encodableIn(WINDOWS_1256)).subList(30, 40), "/ant/cp/");
    List<AntFeeds.Article> atom = onThisServer(AntFeeds.articles(60).subList(45, 60), "/ant/atom/");
    open(loopbackConfig());
    server.on(
        "/rss",
        LoopbackServer.fixed(
            200, RSS, AntFeeds.rss("ANT", rss, "UTF-8").getBytes(StandardCharsets.UTF_8)));
    server.on(
        "/cp1256",
        LoopbackServer.fixed(
            200, "text/xml", AntFeeds.rss("ANT", cp1256, "windows-1256").getBytes(WINDOWS_1256)));
    server.on(
        "/atom",
        LoopbackServer.fixed(
            200,
            "application/atom+xml",
            AntFeeds.atom("ANT", atom).getBytes(StandardCharsets.UTF_8)));
    follow("/rss");
    follow("/cp1256");
    follow("/atom");

    PollSummary summary = engine.fetchAll(result -> {});

    assertThat(summary.count(PollStatus.NEW_ITEMS)).isEqualTo(3);
    List<AntFeeds.Article> all = new ArrayList<>(rss);
    all.addAll(cp1256);
    all.addAll(atom);
    assertThat(engine.store().articleCount()).isEqualTo(all.size());
    assertThat(engine.index().size()).isEqualTo(all.size());
    for (AntFeeds.Article a : all) {
      Article article = engine.store().articleByUrl(a.url()).orElseThrow();
      assertThat(article.title()).isEqualTo(a.title());
      assertThat(article.published())
          .isEqualTo(
              ZonedDateTime.parse(a.pubDateRaw().strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                  .toInstant());
      assertThat(oneSpaced(article.body()))
          .as("full text of %s", a.url())
          .contains(oneSpaced(paragraphs(a).get(paragraphs(a).size() - 1)));
    }
    assertHamzaVariantFound(all);
  }

  private static String oneSpaced(String text) {
    return text.replaceAll("[\\s\\p{Z}]+", " ");
  }

  /** A word written {@code والأ...} or {@code والإ...} in an article is found as {@code الا...}. */
  private void assertHamzaVariantFound(List<AntFeeds.Article> articles) {
    Pattern hamzaWord = Pattern.compile("(?<![\\p{L}])وال[أإ](\\p{L}{4,})");
    for (AntFeeds.Article a : articles) {
      Matcher m = hamzaWord.matcher(a.text());
      if (m.find()) {
        long id = engine.store().articleByUrl(a.url()).orElseThrow().id();
        SearchRequest query = SearchRequest.of("الا" + m.group(1)).withLimit(1000);
        assertThat(engine.index().search(query).hits())
            .extracting(SearchHit::id)
            .as("الا%s finds the article containing %s", m.group(1), m.group())
            .contains(id);
        return;
      }
    }
    throw new AssertionError("no ANT article has a word starting with والأ or والإ");
  }
}
