package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Emptying script and style bodies before parsing changes nothing else: the tree parsed from the
 * emptied page is the tree parsed from the page, node for node, save that script and style elements
 * may have lost their text. Checked on tricky markup (script and style look-alikes in comments,
 * attributes, titles, text areas, SVG) and on real pages: the fixtures, and the article-extraction
 * benchmark and the Arabic news page when the shared data is present.
 */
class UnreadRawTextTest {

  private static final Path DATA = Path.of(System.getProperty("marsad.data", "../shared/data"));

  @Test
  void scriptAndStyleBodiesAreEmptied() {
    String html =
        "<html><head><style>p{color:red}</style><script>var a = '<p>x</p>';</script></head>"
            + "<body><p>text</p><SCRIPT type=text/javascript>if (a < b) {}</SCRIPT ></body>";
    String out = emptied(html);
    assertThat(out)
        .isEqualTo(
            "<html><head><style></style><script></script></head>"
                + "<body><p>text</p><SCRIPT type=text/javascript></SCRIPT ></body>");
    assertSameTree(html);
  }

  @Test
  void jsonLdIsKept() {
    String html =
        "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>"
            + "<script>x()</script><p>a</p>";
    assertThat(emptied(html))
        .isEqualTo(
            "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>"
                + "<script></script><p>a</p>");
  }

  @Test
  void lookAlikesOutsideTagsAreLeftAlone() {
    String[] pages = {
      "<!-- <script> --><p>kept one</p><script>x</script><p>kept two</p>",
      "<!--><script>x</script><p>kept</p>",
      "<!-- a --!><script>x</script><p>kept</p>",
      "<p title=\"<script>\" data-x='<style>'>kept</p><script>x</script><p>kept too</p>",
      "<p title=a<script>b>kept</p></script><p>kept too</p>",
      "<title>a <script> b</title><p>kept</p></script><p>kept too</p>",
      "<textarea><style></textarea><p>kept</p></style><p>kept too</p>",
      "<iframe><script></iframe><p>kept</p></script><p>kept too</p>",
      "<![CDATA[ <script> ]]><p>kept</p></script>",
      "<![cdata[ <script> ]]><p>kept</p></script>",
      "<? <script> ?><p>kept</p></script>",
      "</ <script>x</script><p>kept</p>",
      "a < b <script>if (a</b) {}</script><p>kept</p>"
    };
    for (String html : pages) {
      String out = emptied(html);
      assertThat(out).as(html).contains("kept");
      assertSameTree(html);
    }
  }

  @Test
  void svgAndMathContentIsLeftAsItIs() {
    String html =
        "<svg><style>.a{fill:red}</style><script>x</script></svg><math><style>m</style></math>"
            + "<style>p{}</style>";
    assertThat(emptied(html))
        .isEqualTo(
            "<svg><style>.a{fill:red}</style><script>x</script></svg><math><style>m</style></math>"
                + "<style></style>");
  }

  @Test
  void scanStopsWhereTheTokenizerCouldPartFromIt() {
    String escaped =
        "<script>x</script><script><!-- document.write('<script>y</script>') --></script>"
            + "<p>after</p><style>p{}</style>";
    assertThat(emptied(escaped))
        .isEqualTo(
            "<script></script><script><!-- document.write('<script>y</script>') --></script>"
                + "<p>after</p><style>p{}</style>");
    for (String html :
        new String[] {
          "<script>var a = 1;",
          "<script src='x",
          "<plaintext><style>p{}</style>",
          "<p>no tags",
          "<style>p{}</style><title>a title never closed"
        }) {
      assertThat(emptied(html)).isEqualTo(html);
    }
  }

  @Test
  void endTagsAreFoundAsJsoupFindsThem() {
    String[] pages = {
      // jsoup reads "script'<" as one name: the second script runs to the end of the page.
      "<style>p{}</style><script>b = '</script'</script><p>kept</p>",
      "<script>a = '</scripts>';</SCRIPT ><p>kept</p>",
      // ... and a style's body, which here holds the paragraph: jsoup reads it as style text.
      "<style>a</script'</style><p>x</p></style><style>b</style>",
      "<title>a</t<title></title><style>b</style>",
      "<title>a</ti<tle></title><p>kept</p></title><style>b</style>"
    };
    for (String html : pages) {
      assertSameTree(html);
    }
    assertThat(emptied(pages[0])).isEqualTo(pages[0].replace("p{}", ""));
    assertThat(emptied(pages[1])).isEqualTo("<script></SCRIPT ><p>kept</p>");
    assertThat(emptied(pages[2])).isEqualTo("<style></style><style></style>");
    assertThat(emptied(pages[4])).contains("<p>kept</p>");
  }

