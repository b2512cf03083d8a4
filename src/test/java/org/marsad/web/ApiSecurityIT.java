package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.model.Article;
import org.marsad.pipeline.Engine;
import org.marsad.testing.FakeResolver;
import org.marsad.testing.Reliability;

/**
 * What a hostile web page, a DNS-rebinding name or a careless client can do to the API, over raw
 * HTTP on a real server (so that Host, Origin and oversized requests are sent exactly as written).
 */
class ApiSecurityIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-0123456789-abcdefghijklmnop";
  private static final String FEED = "{\"url\": \"https://feeds.example/rss\"}";

  @TempDir Path data;

  private Engine engine;
  private ApiServer server;
  private int port;

  @BeforeEach
  void start() {
    engine =
        Engine.open(
            data,
            MarsadConfig.defaults().with("server.allowed-hosts", "marsad.example.org, news.lan"),
            new FakeResolver().with("intranet.example", "10.0.0.5"));
    server = new ApiServer(engine, AdminToken.of(TOKEN));
    port = server.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  /** One raw HTTP/1.1 exchange. */
  private record Reply(int status, Map<String, String> headers, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private Reply raw(String method, String target, Map<String, String> headers, byte[] body)
      throws IOException {
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", "127.0.0.1:" + port);
    all.putAll(headers);
    all.put("Connection", "close");
    if (body.length > 0 || !method.equals("GET")) {
      all.put("Content-Length", Integer.toString(body.length));
    }
    all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  private static Reply parse(byte[] response) {
    String text = new String(response, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Reply(status, headers, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
    int at = 0;
    ByteArrayOutputStream decoded = new ByteArrayOutputStream();
    while (at < bytes.length) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size =
          Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.UTF_8).strip(), 16);
      if (size == 0) {
        break;
      }
      decoded.write(bytes, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    out.append(decoded.toString(StandardCharsets.UTF_8));
    return out.toString();
  }

  private Reply post(Map<String, String> headers, String body) throws IOException {
    return raw("POST", "/api/sources", headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> authorizedJson() {
    return Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);
  }

  private static Map<String, String> with(Map<String, String> base, String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(base);
    all.put(name, value);
    return all;
  }

  private int sourceCount() {
    return engine.sources().list().size();
  }

  @Test
  void changingDataNeedsTheAdminToken() throws Exception {
    Reply none = post(Map.of("Content-Type", "application/json"), FEED);
    Reply wrong =
        post(with(authorizedJson(), "Authorization", "Bearer " + TOKEN.replace('0', '1')), FEED);
    Reply shorter =
        post(with(authorizedJson(), "Authorization", "Bearer " + TOKEN.substring(1)), FEED);
    Reply basic = post(with(authorizedJson(), "Authorization", "Basic " + TOKEN), FEED);
    for (Reply refused : List.of(none, wrong, shorter, basic)) {
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("Content-Type")).startsWith("application/json");
      assertThat(refused.json().get("error").asText()).contains("Authorization: Bearer");
    }
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(sourceCount()).isZero();

    Reply good = post(authorizedJson(), FEED);
    assertThat(good.status()).isEqualTo(201);
    assertThat(sourceCount()).isOne();
    assertThat(raw("GET", "/api/sources", Map.of(), new byte[0]).status())
        .as("reading needs no token")
        .isEqualTo(200);
    Reliability.record(
        "security",
        "ApiSecurityIT.changingDataNeedsTheAdminToken",
        "POST /api/sources without a token, with a wrong, a shortened and a Basic token",
        "401 JSON each, nothing added; the right Bearer token adds",
        "4 of 4 refused with 401; 0 sources added before the good token, 1 after");
  }

  @Test
  void simpleCrossSiteRequestsAreRefused() throws Exception {
    // The requests a page can send without a CORS preflight: text/plain and form bodies.
    Reply plain = post(with(authorizedJson(), "Content-Type", "text/plain"), FEED);
    Reply form =
        post(
            with(authorizedJson(), "Content-Type", "application/x-www-form-urlencoded"),
            "url=https%3A%2F%2Ffeeds.example%2Frss");
    Reply multipart = post(with(authorizedJson(), "Content-Type", "multipart/form-data"), FEED);
    Reply noType = post(Map.of("Authorization", "Bearer " + TOKEN), FEED);
    for (Reply refused : List.of(plain, form, multipart, noType)) {
      assertThat(refused.status()).isEqualTo(415);
      assertThat(refused.json().get("error").asText()).contains("application/json");
    }
    assertThat(plain.json().get("error").asText()).contains("text/plain");

    Reply foreignOrigin = post(with(authorizedJson(), "Origin", "http://evil.example"), FEED);
    Reply nullOrigin = post(with(authorizedJson(), "Origin", "null"), FEED);
    Reply crossSite = post(with(authorizedJson(), "Sec-Fetch-Site", "cross-site"), FEED);
    Reply sameSite = post(with(authorizedJson(), "Sec-Fetch-Site", "same-site"), FEED);
    for (Reply refused : List.of(foreignOrigin, nullOrigin, crossSite, sameSite)) {
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.json().get("error").asText()).isNotBlank();
    }
    assertThat(foreignOrigin.json().get("error").asText()).contains("http://evil.example");
    assertThat(sourceCount()).isZero();

    Reply ownOrigin =
        post(
            with(
                with(authorizedJson(), "Origin", "http://127.0.0.1:" + port),
                "Sec-Fetch-Site",
                "same-origin"),
            FEED);
    assertThat(ownOrigin.status()).isEqualTo(201);

    Reply preflight =
        raw(
            "OPTIONS",
            "/api/sources",
            Map.of(
                "Origin", "http://evil.example",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type"),
            new byte[0]);
    assertThat(preflight.status()).isEqualTo(403);
    assertThat(preflight.json().get("error").asText()).contains("cross-origin");
    assertThat(preflight.headers().keySet()).noneMatch(h -> h.startsWith("access-control-"));
    Reliability.record(
        "security",
        "ApiSecurityIT.simpleCrossSiteRequestsAreRefused",
        "CSRF: text/plain, form, multipart and untyped bodies; foreign or null Origin;"
            + " Sec-Fetch-Site cross-site/same-site; a CORS preflight",
        "415 / 403 JSON, no Access-Control-Allow-* header, nothing added",
        "4 of 4 content types refused (415), 4 of 4 foreign origins refused (403), preflight "
            + preflight.status()
            + " with 0 CORS headers; 0 sources added");
  }

  @Test
  void foreignHostNamesAreRefusedAgainstDnsRebinding() throws Exception {
    List<String> refusedHosts =
        List.of(
            "evil.example",
            "evil.example:" + port,
            "127.0.0.1.evil.example",
            "localhost.evil.example",
            "10.0.0.1",
            "");
    for (String host : refusedHosts) {
      Reply reply = raw("GET", "/api/sources", Map.of("Host", host), new byte[0]);
      assertThat(reply.status()).as(host).isIn(421, 400);
      assertThat(reply.header("Content-Type")).as(host).startsWith("application/json");
      assertThat(reply.body()).as(host).doesNotContain("\"sources\"");
    }
    Reply rebound = raw("GET", "/api/search?q=x", Map.of("Host", "evil.example"), new byte[0]);
    assertThat(rebound.status()).isEqualTo(421);
    assertThat(rebound.json().get("error").asText())
        .contains("evil.example")
        .contains("server.allowed-hosts");

    List<String> allowedHosts =
        List.of(
            "127.0.0.1:" + port,
            "127.0.0.1",
            "localhost:" + port,
            "LOCALHOST",
            "[::1]:" + port,
            "marsad.example.org",
            "news.lan:" + port);
    for (String host : allowedHosts) {
      Reply reply = raw("GET", "/api/sources", Map.of("Host", host), new byte[0]);
      assertThat(reply.status()).as(host).isEqualTo(200);
    }
    Reliability.record(
        "security",
        "ApiSecurityIT.foreignHostNamesAreRefusedAgainstDnsRebinding",
        "GET the API with Host headers of other names (as after DNS rebinding), another IP, none",
        "refused with JSON, no data; the bound address, localhost and configured names answer",
        refusedHosts.size()
            + " of "
            + refusedHosts.size()
            + " foreign hosts refused; "
            + allowedHosts.size()
            + " of "
            + allowedHosts.size()
            + " own names answered");
  }

  @Test
  void privateTargetsAreRefusedWhenAddedOverTheApi() throws Exception {
    List<String> urls =
        List.of(
            "http://127.0.0.1:" + port + "/api/sources",
            "http://169.254.169.254/latest/meta-data/",
            "http://intranet.example/rss",
            "http://[::1]/");
    for (String url : urls) {
      Reply reply = post(authorizedJson(), "{\"url\": \"" + url + "\"}");
      assertThat(reply.status()).as(url).isEqualTo(400);
      assertThat(reply.json().get("error").asText()).as(url).startsWith(url + ": ");
    }
    assertThat(
            post(authorizedJson(), "{\"url\": \"http://intranet.example/rss\"}")
                .json()
                .get("error")
                .asText())
        .contains("10.0.0.5");

    String opml =
        "<opml version=\"2.0\"><body>"
            + "<outline xmlUrl=\"http://10.1.1.1/rss\"/>"
            + "<outline xmlUrl=\"https://feeds.example/ok\"/>"
            + "</body></opml>";
    Reply imported = post(with(authorizedJson(), "Content-Type", "text/x-opml"), opml);
    assertThat(imported.status()).isEqualTo(201);
    assertThat(imported.json().get("added").asInt()).isOne();
    assertThat(imported.json().get("refused").asInt()).isOne();
    assertThat(imported.json().get("problems").get(0).asText()).contains("10.1.1.1");
    assertThat(sourceCount()).isOne();
    Reliability.record(
        "security",
        "ApiSecurityIT.privateTargetsAreRefusedWhenAddedOverTheApi",
        "POST sources on loopback (the API itself), cloud metadata, a name resolving to 10.0.0.5,"
            + " [::1], and an OPML entry on 10.1.1.1",
        "400 naming the address; the OPML answer counts and names the refused entry",
        urls.size() + " of " + urls.size() + " refused; OPML 1 added, 1 refused");
  }

  @Test
  void oneRequestCannotAddWithoutLimit() throws Exception {
    StringBuilder opml = new StringBuilder("<opml version=\"2.0\"><body>");
    for (int i = 0; i < 20_000; i++) {
      opml.append("<outline xmlUrl=\"https://feeds.example/").append(i).append("\"/>");
    }
    opml.append("</body></opml>");
    long started = System.nanoTime();
    Reply imported = post(with(authorizedJson(), "Content-Type", "text/x-opml"), opml.toString());
    long millis = (System.nanoTime() - started) / 1_000_000;
    int limit = MarsadConfig.defaults().integer("sources.max-new-per-import");
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().get("added").asInt()).isEqualTo(limit);
    assertThat(imported.json().get("refused").asInt()).isEqualTo(20_000 - limit);
    assertThat(imported.json().get("problems").toString()).contains("sources.max-new-per-import");
    assertThat(sourceCount()).isEqualTo(limit);

    String longUrl = "https://feeds.example/" + "x".repeat(1_900_000);
    Reply tooLong = post(authorizedJson(), "{\"url\": \"" + longUrl + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("error").asText()).contains("sources.max-url-length");
    assertThat(tooLong.body().length()).isLessThan(500);

    String longTitle = "ع".repeat(1 << 19); // 1 MB of UTF-8
    Reply cut =
        post(
            authorizedJson(),
            "{\"url\": \"https://feeds.example/t\", \"title\": \"" + longTitle + "\"}");
    assertThat(cut.status()).as(cut.body()).isEqualTo(201);
    assertThat(cut.json().get("title").asText()).hasSize(300);
    assertThat(cut.json().get("notes").get(0).asText()).contains("title cut");
    Reliability.record(
        "bad-input",
        "ApiSecurityIT.oneRequestCannotAddWithoutLimit",
        "POST an OPML list of 20,000 feeds, a 1.9 MB URL and a 1 MB title",
        "at most sources.max-new-per-import followed, the rest counted; URL refused with a short"
            + " message; title cut and reported",
        imported.json().get("added").asInt()
            + " added, "
            + imported.json().get("refused").asInt()
            + " refused in "
            + millis
            + " ms; URL answer "
            + tooLong.body().length()
            + " bytes; title "
            + longTitle.length()
            + " -> "
            + cut.json().get("title").asText().length()
            + " chars");
  }

  @Test
  void jettysOwnRefusalsAreJsonWithSecurityHeaders() throws Exception {
    Reply longQuery = raw("GET", "/api/search?q=" + "a".repeat(100_000), Map.of(), new byte[0]);
    Reply hugeHeader =
        raw("GET", "/api/sources", Map.of("X-Filler", "b".repeat(100_000)), new byte[0]);
    Reply badEncoding = raw("GET", "/api/%zz%", Map.of(), new byte[0]);
    // Unknown paths outside /api are Arabic HTML pages since the web UI (PagesIT).
    Reply notFound = raw("GET", "/api/nothing-here", Map.of(), new byte[0]);
    Reply ok = raw("GET", "/health", Map.of(), new byte[0]);
    Reply unauthorized = post(Map.of("Content-Type", "application/json"), FEED);
    List<Reply> all = List.of(longQuery, hugeHeader, badEncoding, notFound, ok, unauthorized);
    assertThat(longQuery.status()).isEqualTo(414);
    assertThat(hugeHeader.status()).isEqualTo(431);
    assertThat(badEncoding.status()).as(badEncoding.body()).isEqualTo(400);
    assertThat(notFound.status()).isEqualTo(404);
    for (Reply reply : all) {
      assertThat(reply.header("Content-Type")).as(reply.body()).startsWith("application/json");
      assertThat(reply.body()).doesNotContain("<html", "<h1", "<pre");
      if (reply.status() != 200) {
        assertThat(reply.json().get("error").asText()).isNotBlank();
      }
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'");
    }
    assertThat(notFound.json().get("error").asText()).contains("/api/nothing-here");
    assertThat(longQuery.json().get("error").asText()).contains("414");
    assertThat(hugeHeader.json().get("error").asText()).contains("431");
    assertThat(raw("GET", "/health", Map.of(), new byte[0]).status()).isEqualTo(200);
    Reliability.record(
        "hostile-web",
        "ApiSecurityIT.jettysOwnRefusalsAreJsonWithSecurityHeaders",
        "a 100 kB query string, a 100 kB header, a broken %-escape, an unknown path",
        "JSON errors (no HTML page) with nosniff and CSP; the server keeps answering",
        "statuses "
            + all.stream().map(r -> Integer.toString(r.status())).toList()
            + ", all application/json with nosniff");
  }

  @Test
  void searchHtmlEscapesHostileArticleText() throws Exception {
    List<String> payloads =
        List.of(
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">انقر</a>",
            "\"><svg/onload=alert(1)>",
            "<iframe src=//evil.example></iframe>",
            "&lt;script&gt;alert(2)&lt;/script&gt;");
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      engine
          .store()
          .upsert(
              new Article(
                  0,
                  "https://news.example/x" + i,
                  null,
                  0,
                  "مصدر",
                  "هجوم " + payload + " هجوم",
                  "بدأ الهجوم " + payload + " على الموقع هجوم.",
                  null,
                  Instant.parse("2024-02-05T09:30:00Z"),
                  Instant.parse("2024-02-05T09:30:00Z"),
                  null,
                  null,
                  List.of()));
    }
    engine.catchUpIndex();
    List<String> queries = List.of("هجوم", "script", "alert", "onerror", "javascript");
    int htmlFields = 0;
    Pattern tag = Pattern.compile("<(/?)([^>]*)>");
    for (String query : queries) {
      Reply reply =
          raw(
              "GET",
              "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
              Map.of(),
              new byte[0]);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      for (JsonNode hit : reply.json().get("hits")) {
        for (String field : List.of("snippetHtml", "titleHtml")) {
          String html = hit.get(field).asText();
          htmlFields++;
          Matcher m = tag.matcher(html);
          while (m.find()) {
            assertThat(m.group(2)).as(field + ": " + html).isEqualTo("mark");
          }
          assertThat(html)
              .doesNotContain("\"", "'")
              .doesNotContainIgnoringCase("<script", "<img", "<svg", "<a ", "<iframe");
          assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        }
      }
    }
    assertThat(htmlFields).isGreaterThanOrEqualTo(2 * payloads.size());
    Reliability.record(
        "hostile-web",
        "ApiSecurityIT.searchHtmlEscapesHostileArticleText",
        "store articles whose title and body carry <script>, <img onerror>, javascript: links,"
            + " <svg onload>, <iframe>, pre-escaped entities; search for them",
        "snippetHtml and titleHtml hold no tag but <mark>, no quote, every < > & escaped",
        htmlFields + " HTML fields over " + queries.size() + " queries, 0 foreign tags");
  }
}
