package org.marsad.model;

import java.util.List;

/**
 * What enrichment found in an article's own text. Every tag is a name or phrase the text contains
 * (or a variant of one); the page's own tags stay in {@link PageParts#pageTags()}.
 *
 * @param entities the people, organisations, places (and other names) it names
 * @param keywords words and phrases that characterise it, best first
 * @param tags entities' canonical names merged with keywords, best first, no two for one name
 * @param genericPageTags the page's own tags that its text never mentions (site-wide tags)
 * @param category the predicted category, or null when no classifier ran or the text is empty
 */
public record Enrichment(
    List<ArticleEntity> entities,
    List<String> keywords,
    List<String> tags,
    List<String> genericPageTags,
    Category category) {

  public static final Enrichment NONE =
      new Enrichment(List.of(), List.of(), List.of(), List.of(), null);

  public Enrichment {
    entities = entities == null ? List.of() : List.copyOf(entities);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    tags = tags == null ? List.of() : List.copyOf(tags);
    genericPageTags = genericPageTags == null ? List.of() : List.copyOf(genericPageTags);
  }
}
