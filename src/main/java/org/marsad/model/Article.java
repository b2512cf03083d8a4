package org.marsad.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored article: the identity the store gives it plus the extracted fields, in the source's own
 * text.
 *
 * @param id the store's id, or 0 before the article is stored
 * @param url the canonical URL (the article's identity together with {@code guid})
 * @param guid the feed's guid, or null
 * @param sourceId the store id of the source it came from, or 0 when imported
 * @param source the publisher's display name, or null
 * @param title the headline as published, or null
 * @param body the clean article body (paragraphs separated by blank lines)
 * @param summary the feed's summary or abstract, or null
 * @param published when the publisher says it was published, or null
 * @param fetched when Marsad first stored it
 * @param author the byline, or null
 * @param category the publisher's or importer's category, or null
 * @param tags tags the page or feed lists, as printed
 * @param page what the article's page showed around it; {@link PageParts#NONE} without a page
 */
public record Article(
    long id,
    String url,
    String guid,
    long sourceId,
    String source,
    String title,
    String body,
    String summary,
    Instant published,
    Instant fetched,
    String author,
    String category,
    List<String> tags,
    PageParts page) {

  public Article {
    tags = tags == null ? List.of() : List.copyOf(tags);
    page = page == null ? PageParts.NONE : page;
  }

  /** An article that came without a page (a full-text feed item, an imported line). */
  public Article(
      long id,
      String url,
      String guid,
      long sourceId,
      String source,
      String title,
      String body,
      String summary,
      Instant published,
      Instant fetched,
      String author,
      String category,
      List<String> tags) {
    this(
        id,
        url,
        guid,
        sourceId,
        source,
        title,
        body,
        summary,
        published,
        fetched,
        author,
        category,
        tags,
        PageParts.NONE);
  }

  /** A copy with the store's id set. */
  public Article withId(long newId) {
    return new Article(
        newId, url, guid, sourceId, source, title, body, summary, published, fetched, author,
        category, tags, page);
  }

  /** A copy under another followed source's id (0: none, the source unfollowed or not moved). */
  public Article withSourceId(long newSourceId) {
    return new Article(
        id,
        url,
        guid,
        newSourceId,
        source,
        title,
        body,
        summary,
        published,
        fetched,
        author,
        category,
        tags,
        page);
  }

  /** A copy with another title and body (an earlier revision's). */
  public Article withText(String newTitle, String newBody) {
    return new Article(
        id, url, guid, sourceId, source, newTitle, newBody, summary, published, fetched, author,
        category, tags, page);
  }
}
