package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.model.EntitySummary;
import org.marsad.testing.Reliability;

/**
 * The reader's pages on a real server (loopback, port 0) over a real engine: a wire story carried
 * by two outlets, an article with an Arabic (percent-encoded) URL, and one whose title, body and
 * source name are hostile markup.
 */
class PagesIT {
  private static final String WIRE =
      "الرياض (واس) - أعلن مجلس الوزراء السعودي في جلسته الأسبوعية اليوم الموافقة على نظام"
          + " جديد للاستثمار يهدف إلى تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير"
          + " الإعلام أن النظام يمنح المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى"
          + " أسبوعين بدلا من ثلاثة أشهر، كما يتيح تحويل الأرباح إلى الخارج دون قيود.";

  static final String HOSTILE_TITLE =
      "<script>alert('title')</script><img src=x onerror=alert('title')> خبر الاستثمار";
  static final String HOSTILE_BODY =
      "أعلنت وزارة الاستثمار في الرياض خطة جديدة.<script>alert('body')</script>\n\n"
          + "<a href=\"javascript:alert('link')\">اضغط هنا</a> <img src=x onerror=alert('img')>"
          + " <b onmouseover=alert('b')>مهم</b>\n\n<svg onload=alert('svg')></svg> نهاية الخبر";
  static final String HOSTILE_SOURCE = "<script>alert('source')</script>\"' onerror=x";
  static final String ENCODED_URL =
      "https://news.example/%D8%A7%D9%84%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF/%D8%AE%D8%A8%D8%B1";

  @TempDir Path data;
  private ApiFixture api;
  private long wireCopy;
  private long agencyOwn;
  private long hostile;
  private long arabicUrl;

  @BeforeEach
  void start() {
    api = new ApiFixture(data, MarsadConfig.defaults());
    wireCopy =
        api.store(
            "https://sky.example/1",
            "سكاي نيوز",
            "السعودية تقر نظاما جديدا للاستثمار",
            WIRE,
            "2024-02-05T09:30:00Z");
    agencyOwn =
        api.store(
            "https://spa.gov.sa/1",
            "SPA",
            "مجلس الوزراء يوافق على نظام الاستثمار",
            WIRE,
            "2024-02-05T10:00:00Z");
    hostile =
        api.store(
            "https://evil.example/x",
            HOSTILE_SOURCE,
            HOSTILE_TITLE,
            HOSTILE_BODY,
            "2024-02-05T11:00:00Z");
    arabicUrl =
        api.store(
            ENCODED_URL,
            "العربية",
            "موسم الحصاد في حوران",
            "بدأ المزارعون في سهول حوران حصاد القمح هذا الأسبوع وسط توقعات بمحصول وفير.",
            "2024-02-06T08:00:00Z");
    api.serve();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private record Page(int status, String contentType, String csp, Document doc, String body) {}

  private Page get(String path) throws Exception {
    return send(HttpRequest.newBuilder(api.uri(path)).GET());
  }

  private Page send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = api.sendForText(request);
    return new Page(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Content-Security-Policy").orElse(""),
        Jsoup.parse(response.body()),
        response.body());
  }

  private long anEntity() {
    List<EntitySummary> entities = api.engine.store().entities("", null, 1);
    assertThat(entities).as("the enrichment found an entity in the fixtures").isNotEmpty();
    return entities.get(0).id();
  }

  private long storyOf(long articleId) {
    return api.engine.store().analyses(List.of(articleId)).get(articleId).story();
  }

  private List<String> everyPage() {
    return List.of(
        "/",
        "/stories/" + storyOf(wireCopy),
        "/stories/" + storyOf(hostile),
        "/articles/" + wireCopy,
        "/articles/" + hostile,
        "/entities/" + anEntity(),
        "/search?q=" + URLEncoder.encode("الاستثمار", StandardCharsets.UTF_8),
        "/search",
        "/sources",
        "/saved",
        "/login");
  }

  @Test
  void everyPageRendersInArabicRightToLeftWithTheLayoutAndThePageCsp() throws Exception {
    for (String path : everyPage()) {
      Page page = get(path);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(page.csp()).as(path).isEqualTo(PageRoutes.PAGE_CSP);
      Element html = page.doc().selectFirst("html");
      assertThat(html.attr("lang")).as(path).isEqualTo("ar");
      assertThat(html.attr("dir")).as(path).isEqualTo("rtl");
      assertThat(page.doc().select("nav#site-nav a").eachAttr("href"))
          .as(path)
          .contains("/", "/search", "/sources", "/saved");
      assertThat(page.doc().select("main#content")).as(path).hasSize(1);
      assertThat(page.doc().select("link[rel=stylesheet]").eachAttr("href"))
          .containsExactly("/static/marsad.css");
      assertThat(page.doc().select("script, [style], style")).as(path).isEmpty();
    }
  }

