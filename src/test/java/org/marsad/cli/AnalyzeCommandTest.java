package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

  private static final String PAGE =
      "<!DOCTYPE html><html lang='ar'><head><title>عنوان</title></head><body><article><p>"
          + "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، تشمل قروضا ميسرة"
          + " وبذورا محسنة.</p></article></body></html>";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  private Run run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = MarsadCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    if (stdin != null) {
      CommandLine analyze = cli.getSubcommands().get("analyze");
      ((AnalyzeCommand) analyze.getCommand()).stdin = new ByteArrayInputStream(stdin);
    }
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsWhatTheTextSaysWithOffsetsIntoTitleAndBody() throws IOException {
    Path page = dir.resolve("named.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang='ar'><head><title>ماكرون في القاهرة</title></head><body>"
            + "<article><h1>ماكرون في القاهرة</h1><p>وصل الرئيس الفرنسي إيمانويل ماكرون إلى"
            + " القاهرة اليوم في زيارة رسمية يلتقي خلالها الرئيس المصري لبحث الأوضاع في المنطقة،"
            + " وقال ماكرون إن فرنسا تدعم جهود السلام.</p>"
            + "<p>كلمات دلالية: كورونا، القاهرة</p></article></body></html>");
    JsonNode j = run(null, "analyze", page.toString()).json();
    String text = j.get("title").asText() + "\n\n" + j.get("body").asText();
    List<String> canonical = new java.util.ArrayList<>();
    for (JsonNode e : j.get("entities")) {
      canonical.add(e.get("canonical").asText());
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
          .isEqualTo(e.get("text").asText());
      assertThat(e.get("count").asInt()).isPositive();
    }
    assertThat(canonical).contains("إيمانويل ماكرون", "القاهرة");
    assertThat(j.get("genericPageTags")).extracting(JsonNode::asText).containsExactly("كورونا");
  }

  @Test
  void printsTheJsonContract() throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(page, PAGE);
    Run r = run(null, "analyze", page.toString());
    assertThat(r.exit()).isZero();
    JsonNode j = r.json();
    assertThat(j.fieldNames())
        .toIterable()
        .containsExactly(
            "title",
            "body",
            "paragraphs",
            "source",
            "published",
            "author",
            "url",
            "language",
            "pageTags",
            "related",
            "links",
            "duplicateGroups",
            "entities",
            "keywords",
            "tags",
            "genericPageTags",
            "category",
            "problems");
    assertThat(j.get("title").asText()).isEqualTo("عنوان");
    assertThat(j.get("language").asText()).isEqualTo("ar");
    assertThat(j.get("body").asText()).startsWith("أعلنت الحكومة");
    assertThat(j.get("problems")).isEmpty();
    assertThat(j.get("duplicateGroups")).isEmpty();
    assertThat(j.get("category").get("label").asText()).isNotBlank();
    for (JsonNode tag : j.get("tags")) {
      assertThat(j.get("title").asText() + "\n\n" + j.get("body").asText()).contains(tag.asText());
    }
  }

  @Test
  void textFormatShowsEveryPart() {
    Run r = run(PAGE.getBytes(StandardCharsets.UTF_8), "analyze", "--format", "text", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("title: عنوان")
        .contains("== body (1 paragraphs)")
        .contains("[1] أعلنت الحكومة")
        .contains("== links (0)")
        .contains("== problems (0)");
  }

  @Test
  void readsGzipAndResolvesLinksAgainstBaseUrl() throws IOException {
    String html =
        PAGE.replace(
            "</p></article>",
            "</p><p>اقرأ أيضاً: <a href='/n/7'>الأمطار تعود إلى المناطق الشمالية</a></p></article>");
    Path gz = dir.resolve("page.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    Run r = run(null, "analyze", "--base-url", "https://news.example/a/1", gz.toString());
    assertThat(r.exit()).isZero();
    JsonNode link = r.json().get("links").get(0);
    assertThat(link.get("url").asText()).isEqualTo("https://news.example/n/7");
    assertThat(link.get("kind").asText()).isEqualTo("read-also");
    assertThat(r.json().get("url").asText()).isEqualTo("https://news.example/a/1");
  }

  @Test
  void plainTextGoesToTheTextExtractor() throws IOException {
    Run r = run("نص عادي بلا وسوم.\nسطر ثان.".getBytes(StandardCharsets.UTF_8), "analyze", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("body").asText()).contains("نص عادي بلا وسوم");
  }

  @Test
  void binaryFileIsOneLineAndExitTwo() throws IOException {
    Path bin = dir.resolve("photo.jpg");
    Files.write(
        bin, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    Run r = run(null, "analyze", bin.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("marsad analyze: not an HTML or text page (binary content): " + bin);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyFileIsAProblem() throws IOException {
    Path empty = dir.resolve("empty.html");
    Files.write(empty, new byte[0]);
    Run r = run(null, "analyze", empty.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("problems").get(0).asText()).isEqualTo("empty page");
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    Run r = run(null, "analyze", dir.resolve("nope.html").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("marsad analyze: no such file: ").doesNotContain("Exception");
  }

  @Test
  @Timeout(120)
  void twoHundredMegabyteFileIsCutAtTheCap() throws IOException {
    Path big = dir.resolve("big.html");
    byte[] chunk = ("<p>" + "كلمة ".repeat(200) + "</p>\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
      long written = 0;
      while (written < 200L << 20) {
        out.write(chunk);
        written += chunk.length;
      }
    }
    Run r = run(null, "analyze", big.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("problems").toString()).contains("cut at the reader's size cap");
  }

  @Test
  @Timeout(60)
  void fetchesFromAnHttpUrlWithItsContentType() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] body = PAGE.getBytes(java.nio.charset.Charset.forName("windows-1256"));
    server.createContext(
        "/a",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1256");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/a";
      Run r = run(null, "analyze", url);
      assertThat(r.exit()).isZero();
      assertThat(r.json().get("title").asText()).isEqualTo("عنوان");
      assertThat(r.json().get("url").asText()).isEqualTo(url);
      Run missing =
          run(null, "analyze", "http://127.0.0.1:" + server.getAddress().getPort() + "/none");
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err()).contains("HTTP 404");
    } finally {
      server.stop(0);
    }
  }
}
