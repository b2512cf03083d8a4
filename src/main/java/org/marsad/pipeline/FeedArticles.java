package org.marsad.pipeline;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.marsad.dedup.InvalidUrlException;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.SiteNameLearner;
import org.marsad.ingest.ArticleLimits;
import org.marsad.ingest.FeedItem;
import org.marsad.ingest.FetchResult;
import org.marsad.ingest.Fetcher;
import org.marsad.model.Article;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;
import org.marsad.model.PageParts;
import org.marsad.model.Source;

/**
 * Turns a feed item into an article. When the item carries only a summary, the article page is
 * fetched and extracted for the full text, keeping the feed's own title, date and categories (the
 * feed is the publisher's structured word; the page is scraped). The article is fitted to the
 * {@link ArticleLimits} before it goes anywhere: an overlong URL refuses the item before any fetch,
 * overlong text is cut and the cut named in the item's problem.
 *
 * <p>This is where one source's titles meet, feed and page alike, so the site's name the source's
 * titles repeat is learned and taken off here ({@link SiteNameLearner}), for every entry point that
 * turns items into articles.
 */
final class FeedArticles {
  /** What became of one item: the article, or why it could not be made. */
  record Outcome(Optional<Article> article, String problem) {}

  private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, div, td";
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private final Fetcher fetcher;
  private final ArticleExtractor extractor;
  private final UrlCanonicalizer canonicalizer;
  private final ArticleLimits limits;
  private final Clock clock;
  private final SiteNameLearner siteNames = new SiteNameLearner();

  FeedArticles(
      Fetcher fetcher,
      ArticleExtractor extractor,
      UrlCanonicalizer canonicalizer,
      ArticleLimits limits,
      Clock clock) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.canonicalizer = canonicalizer;
    this.limits = limits;
    this.clock = clock;
  }

  /** The article of a feed item, its page fetched here when the item needs its full text. */
  Outcome toArticle(Source source, FeedItem item) {
    return toArticle(source, item, null);
  }

  /**
   * The article of a feed item.
   *
   * @param page the item's page when the poll already fetched it (a page source), else null: it is
   *     fetched here when the item needs its full text
   */
  Outcome toArticle(Source source, FeedItem item, Page page) {
    String link = item.link() != null ? item.link() : item.guid();
    String refusal = limits.urlRefusal(link);
    if (refusal != null) {
      return new Outcome(Optional.empty(), "item skipped: " + refusal);
    }
    String feedText = plainText(item.content() != null ? item.content() : item.summary());
    String problem = null;
    ExtractedArticle extracted = null;
    if (page != null) {
      extracted = extractor.extract(page);
    } else if (item.needsFullText()) {
      FetchResult fetched = fetch(link);
      if (fetched != null && fetched.ok()) {
        extracted = extractor.extract(fetched.toPage());
      } else {
        problem =
            "full text not fetched for "
                + link
                + ": "
                + (fetched == null ? "not an absolute URL" : fetched.message());
      }
    }
    String url;
    try {
      url = canonicalizer.canonicalize(extracted == null ? null : extracted.url(), link);
    } catch (InvalidUrlException e) {
      return new Outcome(Optional.empty(), "item skipped: " + e.getMessage());
    }
    refusal = limits.urlRefusal(url);
    if (refusal != null) {
      return new Outcome(Optional.empty(), "item skipped: " + refusal);
    }
    Set<String> tags = new LinkedHashSet<>(item.categories());
    String body = feedText;
    String title = item.title();
    Instant published = item.published() != null ? item.published() : item.updated();
    String author = item.author();
    if (extracted != null) {
      tags.addAll(extracted.pageTags());
      body = extracted.body().length() > body.length() ? extracted.body() : body;
      title = title != null ? title : extracted.title();
      published =
          published != null || extracted.published() == null
              ? published
              : extracted.published().toInstant();
      author = author != null ? author : extracted.author();
    }
    title = siteNames.strip(SiteNameLearner.keyOf(source, url), title);
    Article article =
        new Article(
            0,
            url,
            item.guid(),
            source.id(),
            source.title(),
            title,
            body,
            item.summary() == null ? null : plainText(item.summary()),
            published,
            clock.instant(),
            author,
            feedCategory(item),
            new ArrayList<>(tags),
            extracted == null ? PageParts.NONE : PageParts.of(extracted));
    ArticleLimits.Fitted fitted = limits.fit(article);
    for (ArticleLimits.Cut cut : fitted.cuts()) {
      String note = cut + " in " + url;
      problem = problem == null ? note : problem + "; " + note;
    }
    return new Outcome(Optional.of(fitted.article()), problem);
  }

  private FetchResult fetch(String link) {
    try {
      return fetcher.fetch(URI.create(link));
    } catch (IllegalArgumentException notAUrl) {
      return null;
    }
  }

  /**
   * Feed HTML to text, one paragraph per block, as the store keeps bodies. Text without any element
   * (Atom {@code type="text"}, a bare description) keeps each of its lines as a paragraph, which
   * HTML parsing alone would run together.
   */
  private static String plainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    if (body.children().isEmpty()) {
      return LINE_BREAK
          .splitAsStream(body.wholeText())
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .collect(Collectors.joining("\n\n"));
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element block : body.select(BLOCKS)) {
      if (block.children().select(BLOCKS).isEmpty() && !block.text().isBlank()) {
        paragraphs.add(block.text());
      }
    }
    return paragraphs.isEmpty() ? body.text() : String.join("\n\n", paragraphs);
  }

  /**
   * The feed's category for an item: its first {@code <category>}, which feeds give the section
   * (سياسة، رياضة). Kept as the publisher's category beside the one Marsad predicts; all of the
   * item's categories stay among its tags too.
   */
  private static String feedCategory(FeedItem item) {
    return item.categories().isEmpty() ? null : item.categories().get(0);
  }
}