  @Test
  void homeStoryArticleAndEntityPagesShowTheStoredData() throws Exception {
    Document home = get("/").doc();
    assertThat(home.select("ol#stories li.story a.story-link").eachAttr("href"))
        .contains("/stories/" + storyOf(wireCopy));
    Element wireStory =
        home.select("li.story:has(a[href=/stories/" + storyOf(wireCopy) + "])").first();
    assertThat(wireStory.select("span.source-count").text()).isEqualTo("مصدران");
    assertThat(home.select("a.source-filter").eachText()).contains("SPA", "سكاي نيوز");
    Document bySource = get(home.select("a.source-filter:contains(SPA)").attr("href")).doc();
    assertThat(bySource.select("li.story")).hasSize(1);

    Document story = get("/stories/" + storyOf(wireCopy)).doc();
    assertThat(story.select("h1.headline").text()).isNotEmpty();
    assertThat(story.select("svg.timeline rect")).isNotEmpty();
    assertThat(story.select("ul#versions li.version")).hasSize(1);
    assertThat(story.select("ul#versions details a.article-link")).hasSize(1);
    assertThat(story.select("a.article-link").eachAttr("href"))
        .containsExactlyInAnyOrder("/articles/" + wireCopy, "/articles/" + agencyOwn);

    Document article = get("/articles/" + wireCopy).doc();
    assertThat(article.select("h1.article-title").text())
        .isEqualTo("السعودية تقر نظاما جديدا للاستثمار");
    assertThat(article.select("div.article-body p").text()).contains("مجلس الوزراء السعودي");
    assertThat(article.select("a.source-link").attr("rel")).isEqualTo("noopener noreferrer");
    assertThat(article.select("time.published").attr("datetime")).isEqualTo("2024-02-05T09:30:00Z");
    assertThat(article.select("span.hijri").text()).isEqualTo("24 رجب 1445 هـ");
    assertThat(article.select("span.relative").text()).startsWith("منذ ");
    assertThat(article.select("ul#also-published a").eachAttr("href"))
        .containsExactly("/articles/" + agencyOwn);
    assertThat(article.select("ul#read-also, ul#similar, ul#page-tags")).hasSize(3);
    assertThat(article.select("a.entity-link")).isNotEmpty();
    assertThat(article.select("a.keyword-link").eachAttr("href"))
        .allSatisfy(href -> assertThat(href).startsWith("/search?q="));

    Document entity = get(article.select("a.entity-link").first().attr("href")).doc();
    assertThat(entity.select("h1.entity-name").text()).isNotEmpty();
    assertThat(entity.select("svg.mentions-chart rect")).isNotEmpty();
    assertThat(entity.select("ul#entity-stories li")).isNotEmpty();
    assertThat(entity.select("ul#co-entities")).hasSize(1);
  }

  @Test
  void anArabicUrlIsShownDecodedAndLinkedEncoded() throws Exception {
    Element link = get("/articles/" + arabicUrl).doc().selectFirst("a.source-link");
    assertThat(link.attr("href")).isEqualTo(ENCODED_URL);
    assertThat(link.text()).isEqualTo("https://news.example/الاقتصاد/خبر");
  }

