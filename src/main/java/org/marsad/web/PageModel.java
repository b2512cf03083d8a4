package org.marsad.web;

import java.util.List;

/**
 * What each page template shows, computed before rendering so that templates only lay text out.
 * Every string here is plain text that the template escapes, except the fields named {@code
 * ...Html} or {@code svg}, which their builders made safe ({@link ArticleBody}, {@link
 * BarChartSvg}, the search highlighter).
 */
public final class PageModel {
  private PageModel() {}

  /** A link with its label; {@code active} marks the filter in force. */
  public record Link(String label, String href, String count, boolean active) {}

  /**
   * An article (or story) in a list: its title, source, date, how long ago, and why it is listed
   * (empty when the list needs no reason).
   */
  public record Item(
      long id,
      String title,
      String source,
      String iso,
      String date,
      String relative,
      String reason) {}

  /** A named entity linking to its page. */
  public record EntityLink(long id, String name, String type) {}

  /** A story on the home page. */
  public record StoryItem(
      long id,
      String headline,
      String sourceCount,
      String sources,
      boolean breaking,
      String iso,
      String relative) {}

  public record Home(
      List<StoryItem> stories,
      List<Link> categories,
      List<Link> sources,
      String filterText,
      String prevHref,
      String nextHref) {}

  /** A source's version of a story with the copies of it folded under it. */
  public record Version(Item article, List<Item> copies) {}

  public record Story(
      long id,
      String headline,
      String articleCount,
      String sourceCount,
      String firstSeen,
      String lastSeen,
      String svg,
      List<Version> versions) {}

  public record Article(
      long id,
      String title,
      String source,
      String author,
      String url,
      String urlDisplay,
      String iso,
      String date,
      String hijri,
      String relative,
      String category,
      List<String> paragraphsHtml,
      List<EntityLink> entities,
      List<Link> keywords,
      List<Item> readAlso,
      List<Item> similar,
      List<Item> alsoPublished,
      List<String> pageTags,
      Item story) {

    /** The category as a reader sees it ({@link CategoryNames}); {@link #category} for links. */
    public String categoryName() {
      return CategoryNames.display(category);
    }
  }

  public record Entity(
      long id,
      String name,
      String type,
      String variants,
      String articleCount,
      String mentionCount,
      String svg,
      List<Item> stories,
      List<EntityLink> coEntities,
      List<Item> articles) {}

  /** One search hit; {@code titleHtml} and {@code snippetHtml} escape text and add only mark. */
  public record Hit(
      long id,
      String titleHtml,
      String snippetHtml,
      String source,
      String urlDisplay,
      String iso,
      String date,
      String relative,
      String alsoPublishedBy) {}

  /** A facet: its name (source, category, entity, day), heading and values as filter links. */
  public record Facet(String name, String heading, List<Link> values) {}

  /** A filter in force, with the link that removes it. */
  public record Filter(String name, String value, String removeHref) {}

  public record Search(
      String q,
      String sort,
      String total,
      List<Hit> hits,
      List<Facet> facets,
      List<Filter> filters,
      List<String> problems,
      String relevanceHref,
      String dateHref,
      String prevHref,
      String nextHref) {}

  public record SourceRow(
      long id,
      String title,
      String url,
      String urlDisplay,
      String kind,
      boolean grouped,
      String lastSuccess,
      String lastError,
      String lastErrorMessage,
      String failures,
      String nextPoll) {}

  /** The sources page, with what the last form did ({@code message}, {@code notes}). */
  public record Sources(List<SourceRow> rows, String message, List<String> notes) {}

  /** An error page: the status, what went wrong in Arabic, and the detail (may be English). */
  public record Error(int status, String heading, String explanation, String detail) {}

  /** The login page, with why the last attempt failed (empty when none). */
  public record Login(String message) {}
}
