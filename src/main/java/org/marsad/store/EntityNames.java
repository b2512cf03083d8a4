package org.marsad.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.EntityCanonicalizer;
import org.marsad.enrich.EntityKey;
import org.marsad.enrich.EntitySpelling;
import org.marsad.model.ArticleEntity;

/**
 * An article's entity as every store resolves it to a stored entity: its canonical name and match
 * key, and its spellings split into full names (as many words as the canonical name: they may find
 * the entity by whole name) and short ones (a part of the name: recorded, never used to find it).
 * One place, so that the embedded and the SolrCloud stores resolve names alike.
 *
 * @param canonical the canonical name, capped
 * @param key the canonical name's match key
 * @param fullSpellings spelling to key, the canonical name first
 * @param shortSpellings spelling to key, of the spellings with fewer or more words
 */
public record EntityNames(
    String canonical,
    String key,
    Map<String, String> fullSpellings,
    Map<String, String> shortSpellings) {

  /** The match key stores compare spellings by, capped like the spellings. */
  public static String key(String spelling) {
    return EntitySpelling.capped(EntityCanonicalizer.matchKey(spelling));
  }

  public static EntityNames of(ArticleEntity entity) {
    String canonical = EntitySpelling.capped(entity.canonical());
    String key = key(canonical);
    int words = EntityKey.words(key).size();
    Map<String, String> full = new LinkedHashMap<>();
    full.put(canonical, key);
    Map<String, String> shorter = new LinkedHashMap<>();
    for (String variant : entity.variants()) {
      String spelling = EntitySpelling.capped(variant);
      String k = key(spelling);
      (EntityKey.words(k).size() == words ? full : shorter).putIfAbsent(spelling, k);
    }
    return new EntityNames(canonical, key, full, shorter);
  }

  /** The distinct keys of the full spellings, in order: those the entity is looked up by. */
  public Set<String> fullKeys() {
    return new LinkedHashSet<>(fullSpellings.values());
  }
}
