package org.marsad.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link HtmlMetadata} from a parsed page. Precedence per field: JSON-LD of an article type,
 * then OpenGraph / article meta tags, then plain meta tags and markup. Broken JSON-LD is a problem,
 * never an exception. Thread-safe.
 */
final class HtmlMetadataReader {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "blogposting",
          "socialmediaposting",
          "liveblogposting",
          "webpage");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,،;؛|]\\s*");
  private static final int MAX_JSON_LD_NODES = 10_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private HtmlMetadataReader() {}

  static HtmlMetadata read(Document doc, ProblemList problems) {
    JsonNode ld = articleJsonLd(doc, problems);
    String title =
        first(
            text(ld, "headline"),
            meta(doc, "og:title"),
            meta(doc, "twitter:title"),
            firstText(doc, "h1"),
            doc.title());
    String author = first(jsonLdNames(ld == null ? null : ld.get("author")), authorMeta(doc));
    String siteName =
        first(
            ld == null ? null : text(ld.get("publisher"), "name"),
            meta(doc, "og:site_name"),
            meta(doc, "application-name"));
    String published =
        first(
            text(ld, "datePublished"),
            meta(doc, "article:published_time"),
            meta(doc, "og:article:published_time"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "date"),
            itempropDate(doc));
    String url =
        first(
            attr(doc.selectFirst("link[rel=canonical][href]"), "abs:href"),
            meta(doc, "og:url"),
            ld == null ? null : text(ld, "url"));
    String language = language(doc);
    List<String> keywords = keywords(doc, ld);
    String articleBody = text(ld, "articleBody");
    return new HtmlMetadata(
        clean(title),
        clean(author),
        clean(siteName),
        clean(published),
        clean(url),
        language,
        keywords,
        articleBody);
  }

  /** The first JSON-LD object of an article type, searched through arrays and {@code @graph}. */
  private static JsonNode articleJsonLd(Document doc, ProblemList problems) {
    JsonNode fallback = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        problems.add("unreadable JSON-LD: " + e.getOriginalMessage());
        continue;
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      todo.add(root);
      int seen = 0;
      while (!todo.isEmpty() && seen++ < MAX_JSON_LD_NODES) {
        JsonNode node = todo.poll();
        if (node.isArray()) {
          node.forEach(todo::add);
        } else if (node.isObject()) {
          String type = typeOf(node);
          if (type != null && ARTICLE_TYPES.contains(type)) {
            if (!type.equals("webpage")) {
              return node;
            }
            if (fallback == null && node.has("headline")) {
              fallback = node;
            }
          }
          if (node.has("@graph")) {
            todo.add(node.get("@graph"));
          }
          if (node.has("mainEntity")) {
            todo.add(node.get("mainEntity"));
          }
        }
      }
    }
    return fallback;
  }

  private static String typeOf(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return null;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        String name = t.asText().toLowerCase(Locale.ROOT);
        if (ARTICLE_TYPES.contains(name)) {
          return name;
        }
      }
      return null;
    }
    return type.asText().toLowerCase(Locale.ROOT);
  }

  /** A person or organisation field as names: a string, {@code {name}}, or an array of either. */
  private static String jsonLdNames(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isObject()) {
      return text(node, "name");
    }
    if (node.isArray()) {
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode n : node) {
        String name = jsonLdNames(n);
        if (name != null && !name.isBlank()) {
          names.add(name.strip());
        }
      }
      return names.isEmpty() ? null : String.join("، ", names);
    }
    return null;
  }

  private static String authorMeta(Document doc) {
    String author =
        first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"));
    if (author != null && author.startsWith("http")) {
      return null;
    }
    if (author == null) {
      Element e = doc.selectFirst("[itemprop=author]");
      if (e != null) {
        Element name = e.selectFirst("[itemprop=name]");
        author = name != null ? first(name.attr("content"), name.text()) : e.text();
      }
    }
    return author;
  }

  private static String itempropDate(Document doc) {
    Element e = doc.selectFirst("[itemprop=datePublished]");
    if (e == null) {
      e = doc.selectFirst("time[datetime]");
    }
    return e == null ? null : first(e.attr("content"), e.attr("datetime"));
  }

  private static String language(Document doc) {
    String lang =
        first(
            doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
            meta(doc, "og:locale"),
            meta(doc, "content-language"));
    if (lang == null) {
      return null;
    }
    String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.isEmpty() ? null : primary;
  }

  private static List<String> keywords(Document doc, JsonNode ld) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode kw = ld == null ? null : ld.get("keywords");
    if (kw != null && kw.isArray()) {
      kw.forEach(k -> addAll(out, k.asText()));
    } else if (kw != null && kw.isTextual()) {
      addAll(out, kw.asText());
    }
    for (Element tag : doc.head().select("meta[property=article:tag]")) {
      addAll(out, tag.attr("content"));
    }
    if (out.isEmpty()) {
      addAll(out, first(meta(doc, "news_keywords"), meta(doc, "keywords")));
    }
    return new ArrayList<>(out);
  }

  private static void addAll(Set<String> out, String list) {
    if (list == null) {
      return;
    }
    for (String k : LIST_SEPARATOR.split(list.strip())) {
      if (!k.isBlank()) {
        out.add(k.strip());
      }
    }
  }

  /** The content of {@code <meta property=key>} or {@code <meta name=key>}. */
  private static String meta(Document doc, String key) {
    for (Element m : doc.head().getElementsByTag("meta")) {
      if (key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))
          || key.equalsIgnoreCase(m.attr("http-equiv"))) {
        String content = m.attr("content");
        if (!content.isBlank()) {
          return content;
        }
      }
    }
    return null;
  }

  private static String firstText(Document doc, String tag) {
    Element e = doc.getElementsByTag(tag).first();
    return e == null ? null : e.text();
  }

  private static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return v.isEmpty() ? null : v.get(0).asText();
    }
    return v.isValueNode() ? v.asText() : null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").strip();
  }
}
