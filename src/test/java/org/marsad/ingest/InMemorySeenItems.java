package org.marsad.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the most recent item guids per source, with their titles, in memory (lost on restart,
 * when every item counts as new once). Thread-safe.
 */
public final class InMemorySeenItems implements SeenItems {
  /** Feeds carry tens to a thousand items; remembering a few thousand covers rotation. */
  public static final int DEFAULT_KEYS_PER_SOURCE = 5000;

  private final int keysPerSource;
  private final ConcurrentHashMap<Long, Map<String, String>> bySource = new ConcurrentHashMap<>();

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
  public boolean markSeen(long sourceId, FeedItem item) {
    Map<String, String> titles = bySource.computeIfAbsent(sourceId, id -> newLru());
    String title = Objects.toString(item.title(), "");
    synchronized (titles) {
      return !title.equals(titles.put(item.guid(), title));
    }
  }

  private Map<String, String> newLru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > keysPerSource;
      }
    };
  }
}
