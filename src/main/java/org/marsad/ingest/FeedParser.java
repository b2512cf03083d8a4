package org.marsad.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdom2.Element;

/**
 * Reads any feed document into a {@link ParsedFeed}: RSS 0.9x/1.0/2.0, Atom, JSON Feed, sitemaps
 * (plain and news) and sitemap indexes, sniffed from the content. Immutable and thread-safe.
 *
 * <p>Never throws on bad input: HTML, OPML, malformed or hostile documents come back as a result
 * with {@link ParsedFeed#problems()} (and {@link FeedFormat#NONE} when nothing could be read).
 * Limits on by default: {@value #DEFAULT_MAX_ITEMS} items and {@value #DEFAULT_MAX_BYTES} bytes per
 * document, and {@link ArticleLimits#DEFAULT} per item (a link or guid longer than the URL limit
 * refuses the item; a longer title, summary or content is cut). Every cut and refusal is one
 * problem naming the configuration key that sets the limit.
 */
public final class FeedParser {
  public static final int DEFAULT_MAX_ITEMS = 1000;
  public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

  /** The configuration key of the item limit, named in the problem when a feed is cut. */
  public static final String MAX_ITEMS_KEY = "feed.max-items";

  /** Comments and the XML declaration that may precede an HTML start. */
  private static final Pattern LEADING_NOISE =
      Pattern.compile("^(\\s+|<!--.*?-->|<\\?xml[^>]*>)+", Pattern.DOTALL);

  private final int maxItems;
  private final int maxBytes;
  private final ArticleLimits limits;

  public FeedParser() {
    this(DEFAULT_MAX_ITEMS, DEFAULT_MAX_BYTES, ArticleLimits.DEFAULT);
  }

  public FeedParser(int maxItems, int maxBytes) {
    this(maxItems, maxBytes, ArticleLimits.DEFAULT);
  }

