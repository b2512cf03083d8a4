package org.marsad.model;

import java.util.List;

/**
 * What an article's page showed around it, as extraction found it: kept with the stored article so
 * that related articles can leave out what the page already embeds or links, and so that the
 * publisher's own tags stay apart from Marsad's.
 *
 * @param language the page's language tag (BCP 47, {@code und} when unknown), or null when the
 *     article did not come from a page
 * @param pageTags the tag line as printed
 * @param related further full articles embedded after the main one
 * @param links links to other articles, with why the page shows them
 */
public record PageParts(
    String language, List<String> pageTags, List<RelatedArticle> related, List<Link> links) {

  /** The parts of an article that came without a page (a full-text feed item, an import line). */
  public static final PageParts NONE = new PageParts(null, List.of(), List.of(), List.of());

  public PageParts {
    pageTags = pageTags == null ? List.of() : List.copyOf(pageTags);
    related = related == null ? List.of() : List.copyOf(related);
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** The page parts of an extraction. */
  public static PageParts of(ExtractedArticle extracted) {
    return new PageParts(
        extracted.language(), extracted.pageTags(), extracted.related(), extracted.links());
  }

  public boolean isEmpty() {
    return language == null && pageTags.isEmpty() && related.isEmpty() && links.isEmpty();
  }
}
