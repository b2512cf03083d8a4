package org.marsad.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the store knows to be recorded about entities, so that {@code putAnalyses} does not ask
 * SQLite again for every article: which entity has a whole-name key, which spellings an entity has.
 * Only what is true for good is kept (entities are never deleted, their ids never reused, their
 * spellings never removed), so another process writing the same file cannot make an entry wrong; a
 * miss simply asks the database. What a transaction learns is published only after it commits
 * ({@link Pending}), so a rollback cannot leave an id that was never stored. Bounded: the least
 * recently used entries go first. Thread-safe.
 */
final class EntityCache {
  /** Entries kept at most, per kind: a few MB. */
  static final int MAX_ENTRIES = 100_000;

  private final Map<String, Long> ids = lru();
  private final Map<String, Boolean> spellings = lru();

  /** The entity with this whole-name key ("TYPE key"), or null when not known here. */
  synchronized Long id(String typeAndKey) {
    return ids.get(typeAndKey);
  }

  /** Whether this spelling ("id spelling") is known recorded. */
  synchronized boolean hasSpelling(String idAndSpelling) {
    return spellings.containsKey(idAndSpelling);
  }

  /** Adds what a committed transaction recorded. */
  synchronized void publish(Pending pending) {
    ids.putAll(pending.ids);
    pending.spellings.forEach(s -> spellings.put(s, Boolean.TRUE));
  }

  /** What one transaction learnt, visible to itself at once and to others once committed. */
  static final class Pending {
    private final EntityCache cache;
    private final Map<String, Long> ids = new HashMap<>();
    private final Set<String> spellings = new HashSet<>();

    Pending(EntityCache cache) {
      this.cache = cache;
    }

    Long id(String typeAndKey) {
      Long id = ids.get(typeAndKey);
      return id != null ? id : cache.id(typeAndKey);
    }

    void putId(String typeAndKey, long id) {
      ids.put(typeAndKey, id);
    }

    /** Records a spelling as known; false when it already was. */
    boolean addSpelling(String idAndSpelling) {
      return !cache.hasSpelling(idAndSpelling) && spellings.add(idAndSpelling);
    }
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > MAX_ENTRIES;
      }
    };
  }
}