  /**
   * @throws IllegalArgumentException when a limit is below 1
   */
  public FeedParser(int maxItems, int maxBytes, ArticleLimits limits) {
    if (maxItems < 1 || maxBytes < 1) {
      throw new IllegalArgumentException(
          "limits must be at least 1: "
              + MAX_ITEMS_KEY
              + "="
              + maxItems
              + ", maxBytes="
              + maxBytes);
    }
    this.maxItems = maxItems;
    this.maxBytes = maxBytes;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * @param bytes the document as fetched (already free of Content-Encoding)
   * @param contentType the HTTP Content-Type, or null; only its charset is used
   * @param baseUrl where the document came from, or null; relative links are resolved against it
   * @throws NullPointerException when {@code bytes} is null
   */
  public ParsedFeed parse(byte[] bytes, String contentType, String baseUrl) {
    return parse(bytes, contentType, baseUrl, false);
  }

  /**
   * @param cut true when {@code bytes} are only the start of the document (the fetch stopped at its
   *     byte cap): an XML end that is missing is then the cut, not malformed XML, and is repaired
   *     without a problem of its own, since the caller reports the cut
   */
  public ParsedFeed parse(byte[] bytes, String contentType, String baseUrl, boolean cut) {
    List<String> problems = new ArrayList<>();
    byte[] input = bytes;
    if (bytes.length > maxBytes) {
      input = Arrays.copyOf(bytes, maxBytes);
      problems.add(
          "document cut at "
              + ArticleLimits.count(maxBytes)
              + " of "
              + ArticleLimits.count(bytes.length)
              + " bytes: feed incomplete");
    }
    try {
      FeedCharset.Decoded decoded = FeedCharset.decode(input, contentType);
      problems.addAll(decoded.problems());
      boolean incomplete = cut || input != bytes;
      return finish(sniffAndRead(decoded.text(), baseUrl, incomplete, problems), baseUrl);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add("not a feed: unreadable (" + e + ")");
      return ParsedFeed.none(problems);
    }
  }

  private ParsedFeed sniffAndRead(
      String text, String baseUrl, boolean incomplete, List<String> problems) {
    String start = text.stripLeading();
    if (start.isEmpty()) {
      problems.add("not a feed: empty document");
      return ParsedFeed.none(problems);
    }
    if (start.charAt(0) == '{') {
      return JsonFeedReader.read(start, problems);
    }
    if (looksLikeHtml(start)) {
      return notAFeedButHtml(start, baseUrl, problems);
    }
    if (start.charAt(0) != '<') {
      problems.add("not a feed: neither XML nor JSON");
      return ParsedFeed.none(problems);
    }
    XmlDocuments.Parsed parsed = XmlDocuments.parse(start, baseUrl, incomplete);
    problems.addAll(parsed.problems());
    if (parsed.document() == null || !parsed.document().hasRootElement()) {
      if (parsed.document() != null) {
        problems.add("not a feed: no root element");
      }
      return ParsedFeed.none(problems);
    }
    Element root = parsed.document().getRootElement();
    switch (root.getName().toLowerCase(Locale.ROOT)) {
      case "rss", "rdf", "feed", "channel":
        return RomeFeedReader.read(parsed.document(), problems, maxItems);
      case "urlset":
        return SitemapReader.readUrlset(root, problems);
      case "sitemapindex":
        return SitemapReader.readIndex(root, problems);
      case "html":
        return notAFeedButHtml(start, baseUrl, problems);
      case "opml":
        problems.add("not a feed: an OPML list of feeds (import it as sources)");
        return ParsedFeed.none(problems);
      default:
        problems.add("not a feed: XML with root element <" + root.getName() + ">");
        return ParsedFeed.none(problems);
    }
  }

  /** Names the feeds the page advertises, if any: the likely fix for a wrong source URL. */
  private static ParsedFeed notAFeedButHtml(String html, String baseUrl, List<String> problems) {
    List<String> advertised = FeedDiscovery.discover(html, baseUrl);
    problems.add(
        "not a feed: looks like HTML"
            + (advertised.isEmpty()
                ? ""
                : "; the page advertises " + String.join(", ", advertised)));
    return ParsedFeed.htmlPage(baseUrl, advertised, problems);
  }

  private static boolean looksLikeHtml(String start) {
    String head = LEADING_NOISE.matcher(start).replaceFirst("");
    head = head.substring(0, Math.min(head.length(), 20)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /**
   * Resolves links, gives guid-less items their link as guid, drops anonymous items and refuses
   * those whose link or guid is longer than the URL limit, keeps the first {@code maxItems}, and
   * cuts their text fields to the limits.
   */
  private ParsedFeed finish(ParsedFeed read, String baseUrl) {
    if (!read.isFeed()) {
      return read;
    }
    List<String> problems = new ArrayList<>(read.problems());
    URI base = base(baseUrl, read.link(), problems);
    List<FeedItem> items = new ArrayList<>();
    int anonymous = 0;
    int refused = 0;
    int longestRefused = 0;
    for (FeedItem item : read.items()) {
      if (tooLong(item.link()) || tooLong(item.guid())) {
        refused++;
        longestRefused =
            Math.max(longestRefused, Math.max(length(item.link()), length(item.guid())));
        continue;
      }
      String link = resolve(base, item.link());
      boolean guidIsLink = item.guid() == null || item.guid().equals(item.link());
      String guid = guidIsLink ? link : item.guid();
      if (guid == null) {
        anonymous++;
        continue;
      }
      if (tooLong(link)) {
        refused++;
        longestRefused = Math.max(longestRefused, link.length());
        continue;
      }
      items.add(
          new FeedItem(
              guid,
              link,
              item.title(),
              item.summary(),
              item.content(),
              item.published(),
              item.updated(),
              item.author(),
              item.categories()));
    }
    if (anonymous > 0) {
      problems.add(anonymous + " items without link or id dropped");
    }
    if (refused > 0) {
      problems.add(
          ArticleLimits.count(refused)
              + (refused == 1 ? " item" : " items")
              + " refused: URL longer than "
              + ArticleLimits.count(limits.maxUrlChars())
              + " characters ("
              + ArticleLimits.URL_KEY
              + "; longest "
              + ArticleLimits.count(longestRefused)
              + ")");
    }
    if (items.size() > maxItems) {
      problems.add(itemsCut(maxItems, items.size()));
      items = items.subList(0, maxItems);
    }
    List<ArticleLimits.Cut> cuts = new ArrayList<>();
    List<FeedItem> fitted = new ArrayList<>(items.size());
    for (FeedItem item : items) {
      fitted.add(limits.fit(item, cuts));
    }
    problems.addAll(cutSummary(cuts));
    List<String> sitemaps = read.sitemaps();
    if (sitemaps.size() > maxItems) {
      problems.add(
          "sitemap index cut at "
              + ArticleLimits.count(maxItems)
              + " of "
              + ArticleLimits.count(sitemaps.size())
              + " sitemaps ("
              + MAX_ITEMS_KEY
              + ")");
      sitemaps = sitemaps.subList(0, maxItems);
    }
    return new ParsedFeed(
        read.format(), read.title(), resolve(base, read.link()), fitted, sitemaps, problems);
  }

  /** The problem recorded when a feed has more items than the limit. */
  static String itemsCut(int kept, int total) {
    return "feed cut at "
        + ArticleLimits.count(kept)
        + " of "
        + ArticleLimits.count(total)
        + " items ("
        + MAX_ITEMS_KEY
        + ")";
  }

  /** One problem per cut field: "title cut at 1,000 characters in 2 items (key; longest N)". */
  private static List<String> cutSummary(List<ArticleLimits.Cut> cuts) {
    Map<String, List<ArticleLimits.Cut>> byField =
        cuts.stream()
            .collect(
                Collectors.groupingBy(
                    ArticleLimits.Cut::field, LinkedHashMap::new, Collectors.toList()));
    List<String> lines = new ArrayList<>();
    byField.forEach(
        (field, fieldCuts) -> {
          ArticleLimits.Cut first = fieldCuts.get(0);
          int longest = fieldCuts.stream().mapToInt(ArticleLimits.Cut::length).max().orElse(0);
          lines.add(
              field
                  + " cut at "
                  + ArticleLimits.count(first.limit())
                  + " characters in "
                  + ArticleLimits.count(fieldCuts.size())
                  + (fieldCuts.size() == 1 ? " item (" : " items (")
                  + first.key()
                  + "; longest "
                  + ArticleLimits.count(longest)
                  + ")");
        });
    return lines;
  }

  private boolean tooLong(String url) {
    return limits.urlRefusal(url) != null;
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  private static URI base(String baseUrl, String feedLink, List<String> problems) {
    for (String candidate : new String[] {baseUrl, feedLink}) {
      if (candidate != null) {
        try {
          URI uri = new URI(candidate.strip());
          if (uri.isAbsolute()) {
            return uri;
          }
        } catch (java.net.URISyntaxException e) {
          problems.add("unusable base URL: " + candidate);
        }
      }
    }
    return null;
  }

  /** The link made absolute when possible; left as given when it cannot be resolved. */
  private static String resolve(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String trimmed = link.strip();
    if (base == null) {
      return trimmed;
    }
    try {
      return base.resolve(new URI(trimmed)).toString();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return trimmed;
    }
  }
}
