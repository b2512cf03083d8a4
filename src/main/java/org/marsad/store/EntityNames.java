package org.marsad.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.EntityCanonicalizer;
import org.marsad.enrich.EntityKey;
import org.marsad.enrich.EntitySpelling;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityType;

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

  /**
   * What a store looks up and writes to resolve an entity ({@link #resolve}), each throwing the
   * store's own failure.
   */
  public interface Lookups<E extends Exception> {
    /** {@code id} when a stored entity of that type has it, else 0. */
    long existing(long id, String type) throws E;

    /** The entity whose full spellings include this key, else 0. */
    long byWholeName(String type, String key) throws E;

    /** The person whose name this key is a part of, else 0. */
    long byNamePart(String type, String key) throws E;

    /** A new entity; its id. */
    long insert(String type, String canonical, String key) throws E;

    /** Records spellings (spelling to key) of entity {@code id}, full or short ones. */
    void addSpellings(long id, String type, Map<String, String> spellings, boolean full) throws E;
  }

  /**
   * The stored entity an article's entity is, its spellings recorded: the id the recognizer gave
   * when it exists, else the entity one of its full spellings names, else (a person) the one whose
   * name it is part of, else a new one. A person found by a part of the name records its spellings
   * as short ones, so that they never find it by whole name.
   */
  public static <E extends Exception> long resolve(ArticleEntity entity, Lookups<E> store)
      throws E {
    String type = entity.type().name();
    EntityNames names = of(entity);
    long id = entity.id() > 0 ? store.existing(entity.id(), type) : 0;
    for (String k : names.fullKeys()) {
      if (id == 0) {
        id = store.byWholeName(type, k);
      }
    }
    boolean byPart = false;
    if (id == 0 && entity.type() == EntityType.PERSON) {
      id = store.byNamePart(type, names.key());
      byPart = id != 0;
    }
    if (id == 0) {
      id = store.insert(type, names.canonical(), names.key());
    }
    store.addSpellings(id, type, names.fullSpellings(), !byPart);
    store.addSpellings(id, type, names.shortSpellings(), false);
    return id;
  }
}
