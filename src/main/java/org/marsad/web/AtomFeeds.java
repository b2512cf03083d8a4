package org.marsad.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.marsad.model.Article;

/**
 * Atom 1.0 documents of articles, built with Rome: each entry has the article's id on this server,
 * its title, its date, a link to its page here ({@code alternate}) and one to the original ({@code
 * related}, http(s) only) and a plain-text summary. Everything in them came from feeds, so it is
 * hostile: titles and summaries go out as text (escaped by the XML writer, markup stripped from
 * summaries), and characters XML 1.0 cannot carry are dropped rather than breaking the document.
 */
final class AtomFeeds {
  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  /** Summaries are cut to this many characters. */
  static final int SUMMARY_CHARS = 500;

  private AtomFeeds() {}

  /** The path of the Atom feed of a query on this server. */
  static String searchFeedPath(String query) {
    return "/feeds/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /**
   * A feed of these articles, newest first as given.
   *
   * @param base this server's {@code scheme://host[:port]}
   * @param selfPath the feed's own path on this server (its id and {@code self} link)
   */
  static String feed(String base, String selfPath, String title, List<Article> articles) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setUri(base + selfPath);
    feed.setTitle(xmlSafe(title));
    feed.setLanguage("ar");
    SyndPerson marsad = new SyndPersonImpl();
    marsad.setName("مرصد");
    feed.setAuthors(List.of(marsad));
    feed.setLinks(List.of(link("self", base + selfPath), link("alternate", base + "/")));
    Instant updated = Instant.EPOCH;
    List<SyndEntry> entries = new ArrayList<>(articles.size());
    for (Article article : articles) {
      SyndEntry entry = entry(base, article);
      entries.add(entry);
      if (entry.getUpdatedDate().toInstant().isAfter(updated)) {
        updated = entry.getUpdatedDate().toInstant();
      }
    }
    feed.setPublishedDate(Date.from(updated));
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the Atom feed " + selfPath, e);
    }
  }

  private static SyndEntry entry(String base, Article article) {
    SyndEntry entry = new SyndEntryImpl();
    String page = base + "/articles/" + article.id();
    entry.setUri(page);
    entry.setTitle(xmlSafe(article.title() == null ? "" : article.title()));
    Instant when = article.published() != null ? article.published() : article.fetched();
    Date date = Date.from(when == null ? Instant.EPOCH : when);
    entry.setUpdatedDate(date);
    entry.setPublishedDate(date);
    List<SyndLink> links = new ArrayList<>();
    links.add(link("alternate", page));
    if (isWebUrl(article.url())) {
      links.add(link("related", article.url()));
    }
    entry.setLinks(links);
    if (article.source() != null && !article.source().isBlank()) {
      SyndPerson source = new SyndPersonImpl();
      source.setName(xmlSafe(article.source()));
      entry.setAuthors(List.of(source));
    }
    SyndContent summary = new SyndContentImpl();
    summary.setType("text");
    summary.setValue(summary(article));
    entry.setDescription(summary);
    return entry;
  }

  /** The feed's summary, or the body's opening, as plain text without markup. */
  private static String summary(Article article) {
    String raw =
        article.summary() != null && !article.summary().isBlank()
            ? article.summary()
            : article.body() == null ? "" : article.body();
    String text = xmlSafe(Jsoup.parse(raw).text()).strip();
    return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
  }

  private static boolean isWebUrl(String url) {
    try {
      String scheme = url == null ? null : new URI(url).getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static SyndLink link(String rel, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    return link;
  }

  /** The text without what XML 1.0 cannot carry (control characters, lone surrogates). */
  static String xmlSafe(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(AtomFeeds::isXmlChar).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= 0x10FFFF;
  }
}
