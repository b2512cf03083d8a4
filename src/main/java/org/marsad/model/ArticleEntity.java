package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity an article names, with every mention of it in the article: variants of one name (with
 * and without ال, hamza forms, short and long forms) are one entity.
 *
 * @param id the stored entity's id, shared by the articles that name it; 0 before the store
 *     assigned one
 * @param canonical the name shown for it
 * @param type what it names
 * @param variants the spellings this article uses, most frequent first
 * @param mentions where the article names it, in text order, offsets into {@link
 *     ArticleText#of(String, String)} of the article; never empty
 */
public record ArticleEntity(
    long id,
    String canonical,
    EntityType type,
    List<String> variants,
    List<EntityMention> mentions) {
  public ArticleEntity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity '" + canonical + "' has no mention");
    }
  }

  public int count() {
    return mentions.size();
  }

  public ArticleEntity withId(long newId) {
    return new ArticleEntity(newId, canonical, type, variants, mentions);
  }
}