  @Test
  void searchShowsHighlightsFacetsThatAddFiltersSortAndPaging() throws Exception {
    Document search =
        get("/search?q=" + URLEncoder.encode("الاستثمار", StandardCharsets.UTF_8)).doc();
    assertThat(search.select("form#search-form input[name=q]").val()).isEqualTo("الاستثمار");
    assertThat(search.select("ol#results li.hit")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(search.select("li.hit mark")).isNotEmpty();
    assertThat(search.select("section.facet").eachAttr("data-facet")).contains("source", "day");
    assertThat(search.select("a.sort-relevance, a.sort-date")).hasSize(2);
    assertThat(search.select("form#save-search")).as("only for a logged-in admin").isEmpty();
    Element spa = search.selectFirst("section.facet[data-facet=source] a:contains(SPA)");
    Document narrowed = get(spa.attr("href")).doc();
    assertThat(narrowed.select("ol#results li.hit")).hasSize(1);
    assertThat(narrowed.select("li.hit .source").text()).isEqualTo("SPA");
    Document byDate = get(search.selectFirst("a.sort-date").attr("href")).doc();
    assertThat(byDate.select("li.hit time").eachAttr("datetime"))
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void hostileTitlesBodiesAndSourceNamesNeverBecomeLiveMarkup() throws Exception {
    int pages = 0;
    int elements = 0;
    List<String> live = new ArrayList<>();
    List<String> paths = new ArrayList<>(everyPage());
    paths.add("/search?q=" + URLEncoder.encode("الاستثمار", StandardCharsets.UTF_8) + "&sort=date");
    paths.add("/?source=" + URLEncoder.encode(HOSTILE_SOURCE, StandardCharsets.UTF_8));
    for (String path : paths) {
      Page page = get(path);
      pages++;
      for (Element element : page.doc().getAllElements()) {
        elements++;
        if (element.tagName().equals("script") || element.tagName().equals("iframe")) {
          live.add(path + ": <" + element.tagName() + ">");
        }
        for (Attribute attribute : element.attributes()) {
          String name = attribute.getKey().toLowerCase(Locale.ROOT);
          String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
          if (name.startsWith("on")
              || value.startsWith("javascript:")
              || value.startsWith("data:text")) {
            live.add(path + ": " + element.tagName() + " " + attribute);
          }
        }
      }
    }
    assertThat(live).isEmpty();
    Document article = get("/articles/" + hostile).doc();
    assertThat(article.select("h1.article-title").text())
        .as("the hostile title is shown as text")
        .isEqualTo(HOSTILE_TITLE);
    assertThat(article.select("div.article-body").text())
        .contains("أعلنت وزارة الاستثمار", "اضغط هنا", "مهم", "نهاية الخبر")
        .doesNotContain("alert(");
    assertThat(article.select("div.article-body b").text()).isEqualTo("مهم");
    Reliability.record(
        "security",
        "PagesIT.hostileTitlesBodiesAndSourceNamesNeverBecomeLiveMarkup",
        "an article whose title, body and source name carry <script>, onerror=, onload=,"
            + " javascript: links and quotes breaking out of attributes, on every page",
        "no script element, no on* attribute, no javascript: URL in any page; the title is shown"
            + " as text",
        pages + " pages, " + elements + " elements parsed with jsoup, " + live.size() + " live");
  }

  private HttpResponse<String> form(String path, String cookie, String body, String origin)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return api.sendForText(request);
  }

  private static String field(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Logs in and gives the session cookie ({@code name=value}). */
  private String login() throws Exception {
    HttpResponse<String> response = form("/login", null, field("token", ApiFixture.TOKEN), null);
    assertThat(response.statusCode()).isEqualTo(303);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith(PageSessions.COOKIE + "=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/");
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private String csrf(String cookie) throws Exception {
    Document sources =
        send(HttpRequest.newBuilder(api.uri("/sources")).header("Cookie", cookie).GET()).doc();
    return sources.select("form#add-source input[name=csrf]").val();
  }

  @Test
  void formsThatChangeDataNeedALoginSessionAndItsCsrfToken() throws Exception {
    String feed = field("url", "https://news.example/feed.xml");
    HttpResponse<String> anonymous = form("/sources", null, feed + "&csrf=x", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(Jsoup.parse(anonymous.body()).select("h1").text()).isEqualTo("يلزم دخول المشرف");

    HttpResponse<String> wrongToken = form("/login", null, field("token", "guess"), null);
    assertThat(wrongToken.statusCode()).isEqualTo(401);
    assertThat(wrongToken.headers().firstValue("Set-Cookie")).isEmpty();

    String cookie = login();
    String csrf = csrf(cookie);
    assertThat(csrf).hasSizeGreaterThanOrEqualTo(40);
    int refused = 0;
    for (String body : List.of(feed, feed + "&csrf=", feed + "&" + field("csrf", csrf + "x"))) {
      HttpResponse<String> response = form("/sources", cookie, body, null);
      assertThat(response.statusCode()).as(body).isEqualTo(403);
      assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("طلب مرفوض");
      refused++;
    }
    HttpResponse<String> crossSite =
        form("/sources", cookie, feed + "&" + field("csrf", csrf), "http://evil.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    refused++;
    HttpResponse<String> api401 =
        api.sendForText(
            HttpRequest.newBuilder(api.uri("/api/sources"))
                .header("Content-Type", "application/json")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://a.example/f\"}")));
    assertThat(api401.statusCode()).as("the API takes only the bearer token").isEqualTo(401);
    assertThat(api401.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    refused++;
    assertThat(api.engine.sources().list()).isEmpty();

    HttpResponse<String> added = form("/sources", cookie, feed + "&" + field("csrf", csrf), null);
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(Jsoup.parse(added.body()).select("table#sources tr.source")).hasSize(1);
    assertThat(api.engine.sources().list()).hasSize(1);

    long id = api.engine.sources().list().get(0).id();
    HttpResponse<String> grouping =
        form(
            "/sources/" + id + "/grouping",
            cookie,
            field("group", "off") + "&" + field("csrf", csrf),
            null);
    assertThat(grouping.statusCode()).isEqualTo(303);
    assertThat(api.engine.sources().get(id).orElseThrow().groupDuplicates()).isFalse();

    HttpResponse<String> logout = form("/logout", cookie, field("csrf", csrf), null);
    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(form("/sources", cookie, feed + "&" + field("csrf", csrf), null).statusCode())
        .as("the session ended")
        .isEqualTo(401);
    Reliability.record(
        "security",
        "PagesIT.formsThatChangeDataNeedALoginSessionAndItsCsrfToken",
        "form POSTs without a session, with a wrong login token, with a session but no, an empty"
            + " or a wrong csrf field, from a foreign Origin, the session cookie on the API, after"
            + " logout",
        "all refused (401/403 Arabic pages, JSON 401 for the API); nothing added until session +"
            + " csrf",
        refused + 3 + " refusals, 1 accepted add, 1 accepted grouping switch");
  }

  @Test
  void aPrivateAddressIsRefusedWithTheReasonOnThePage() throws Exception {
    String cookie = login();
    HttpResponse<String> refused =
        form(
            "/sources",
            cookie,
            field("url", "http://127.0.0.1:8080/feed") + "&" + field("csrf", csrf(cookie)),
            null);
    assertThat(refused.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select("h1").text()).isEqualTo("طلب غير صالح");
    assertThat(page.select("p.detail").text()).containsIgnoringCase("127.0.0.1");
    assertThat(api.engine.sources().list()).isEmpty();
  }

  @Test
  void opmlImportAndExportGoThroughTheirForms() throws Exception {
    String cookie = login();
    String csrf = csrf(cookie);
    String opml =
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
            + "<outline text=\"أخبار\" type=\"rss\" xmlUrl=\"https://feeds.example/rss\"/>"
            + "</body></opml>";
    String boundary = "marsadBoundary42";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
            + csrf
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"opml\"; filename=\"f.opml\"\r\n"
            + "Content-Type: text/x-opml\r\n\r\n"
            + opml
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> imported =
        api.sendForText(
            HttpRequest.newBuilder(api.uri("/sources/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertThat(imported.statusCode()).isEqualTo(201);
    assertThat(Jsoup.parse(imported.body()).select("p.message").text()).contains("مصدر واحد");
    HttpResponse<String> export =
        api.sendForText(HttpRequest.newBuilder(api.uri("/sources/export.opml")).GET());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).contains("https://feeds.example/rss");
  }

  @Test
  void unknownPagesAreArabic404sAndTheApiStaysJson() throws Exception {
    Page missing = get("/no/such/page");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("text/html");
    assertThat(missing.doc().select("h1").text()).isEqualTo("الصفحة غير موجودة");
    assertThat(missing.doc().selectFirst("html").attr("dir")).isEqualTo("rtl");
    Page noArticle = get("/articles/999999");
    assertThat(noArticle.status()).isEqualTo(404);
    assertThat(noArticle.contentType()).startsWith("text/html");
    Page badId = get("/stories/abc");
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.body()).doesNotContain("Exception", "at org.");
    HttpResponse<String> apiMissing =
        api.sendForText(HttpRequest.newBuilder(api.uri("/api/no-such")).GET());
    assertThat(apiMissing.statusCode()).isEqualTo(404);
    assertThat(apiMissing.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
  }

  @Test
  void staticFilesAreServedFromTheJarWithLongCacheHeaders() throws Exception {
    for (String path :
        List.of(
            "/static/marsad.css",
            "/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2",
            "/static/fonts/OFL.txt")) {
      HttpResponse<byte[]> response =
          api.client()
              .send(
                  HttpRequest.newBuilder(api.uri(path)).GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control").orElse(""))
          .as(path)
          .contains("max-age=2592000");
      assertThat(response.body().length).as(path).isGreaterThan(1000);
    }
    HttpResponse<String> css =
        api.sendForText(HttpRequest.newBuilder(api.uri("/static/marsad.css")).GET());
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(css.body()).contains("font-family: \"Noto Naskh Arabic\"").doesNotContain("http");
  }

  @Test
  void digitsFollowTheReadersChoice() throws Exception {
    HttpResponse<String> choose =
        api.sendForText(HttpRequest.newBuilder(api.uri("/digits/arabic-indic")).GET());
    assertThat(choose.statusCode()).isEqualTo(303);
    String cookie = choose.headers().firstValue("Set-Cookie").orElseThrow();
    Document article =
        send(HttpRequest.newBuilder(api.uri("/articles/" + wireCopy))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .GET())
            .doc();
    assertThat(article.select("span.hijri").text()).isEqualTo("٢٤ رجب ١٤٤٥ هـ");
  }
}
