package org.marsad.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the most recent item keys per source in memory (lost on restart, when every item counts
 * as new once). Thread-safe.
 */
public final class InMemorySeenItems implements SeenItems {
  /** Feeds carry tens to a thousand items; remembering a few thousand covers rotation. */
  public static final int DEFAULT_KEYS_PER_SOURCE = 5000;

  private final int keysPerSource;
  private final ConcurrentHashMap<Long, Map<String, Boolean>> bySource = new ConcurrentHashMap<>();

  public InMemorySeenItems() {
    this(DEFAULT_KEYS_PER_SOURCE);
  }

  /**
   * @throws IllegalArgumentException when {@code keysPerSource} is below 1
   */
  public InMemorySeenItems(int keysPerSource) {
    if (keysPerSource < 1) {
      throw new IllegalArgumentException("keysPerSource must be at least 1: " + keysPerSource);
    }
    this.keysPerSource = keysPerSource;
  }

  @Override
  public boolean markSeen(long sourceId, String itemKey) {
    Map<String, Boolean> keys = bySource.computeIfAbsent(sourceId, id -> newLru());
    synchronized (keys) {
      return keys.put(itemKey, Boolean.TRUE) == null;
    }
  }

  private Map<String, Boolean> newLru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > keysPerSource;
      }
    };
  }
}