  @Test
  void fixturePagesParseToTheSameTree() throws IOException {
    int emptied = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        emptied += assertSameTreeOnPage(Files.readAllBytes(f));
      }
    }
    assertThat(emptied).isPositive();
  }

  @Test
  void realPagesParseToTheSameTree() throws IOException {
    Path bench = DATA.resolve("article-extraction-benchmark/html");
    Path arabic = DATA.resolve("arabic-news-html");
    assumeTrue(
        Files.isDirectory(bench) && Files.isDirectory(arabic),
        "no article-extraction benchmark or Arabic news pages under " + DATA);
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Stream.concat(Files.list(bench), Files.list(arabic))) {
      files.filter(p -> p.toString().matches(".*\\.html(\\.gz)?$")).forEach(pages::add);
    }
    int emptied = 0;
    for (Path page : pages) {
      emptied += assertSameTreeOnPage(read(page));
    }
    assertThat(pages).hasSizeGreaterThan(180);
    assertThat(emptied).isGreaterThan(pages.size());
  }

  private static byte[] read(Path page) throws IOException {
    if (!page.toString().endsWith(".gz")) {
      return Files.readAllBytes(page);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    }
  }

  /** Decodes a page as the extractor does and compares the trees; the count of emptied bodies. */
  private static int assertSameTreeOnPage(byte[] bytes) {
    return assertSameTree(HtmlDecoder.decode(bytes, null, new ProblemList(10)).text());
  }

  /** What the parser reads of {@code html}. */
  static String emptied(String html) {
    StringWriter out = new StringWriter();
    try (Reader in = UnreadRawText.reader(html)) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Parses the page as it is and as the extractor does, without script and style bodies, and walks
   * the trees side by side: same nodes, names, attributes and text, except script and style
   * elements whose body was cut. Returns how many were.
   */
  static int assertSameTree(String html) {
    Element a = Jsoup.parse(html, "https://x.example/");
    Element b = Parser.htmlParser().parseInput(UnreadRawText.reader(html), "https://x.example/");
    int emptied = 0;
    List<Node[]> todo = new ArrayList<>();
    todo.add(new Node[] {a, b});
    while (!todo.isEmpty()) {
      Node[] pair = todo.remove(todo.size() - 1);
      Node x = pair[0];
      Node y = pair[1];
      assertThat(y.nodeName()).isEqualTo(x.nodeName());
      assertThat(attributes(y)).isEqualTo(attributes(x));
      if (x instanceof TextNode t) {
        assertThat(((TextNode) y).getWholeText()).isEqualTo(t.getWholeText());
      } else if (x instanceof DataNode d) {
        assertThat(((DataNode) y).getWholeData()).isEqualTo(d.getWholeData());
      } else if (x instanceof Comment c) {
        assertThat(((Comment) y).getData()).isEqualTo(c.getData());
      }
      boolean raw = x.nodeName().equals("script") || x.nodeName().equals("style");
      if (raw && y.childNodeSize() == 0 && x.childNodeSize() > 0) {
        assertThat(x.attr("type").toLowerCase()).doesNotContain("ld+json");
        emptied++;
        continue;
      }
      assertThat(y.childNodeSize()).as(x.nodeName()).isEqualTo(x.childNodeSize());
      for (int i = 0; i < x.childNodeSize(); i++) {
        todo.add(new Node[] {x.childNode(i), y.childNode(i)});
      }
    }
    return emptied;
  }

  private static List<String> attributes(Node n) {
    List<String> out = new ArrayList<>();
    for (Attribute attr : n.attributes()) {
      out.add(attr.getKey() + "=" + attr.getValue());
    }
    return out;
  }
}
