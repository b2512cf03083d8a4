package org.marsad.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What extraction recovers from one page: the clean article and the page parts around it.
 *
 * <p>Text fields hold the source's own characters (never normalized); {@code body} is the
 * paragraphs joined by blank lines. Nullable fields are null when the page does not say. {@code
 * problems} lists, boundedly, what was odd or lost; it is empty for a clean page.
 */
public record ExtractedArticle(
    String title,
    String body,
    List<String> paragraphs,
    String source,
    OffsetDateTime published,
    String author,
    String url,
    String language,
    List<String> pageTags,
    List<RelatedArticle> related,
    List<Link> links,
    List<String> problems) {

  public ExtractedArticle {
    paragraphs = List.copyOf(paragraphs);
    pageTags = List.copyOf(pageTags);
    related = List.copyOf(related);
    links = List.copyOf(links);
    problems = List.copyOf(problems);
  }

  /** An article with nothing recovered (empty, binary or unreadable input) and why. */
  public static ExtractedArticle empty(String url, List<String> problems) {
    return new ExtractedArticle(
        null, "", List.of(), null, null, null, url, "und", List.of(), List.of(), List.of(),
        problems);
  }
}
