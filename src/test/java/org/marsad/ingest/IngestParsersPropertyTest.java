package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.dedup.InvalidUrlException;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.model.Article;
import org.marsad.testing.FuzzRow;
import org.marsad.testing.Mutations;
import org.marsad.testing.PropertyRows;
import org.marsad.testing.RealFragments;
import org.marsad.text.Utf16;
import org.marsad.text.dates.ArabicDateParser;

/**
 * The ingest parsers' contracts as properties over real feeds, OPML lists and ANT import lines,
 * damaged a few edits at a time (see {@link Mutations}).
 */
@AddLifecycleHook(PropertyRows.class)
class IngestParsersPropertyTest {
  static final int MAX_ITEMS = 5;
  static final int MAX_BYTES = 64 * 1024;

  /** Fragments that steer edits into the parsers' branches: markup, entities, encodings. */
  static final List<String> FEED_TOKENS =
      List.of(
          "<",
          ">",
          "&",
          "&amp;",
          "&#0;",
          "&#x110000;",
          "&#1234567890;",
          "<![CDATA[",
          "]]>",
          "<!--",
          "-->",
          "<?xml version=\"1.0\" encoding=\"windows-1256\"?>",
          "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaa\">]>",
          "&a;",
          "\uFEFF",
          "\u0000",
          "<item>",
          "</item>",
          "<entry>",
          "</entry>",
          "<link>",
          "</link>",
          "<link href=\"",
          "<guid>",
          "<pubDate>",
          "</pubDate>",
          "<url><loc>",
          "</loc></url>",
          "<sitemap><loc>",
          "\"",
          "'",
          "http://",
          "https://[::1",
          "//host",
          "../",
          "%zz",
          "%D8",
          "{",
          "}",
          "[",
          "]",
          ":",
          "\"items\":[{\"id\":",
          "\"url\":",
          "null",
          "1e999",
          "-0",
          "أخبار",
          "\uD800",
          "\r\n",
          "<html>",
          "<outline xmlUrl=\"",
          "<outline text=\"",
          "</outline>",
          "<opml>",
          "<body>");

  private static final List<String> CONTENT_TYPES =
      Arrays.asList(
          null,
          "application/rss+xml",
          "text/xml; charset=windows-1256",
          "application/json; charset=utf-16",
          "text/html; charset=bogus-charset",
          "application/xml; charset=\"ISO-8859-6\"",
          "text/plain; charset=");

  private static final List<String> BASE_URLS =
      Arrays.asList(
          null,
          "https://www.alarabiya.net/feed",
          "http://127.0.0.1:8080/a/b/",
          "not a url",
          "http://[::1",
          "https://أخبار.com/rss",
          "mailto:x@y");

  private final FeedParser feeds = new FeedParser(MAX_ITEMS, MAX_BYTES);
  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
  private final Function<String, Optional<Instant>> dates = fixedClockDates();
  private final JsonlArticleMapper mapper =
      new JsonlArticleMapper(canonicalizer, dates, ArticleLimits.DEFAULT);
  private final ObjectMapper json = new ObjectMapper();

  /** The date reader the importer uses, against a fixed "now". */
  static Function<String, Optional<Instant>> fixedClockDates() {
    return new ArabicDateParser()
        .instants(Clock.fixed(Instant.parse("2023-03-26T12:00:00Z"), ZoneOffset.UTC));
  }

  @Provide
  Arbitrary<byte[]> damagedFeeds() {
    List<byte[]> seeds = new ArrayList<>(RealFragments.resourceFiles("/ingest"));
    return Mutations.ofBytes(seeds, FEED_TOKENS);
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(CONTENT_TYPES);
  }

  @Provide
  Arbitrary<String> baseUrls() {
    return Arbitraries.of(BASE_URLS);
  }

  @Property(tries = 150)
  @FuzzRow(
      tries =
          "FeedParser.parse on real RSS/Atom/RDF/JSON Feed/sitemap/HTML fixtures with up to 6"
              + " random edits, odd Content-Types and base URLs",
      mustHold =
          "no exception; items and sitemaps within the limit; not a feed means no items and a"
              + " problem saying why; every item has a guid; a cut body says so")
  void anyDamagedFeedGivesAResultNeverAnException(
      @ForAll("damagedFeeds") byte[] body,
      @ForAll("contentTypes") String contentType,
      @ForAll("baseUrls") String baseUrl) {
    assertFeedWithinContract(feeds.parse(body, contentType, baseUrl), body);
  }

  /** What {@link FeedParser#parse} promises, with this class's limits. */
  static void assertFeedWithinContract(ParsedFeed parsed, byte[] body) {
    assertThat(parsed.format()).isNotNull();
    assertThat(parsed.items()).hasSizeLessThanOrEqualTo(MAX_ITEMS);
    assertThat(parsed.sitemaps()).hasSizeLessThanOrEqualTo(MAX_ITEMS);
    assertThat(parsed.items()).allSatisfy(item -> assertThat(item.guid()).isNotNull());
    if (!parsed.isFeed()) {
      assertThat(parsed.items()).isEmpty();
      assertThat(parsed.problems()).isNotEmpty();
    }
    if (body.length > MAX_BYTES) {
      assertThat(parsed.problems()).anyMatch(p -> p.startsWith("document cut at"));
    }
  }

  @Provide
  Arbitrary<byte[]> damagedOpml() {
    List<byte[]> seeds = new ArrayList<>(RealFragments.resourceFiles("/ingest", ".opml"));
    seeds.addAll(RealFragments.resourceFiles("/ingest", ".xml"));
    return Mutations.ofBytes(seeds, FEED_TOKENS);
  }

