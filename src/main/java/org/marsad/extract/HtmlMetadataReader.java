package org.marsad.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads {@link HtmlMetadata} from a parsed page. Precedence per field: JSON-LD of an article type,
 * then OpenGraph / article meta tags, then plain meta tags and markup. The title loses the site's
 * name where the page shows it is one ({@link SiteNameInTitle}). Broken JSON-LD is a problem, never
 * an exception. Thread-safe.
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
    Landmarks marks = Landmarks.of(doc);
    JsonNode ld = articleJsonLd(marks.jsonLd, problems);
    String title =
        first(
            text(ld, "headline"),
            meta(marks, "og:title"),
            meta(marks, "twitter:title"),
            marks.h1 == null ? null : marks.h1.text(),
            doc.title());
    String author = first(jsonLdNames(ld == null ? null : ld.get("author")), authorMeta(marks));
    String siteName =
        first(
            ld == null ? null : text(ld.get("publisher"), "name"),
            meta(marks, "og:site_name"),
            meta(marks, "application-name"));
    String published =
        first(
            text(ld, "datePublished"),
            meta(marks, "article:published_time"),
            meta(marks, "og:article:published_time"),
            meta(marks, "pubdate"),
            meta(marks, "publishdate"),
            meta(marks, "date"),
            itempropDate(marks));
    String url =
        first(
            attr(marks.canonical, "abs:href"),
            meta(marks, "og:url"),
            ld == null ? null : text(ld, "url"));
    String language = language(marks);
    List<String> keywords = keywords(marks, ld);
    String articleBody = text(ld, "articleBody");
    String headline =
        SiteNameInTitle.strip(
            clean(title), clean(siteName), marks.h1 == null ? null : clean(marks.h1.text()));
    return new HtmlMetadata(
        headline,
        clean(author),
        clean(siteName),
        clean(published),
        clean(url),
        language,
        keywords,
        articleBody,
        marks.h1,
        marks.time == null ? null : clean(marks.time.attr("datetime")));
  }

  /** The first JSON-LD object of an article type, searched through arrays and {@code @graph}. */
  private static JsonNode articleJsonLd(List<Element> scripts, ProblemList problems) {
    JsonNode fallback = null;
    for (Element script : scripts) {
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

  private static String authorMeta(Landmarks marks) {
    String author =
        first(meta(marks, "author"), meta(marks, "article:author"), meta(marks, "dc.creator"));
    if (author != null && author.startsWith("http")) {
      return null;
    }
    if (author == null) {
      Element e = marks.itempropAuthor;
      if (e != null) {
        Element name = e.selectFirst("[itemprop=name]");
        author = name != null ? first(name.attr("content"), name.text()) : e.text();
      }
    }
    return author;
  }

  private static String itempropDate(Landmarks marks) {
    Element e = marks.itempropDate;
    return e == null ? null : first(e.attr("content"), e.attr("datetime"), e.text());
  }

  private static String language(Landmarks marks) {
    String lang =
        first(
            marks.html == null ? null : marks.html.attr("lang"),
            meta(marks, "og:locale"),
            meta(marks, "content-language"));
    if (lang == null) {
      return null;
    }
    String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.isEmpty() ? null : primary;
  }

  private static List<String> keywords(Landmarks marks, JsonNode ld) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode kw = ld == null ? null : ld.get("keywords");
    if (kw != null && kw.isArray()) {
      kw.forEach(k -> addAll(out, k.asText()));
    } else if (kw != null && kw.isTextual()) {
      addAll(out, kw.asText());
    }
    for (String tag : marks.articleTags) {
      addAll(out, tag);
    }
    if (out.isEmpty()) {
      addAll(out, first(meta(marks, "news_keywords"), meta(marks, "keywords")));
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
  private static String meta(Landmarks marks, String key) {
    return marks.metas.get(key);
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

  /**
   * What the reader needs from the page, gathered in one walk over it instead of one query per
   * field (a query for a missing element walks the whole page).
   */
  private static final class Landmarks implements NodeVisitor {
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

    /**
     * Meta tags of the head: the lower-cased property, name, itemprop or http-equiv to the first
     * non-blank content given for it.
     */
    final Map<String, String> metas = new HashMap<>();

    /** Contents of the head's {@code <meta property=article:tag>}, in page order. */
    final List<String> articleTags = new ArrayList<>();

    /** {@code <script type=application/ld+json>} elements, in page order. */
    final List<Element> jsonLd = new ArrayList<>();

    /** The first of each, or null. */
    Element html;

    Element h1;
    Element canonical;
    Element itempropAuthor;
    Element itempropDate;
    Element time;

    private final Element head;
    private boolean inHead;

    private Landmarks(Element head) {
      this.head = head;
    }

    static Landmarks of(Document doc) {
      Landmarks marks = new Landmarks(doc.head());
      NodeTraversor.traverse(marks, doc);
      return marks;
    }

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e == head) {
        inHead = true;
      }
      switch (e.normalName()) {
        case "html" -> html = html == null ? e : html;
        case "h1" -> h1 = h1 == null ? e : h1;
        case "time" -> time = time == null && e.hasAttr("datetime") ? e : time;
        case "link" -> {
          if (canonical == null && is(e, "rel", "canonical") && e.hasAttr("href")) {
            canonical = e;
          }
        }
        case "script" -> {
          if (is(e, "type", "application/ld+json")) {
            jsonLd.add(e);
          }
        }
        case "meta" -> {
          if (inHead) {
            addMeta(e);
          }
        }
        default -> {}
      }
      if (itempropAuthor == null && is(e, "itemprop", "author")) {
        itempropAuthor = e;
      }
      if (itempropDate == null && is(e, "itemprop", "datePublished")) {
        itempropDate = e;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node == head) {
        inHead = false;
      }
    }

    private void addMeta(Element m) {
      String content = m.attr("content");
      if (is(m, "property", "article:tag")) {
        articleTags.add(content);
      }
      if (content.isBlank()) {
        return;
      }
      for (String key : META_KEYS) {
        String value = m.attr(key);
        if (!value.isEmpty()) {
          metas.putIfAbsent(value.toLowerCase(Locale.ROOT), content);
        }
      }
    }

    /** As jsoup's {@code [key=value]}: the attribute, trimmed, equals the value in any case. */
    private static boolean is(Element e, String key, String value) {
      String v = e.attr(key);
      return !v.isEmpty() && v.strip().equalsIgnoreCase(value);
    }
  }
}
