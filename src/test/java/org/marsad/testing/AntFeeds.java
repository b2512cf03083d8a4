package org.marsad.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * Feeds built from real ANT corpus articles (title, url, abstract, pub_date_raw, author, category,
 * text) read from the shared data; tests using them are skipped when the data is absent.
 */
public final class AntFeeds {
  public static final Path SAMPLE =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  /** One ANT article, as the feed will carry it. */
  public record Article(
      String url,
      String title,
      String abstractText,
      String text,
      String pubDateRaw,
      String author,
      String category) {}

  private AntFeeds() {}

  /** The first {@code count} articles passing {@code filter}; skips the test without the data. */
  public static List<Article> articles(int count, Predicate<Article> filter) {
    Assumptions.assumeTrue(
        Files.isRegularFile(SAMPLE), "ANT sample absent (" + SAMPLE + "): test skipped");
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
      String line;
      while (articles.size() < count && (line = lines.readLine()) != null) {
        JsonNode n = json.readTree(line);
        Article article =
            new Article(
                n.path("url").asText(),
                n.path("title").asText(),
                n.path("abstract").asText(),
                n.path("text").asText(),
                n.path("pub_date_raw").asText(),
                n.path("author").asText(),
                n.path("category").asText());
        if (!article.title().isBlank() && filter.test(article)) {
          articles.add(article);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  public static List<Article> articles(int count) {
    return articles(count, a -> true);
  }

  /** Articles whose fields all encode in {@code charset} (windows-1256 lacks some characters). */
  public static Predicate<Article> encodableIn(Charset charset) {
    return a -> {
      CharsetEncoder encoder = charset.newEncoder();
      return encoder.canEncode(a.title() + a.abstractText() + a.author() + a.category() + a.url());
    };
  }

  /** RSS 2.0 with the abstract as description and the body as content:encoded. */
  public static String rss(String title, List<Article> articles, String encoding) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"").append(encoding).append("\"?>\n");
    xml.append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n");
    xml.append("<title>").append(escape(title)).append("</title>\n");
    xml.append("<link>http://www.example-news.test/</link>\n");
    for (Article a : articles) {
      xml.append("<item>\n<title>").append(escape(a.title())).append("</title>\n");
      xml.append("<link>").append(escape(a.url())).append("</link>\n");
      xml.append("<guid>").append(escape(a.url())).append("</guid>\n");
      xml.append("<description>").append(escape(a.abstractText())).append("</description>\n");
      xml.append("<pubDate>").append(escape(a.pubDateRaw())).append("</pubDate>\n");
      xml.append("<dc:creator>").append(escape(a.author())).append("</dc:creator>\n");
      xml.append("<category>").append(escape(a.category())).append("</category>\n");
      xml.append("</item>\n");
    }
    return xml.append("</channel>\n</rss>\n").toString();
  }

  /** Atom 1.0 with the abstract as summary and the body as text content. */
  public static String atom(String title, List<Article> articles) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    xml.append("<title>").append(escape(title)).append("</title>\n");
    xml.append("<id>urn:ant:feed</id>\n<updated>2018-10-01T00:00:00Z</updated>\n");
    for (Article a : articles) {
      xml.append("<entry>\n<title>").append(escape(a.title())).append("</title>\n");
      xml.append("<link rel=\"alternate\" href=\"").append(escape(a.url())).append("\"/>\n");
      xml.append("<id>").append(escape(a.url())).append("</id>\n");
      xml.append("<published>").append(isoDate(a.pubDateRaw())).append("</published>\n");
      xml.append("<updated>").append(isoDate(a.pubDateRaw())).append("</updated>\n");
      xml.append("<author><name>").append(escape(a.author())).append("</name></author>\n");
      xml.append("<summary>").append(escape(a.abstractText())).append("</summary>\n");
      xml.append("<content type=\"text\">").append(escape(a.text())).append("</content>\n");
      xml.append("</entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  public static String isoDate(String rfc1123) {
    return ZonedDateTime.parse(rfc1123.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  public static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