  @Property(tries = 100)
  @FuzzRow(
      tries = "Opml.read on the OPML fixture and feed fixtures with up to 6 random edits",
      mustHold =
          "no exception; every feed has an xmlUrl and fewer folders than the depth limit; writing"
              + " the feeds back and reading them again gives the same title and feeds")
  void anyDamagedOpmlReadsAndItsFeedsSurviveAnExportRoundTrip(@ForAll("damagedOpml") byte[] body) {
    assertOpmlWithinContract(body);
  }

  /** What {@link Opml#read} promises, and that its export gives back what was read. */
  static void assertOpmlWithinContract(byte[] body) {
    Opml.Subscriptions read = Opml.read(body);

    assertThat(read.feeds())
        .allSatisfy(
            feed -> {
              assertThat(feed.xmlUrl()).isNotBlank();
              assertThat(feed.folders()).hasSizeLessThan(Opml.MAX_DEPTH);
            });
    Opml.Subscriptions again =
        Opml.read(
            Opml.write(read.title(), read.feeds())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(again.feeds()).isEqualTo(read.feeds());
    assertThat(again.title()).isEqualTo(read.title());
  }

  @Provide
  Arbitrary<String> damagedJsonlLines() {
    List<String> seeds =
        RealFragments.resourceTexts("/org/marsad/ingest", ".jsonl").stream()
            .flatMap(String::lines)
            .toList();
    return Mutations.ofText(seeds, FEED_TOKENS);
  }

  @Property(tries = 300)
  @FuzzRow(
      tries = "JsonlArticleMapper.map on the import fixture's lines with up to 6 random edits",
      mustHold =
          "an article with a canonical url, or MalformedLineException with a reason; no other"
              + " exception")
  void anyDamagedLineGivesAnArticleOrAReason(@ForAll("damagedJsonlLines") String line)
      throws InvalidUrlException {
    assertLineWithinContract(mapper, canonicalizer, line);
  }

  /** A line gives an article with a canonical url, or a reason; nothing else. */
  static void assertLineWithinContract(
      JsonlArticleMapper mapper, UrlCanonicalizer canonicalizer, String line)
      throws InvalidUrlException {
    try {
      Article article = mapper.map(line).article();
      assertThat(canonicalizer.canonicalize(article.url())).isEqualTo(article.url());
      assertThat(article.body()).doesNotContain("\n\n\n");
    } catch (JsonlArticleMapper.MalformedLineException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Mutations.ofText(
        RealFragments.antFieldOr("text", List.of("الفقرة الأولى.\nالفقرة الثانية.")),
        List.of("\n", "\r\n", "\r", " ", "\u00A0", "\t", "\u2028", "\uD83D\uDE00", "\uDC00"));
  }

  @Provide
  Arbitrary<String> titles() {
    return Mutations.ofText(
        RealFragments.antFieldOr("title", List.of("ابنة جوني هاليداي تكشف معلومات")),
        List.of(" ", "\"", "\\", "\u0000", "\u200F", "\uFEFF", "\n"));
  }

  @Provide
  Arbitrary<String> urls() {
    return Arbitraries.of(
        RealFragments.antFieldOr(
            "url",
            List.of(
                "http://www.alarabiya.net/ar/culture-and-art/2018/02/16/ابنة-جوني-هاليداي.html",
                "https://www.skynewsarabia.com/business/1164582?utm_source=rss#top")));
  }

  @Provide
  Arbitrary<String> rawDates() {
    return Arbitraries.of(
        RealFragments.antFieldOr(
            "pub_date_raw", List.of("Fri, 16 Feb 2018 22:08:10 +0400", "الأحد 12 فبراير 2023")));
  }

  @Property(tries = 200)
  @FuzzRow(
      tries =
          "a JSON line built from ANT titles, bodies, urls and dates (text damaged by edits)"
              + " through JsonlArticleMapper.map",
      mustHold =
          "the article gives back the line: stripped title, source and author, one paragraph per"
              + " non-blank line, the canonical url, the parsed date; unpaired surrogates replaced"
              + " and title and body cut at the article limits")
  void aValidLineRoundTrips(
      @ForAll("titles") String title,
      @ForAll("texts") String text,
      @ForAll("urls") String url,
      @ForAll("rawDates") String rawDate,
      @ForAll("titles") String author)
      throws Exception {
    ObjectNode line = json.createObjectNode();
    line.put("url", url).put("title", title).put("text", text).put("pub_date_raw", rawDate);
    line.put("author", author).put("source", "alarabia").put("docno", "X");

    Article article = mapper.map(json.writeValueAsString(line)).article();

    assertThat(article.url()).isEqualTo(canonicalizer.canonicalize(url));
    String storedTitle = stored(title);
    assertThat(article.title())
        .isEqualTo(
            storedTitle == null
                ? null
                : Utf16.prefix(storedTitle, ArticleLimits.DEFAULT.maxTitleChars()));
    assertThat(article.author()).isEqualTo(stored(author));
    assertThat(article.source()).isEqualTo("alarabia");
    assertThat(article.published()).isEqualTo(dates.apply(rawDate).orElse(null));
    List<String> paragraphs = text.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
    assertThat(article.body())
        .isEqualTo(
            Utf16.prefix(
                Utf16.replaceUnpairedSurrogates(String.join("\n\n", paragraphs)),
                ArticleLimits.DEFAULT.maxBodyChars()));
  }

  /**
   * A field as stored: stripped, null when blank, an unpaired surrogate replaced (ArticleLimits).
   */
  private static String stored(String field) {
    String stripped = field.strip();
    return stripped.isEmpty() ? null : Utf16.replaceUnpairedSurrogates(stripped);
  }
}
