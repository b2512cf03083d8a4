package org.marsad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.EntitySummary;
import org.marsad.model.Source;
import org.marsad.search.SearchRequest;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The reader's site as a person sees it, in headless Chromium, over the ANT sample imported and
 * served in this JVM ({@link BrowserSite}): every page of the page contract of issue 9, the admin
 * forms with and without the token, a saved search's Atom feed and webhook, and feed items that try
 * to run script. Every page is checked to be Arabic, right-to-left and drawn in the shipped Noto
 * Naskh Arabic, and after every test no request the browser made left the site's loopback origin.
 * One import, one server, one browser for the class; screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarsadSiteBrowserIT {
  private static final String FONT = "Noto Naskh Arabic";

  /** A word of many imported headlines, from several sources. */
  private static final String QUERY = "ترامب";

  /** A word no imported article has, carried by the article the webhook test publishes. */
  private static final String ALERT_PROBE = "marsadalertprobe";

  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}{3,}");

  private BrowserSite site;
  private Browser browser;
  private int requestsChecked;
  private int pagesVisited;
  private final List<String> webhookBodies = new CopyOnWriteArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  void startSiteAndBrowser(@TempDir Path work) throws Exception {
    Path sample = AntFeeds.SAMPLE;
    Prerequisites.need(Files.isRegularFile(sample), "ANT sample not found at " + sample);
    Prerequisites.need(
        Browser.installed(),
        "Chromium or chromedriver not found ("
            + Browser.CHROMIUM
            + ", "
            + Browser.CHROMEDRIVER
            + "; apt-get install chromium chromium-driver)");
    site = BrowserSite.start(work, sample);
    site.outside.on(
        "/hook",
        exchange -> {
          webhookBodies.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          LoopbackServer.send(exchange, 204, null, new byte[0]);
        });
    assertThat(site.engine.index().search(SearchRequest.of(QUERY)).total())
        .as("imported articles matching %s", QUERY)
        .isPositive();
    assertThat(site.engine.index().search(SearchRequest.of(HostileFeed.PROBE)).total())
        .as("hostile items stored and indexed")
        .isEqualTo(HostileFeed.ITEMS);
    browser = Browser.start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @BeforeEach
  void asAVisitor() {
    browser.driver.manage().deleteAllCookies();
  }

  /** The issue: "no request leaves loopback". Fonts, CSS, scripts, images: all from the site. */
  @AfterEach
  void everyRequestStayedOnTheSite() {
    List<Browser.Request> requests = browser.requests();
    assertThat(requests.subList(requestsChecked, requests.size()))
        .as("requests the pages made")
        .allSatisfy(
            request ->
                assertThat(
                        request.url().startsWith(site.origin())
                            || request.url().startsWith("data:"))
                    .as("%s stays on %s", request.url(), site.origin())
                    .isTrue());
    requestsChecked = requests.size();
  }

  @Test
  void homeListsStoriesRightToLeftInTheShippedFont() {
    visit("/");
    List<WebElement> stories = browser.all("ol#stories li.story");
    assertThat(stories).isNotEmpty();
    for (WebElement story : stories) {
      assertThat(story.findElement(By.cssSelector("a.story-link")).getAttribute("href"))
          .matches(Pattern.quote(site.origin()) + "stories/\\d+");
      assertThat(story.findElement(By.cssSelector("span.source-count")).getText()).isNotBlank();
    }
    assertShippedFontDraws("a.story-link");
    browser.screenshots("home");

    List<String> categories =
        browser.all("a.category-filter").stream().map(a -> a.getAttribute("href")).toList();
    assertThat(categories).as("category filters").isNotEmpty();
    int filled = 0;
    for (String category : categories) {
      browser.open(category);
      assertThat(browser.driver.getCurrentUrl()).contains("category=");
      assertArabicPage();
      if (!browser.all("ol#stories li.story").isEmpty()) {
        filled++;
        browser.screenshot("home-category");
      }
    }
    assertThat(filled).as("categories with stories, of %s", categories).isPositive();
  }

  @Test
  void storyShowsItsTimelineAndEverySourcesVersion() {
    visit("/");
    browser.one("ol#stories li.story a.story-link").click();
    assertArabicPage();
    assertThat(browser.driver.getCurrentUrl()).matches(".*/stories/\\d+");
    assertThat(browser.one("h1.headline").getText()).containsPattern(ARABIC);
    assertThat(browser.one("svg.timeline").getSize().getHeight()).isPositive();
    List<WebElement> versions = browser.all("ul#versions li.version a.article-link");
    assertThat(versions)
        .as("versions of the top story (the sample has cross-source copies)")
        .hasSizeGreaterThan(1);
    assertThat(versions)
        .allSatisfy(v -> assertThat(v.getAttribute("href")).matches(".*/articles/\\d+"));
    assertShippedFontDraws("h1.headline");
    browser.screenshot("story");
  }

  @Test
  void articleShowsItsSourceDateEntitiesAndRelatedArticles() {
    visit("/");
    browser.one("ol#stories li.story a.story-link").click();
    browser.one("ul#versions li.version a.article-link").click();
    assertArabicPage();
    pagesVisited++;
    assertThat(browser.one("h1.article-title").getText()).containsPattern(ARABIC);
    assertThat(browser.one("div.article-body").getText()).containsPattern(ARABIC);
    WebElement source = browser.one("a.source-link");
    assertThat(source.getAttribute("href")).startsWith("http");
    assertThat(source.getAttribute("rel")).contains("noopener").contains("noreferrer");
    assertThat(browser.one("time.published").getAttribute("datetime")).isNotBlank();
    assertThat(browser.all("a.entity-link"))
        .allSatisfy(e -> assertThat(e.getAttribute("href")).matches(".*/entities/\\d+"));
    assertThat(browser.all("a.keyword-link"))
        .allSatisfy(k -> assertThat(k.getAttribute("href")).contains("/search?q="));
    for (String list : List.of("ul#read-also li", "ul#similar li")) {
      assertThat(browser.all(list))
          .allSatisfy(
              li ->
                  assertThat(li.findElement(By.cssSelector("span.reason")).getText())
                      .as("reason of a related article in %s", list)
                      .isNotBlank());
    }
    assertShippedFontDraws("h1.article-title");
    browser.screenshots("article");
  }

  @Test
  void entityShowsMentionsStoriesAndCoEntities() {
    List<EntitySummary> top = site.engine.store().entities("", null, 1);
    assertThat(top).as("entities found in the imported articles").isNotEmpty();
    visit("/entities/" + top.get(0).id());
    assertThat(browser.one("h1.entity-name").getText()).isNotBlank();
    assertThat(browser.one("svg.mentions-chart").getSize().getHeight()).isPositive();
    assertThat(browser.all("ul#entity-stories li")).isNotEmpty();
    assertThat(browser.all("ul#co-entities a.entity-link"))
        .allSatisfy(e -> assertThat(e.getAttribute("href")).matches(".*/entities/\\d+"));
    browser.screenshot("entity");
  }

  @Test
  void searchHighlightsAndASourceFacetNarrowsTheResults() {
    visit("/search?q=" + QUERY);
    assertThat(browser.one("form#search-form input[name=q]").getAttribute("value"))
        .isEqualTo(QUERY);
    List<WebElement> hits = browser.all("ol#results li.hit");
    assertThat(hits).isNotEmpty();
    assertThat(browser.all("ol#results li.hit mark")).as("highlights").isNotEmpty();
    assertThat(browser.all("a.sort-relevance")).hasSize(1);
    assertThat(browser.all("a.sort-date")).hasSize(1);
    browser.screenshot("search");

    List<WebElement> sources = browser.all("section.facet[data-facet=source] a");
    assertThat(sources).as("source facet links").isNotEmpty();
    sources.get(0).click();
    assertArabicPage();
    assertThat(browser.driver.getCurrentUrl()).contains("source=").contains("q=");
    assertThat(browser.all("ol#results li.hit")).isNotEmpty().hasSizeLessThanOrEqualTo(hits.size());
    browser.screenshot("search-facet");
  }

  @Test
  void addingASourceWithoutTheTokenIsRefusedInArabic() {
    String feed = site.outside.url("/refused.xml").toString();
    visit("/sources");
    assertThat(browser.all("table#sources tr.source")).isNotEmpty();
    browser.screenshot("sources");
    if (browser.all("form#add-source").isEmpty()) {
      // not shown to visitors: post what the form would, as a forged page could
      browser.script(
          "const f = document.createElement('form'); f.id = 'add-source'; f.method = 'post';"
              + " f.action = '/sources'; document.getElementById('content').appendChild(f);"
              + " for (const n of ['url', 'title', 'csrf']) { const i = document.createElement('input');"
              + " i.name = n; f.appendChild(i); }");
    }
    browser.one("form#add-source input[name=url]").sendKeys(feed);
    submit("form#add-source");
    assertThat(browser.lastDocumentStatus()).as("status of the refusal").isIn(401, 403);
    assertArabicPage();
    String page = browser.one("body").getText();
    assertThat(page).containsPattern(ARABIC).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(site.engine.sources().list()).extracting(Source::url).doesNotContain(feed);
    browser.screenshot("sources-refused");
  }

  @Test
  void addingASourceAfterLoginFollowsIt() {
    String feed = site.outside.url("/added.xml").toString();
    site.outside.on(
        "/added.xml",
        LoopbackServer.fixed(
            200,
            "application/rss+xml; charset=utf-8",
            AntFeeds.rss("مصدر مضاف", AntFeeds.articles(2), "UTF-8")
                .getBytes(StandardCharsets.UTF_8)));
    login();
    Cookie session =
        browser.driver.manage().getCookies().stream()
            .filter(Cookie::isHttpOnly)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no HttpOnly session cookie after login"));
    assertThat(session.getSameSite()).isEqualToIgnoringCase("Strict");

    visit("/sources");
    int before = browser.all("table#sources tr.source").size();
    browser.one("form#add-source input[name=url]").sendKeys(feed);
    browser.one("form#add-source input[name=title]").sendKeys("مصدر مضاف");
    submit("form#add-source");
    assertThat(browser.lastDocumentStatus()).isLessThan(400);
    visit("/sources");
    assertThat(browser.all("table#sources tr.source")).hasSize(before + 1);
    assertThat(site.engine.sources().list()).extracting(Source::url).contains(feed);
    browser.screenshot("sources-added");
  }

  @Test
  void aSavedSearchHasAValidAtomFeed() throws Exception {
    login();
    String name = "بحث " + QUERY;
    saveSearch(QUERY, name, "");
    visit("/saved");
    WebElement saved =
        browser.all("ul#saved li.saved").stream()
            .filter(li -> li.getText().contains(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("saved search " + name + " not listed"));
    String atom = saved.findElement(By.cssSelector("a.atom-feed")).getAttribute("href");
    assertThat(atom).startsWith(site.url("/feeds/search?q="));
    browser.screenshot("saved");

    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(atom)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("atom");
    SyndFeed feed =
        new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries()).isNotEmpty();
    for (SyndEntry entry : feed.getEntries()) {
      assertThat(entry.getTitle()).isNotBlank();
      assertThat(entry.getLink()).isNotBlank();
    }
  }

  /**
   * The webhook is saved through the search page's form, a matching article arrives by a poll, and
   * the loopback server must receive one JSON POST naming it (waiting up to 60 s for the alerts'
   * turn; {@link BrowserSite} checks them every second).
   */
  @Test
  void aWebhookReceivesTheNewMatchingArticle() throws Exception {
    login();
    String hook = site.outside.url("/hook").toString();
    saveSearch(ALERT_PROBE, "تنبيه " + ALERT_PROBE, hook);
    AntFeeds.Article base = AntFeeds.articles(1).get(0);
    AntFeeds.Article news =
        new AntFeeds.Article(
            site.outside.url("/alert/1").toString(),
            "خبر جديد " + ALERT_PROBE,
            base.abstractText(),
            ALERT_PROBE + " " + base.text(),
            // dated in the sample's months like every article here: a "new" article is one newly
            // indexed, and one from today would be the home's only recent story
            ZonedDateTime.of(2018, 10, 2, 9, 0, 0, 0, ZoneOffset.UTC)
                .format(DateTimeFormatter.RFC_1123_DATE_TIME),
            base.author(),
            base.category());
    site.outside.on(
        "/alert.xml",
        LoopbackServer.fixed(
            200,
            "application/rss+xml; charset=utf-8",
            rssWithContent("تنبيهات", news).getBytes(StandardCharsets.UTF_8)));
    site.engine.sources().add(site.outside.url("/alert.xml").toString(), "تنبيهات");
    site.engine.fetchAll(result -> {});

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (webhookBodies.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(webhookBodies).as("webhook deliveries").hasSize(1);
    assertThat(webhookBodies.get(0)).as("the POST's JSON").startsWith("{").contains(news.title());
  }

  @Test
  void hostileFeedItemsRunNothing() {
    visit("/");
    visit("/search?q=" + HostileFeed.PROBE);
    List<WebElement> hits = browser.all("ol#results li.hit a");
    assertThat(hits).as("hostile items found").isNotEmpty();
    browser.screenshot("hostile-search");
    hits.get(0).click();
    assertArabicPage();
    pagesVisited++;
    assertThat(browser.one("main#content").getText()).contains(HostileFeed.PROBE);
    browser.screenshot("hostile-article");
    int clicked = 0;
    for (WebElement link : browser.all("div.article-body a")) {
      String href = String.valueOf(link.getAttribute("href")).toLowerCase(Locale.ROOT);
      if (href.startsWith("javascript:")) {
        link.click();
        clicked++;
      }
    }
    browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1]; setTimeout(done, 300);");

    assertThat(browser.openAlert()).as("alert opened by a feed item").isNull();
    assertThat(browser.script("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(site.outside.hits(HostileFeed.PWNED_PATH)).as("requests to /pwned").isZero();
    List<Browser.Request> requests = browser.requests();
    assertThat(requests).extracting(Browser.Request::url).noneMatch(u -> u.contains("/pwned"));
    Reliability.record(
        "hostile-web",
        "MarsadSiteBrowserIT.hostileFeedItemsRunNothing",
        HostileFeed.ITEMS
            + " feed items, each with script, img onerror, svg onload, iframe and"
            + " javascript: links; home, search and article pages in Chromium",
        "no payload runs: window.__pwned unset, no alert, no request to /pwned",
        String.format(
            Locale.ROOT,
            "%d pages and %d requests by this class so far, all on loopback; %d javascript: links"
                + " left and clicked; /pwned hits 0",
            pagesVisited,
            requests.size(),
            clicked));
  }

  private void visit(String pathAndQuery) {
    browser.open(site.url(pathAndQuery));
    assertThat(browser.lastDocumentStatus()).as("status of %s", pathAndQuery).isEqualTo(200);
    assertArabicPage();
    pagesVisited++;
  }

  /** The page contract: Arabic, right to left (as computed), with the site's navigation. */
  private void assertArabicPage() {
    assertThat(browser.one("html").getAttribute("lang")).isEqualTo("ar");
    assertThat(browser.one("html").getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.direction("main#content")).isEqualTo("rtl");
    assertThat(browser.all("nav#site-nav a"))
        .extracting(a -> URI.create(a.getAttribute("href")).getPath())
        .contains("/", "/search", "/sources", "/saved");
  }

  /**
   * The text of {@code css} is drawn in the web font served from /static/fonts/, not a fallback.
   */
  private void assertShippedFontDraws(String css) {
    Map<String, Object> fonts = browser.fontState(FONT);
    assertThat(fonts.get("check")).as("document.fonts.check of %s", FONT).isEqualTo(true);
    assertThat(strings(fonts.get("loaded"))).as("loaded font faces").contains(FONT);
    assertThat(strings(fonts.get("fontFiles")))
        .as("font files fetched")
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).startsWith(site.url("/static/fonts/")));
    Map<String, Boolean> rendered = browser.renderedFonts(css);
    assertThat(rendered).as("fonts Chromium drew %s with", css).containsEntry(FONT, true);
  }

  private static List<String> strings(Object list) {
    return ((List<?>) list).stream().map(String::valueOf).toList();
  }

  private void login() {
    browser.open(site.url("/login"));
    assertArabicPage();
    browser.screenshot("login");
    browser.one("form#login-form input[name=token]").sendKeys(BrowserSite.TOKEN);
    submit("form#login-form");
    assertThat(browser.lastDocumentStatus()).as("status after login").isLessThan(400);
  }

  private void saveSearch(String query, String name, String webhook) {
    visit("/search?q=" + query);
    browser.one("form#save-search input[name=name]").sendKeys(name);
    if (!webhook.isEmpty()) {
      browser.one("form#save-search input[name=webhook]").sendKeys(webhook);
    }
    submit("form#save-search");
    assertThat(browser.lastDocumentStatus()).as("status after saving %s", query).isLessThan(400);
  }

  /** Submits as a person would, by its submit button when it has one. */
  private void submit(String form) {
    List<WebElement> buttons =
        browser.all(form + " button:not([type]), " + form + " [type=submit]");
    if (buttons.isEmpty()) {
      browser.leaveBy(() -> browser.one(form).submit());
    } else {
      browser.leaveBy(() -> buttons.get(0).click());
    }
  }

  private static String rssWithContent(String title, AntFeeds.Article item) {
    return AntFeeds.rss(title, List.of(item), "UTF-8")
        .replace(
            "</item>",
            "<content:encoded>" + AntFeeds.escape(item.text()) + "</content:encoded></item>");
  }
}
