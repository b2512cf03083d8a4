package org.marsad.enrich;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds tags in one text by matching form: a tag is in the text when its words' {@link WordKeys
 * keys} occur there consecutively, each as a text word's key or its other reading ({@link
 * Words#bareKeys}: {@code سوريا} is in {@code وسوريا}, {@code لبنان} in {@code للبنان}). So the
 * article, hamza, alef maksura, teh marbuta, Persian letters, diacritics, tatweel, case and spacing
 * do not matter; punctuation between the words does not either (a tag's words are what must be
 * there). The whole text is read, once: an index from keys to positions, then each question costs
 * about the occurrences of the tag's first word.
 */
final class TagMatcher {
  /**
   * How far apart, in words beyond its own, a multi-word tag's words may be and still mention it.
   */
  static final int MENTION_SLACK = 3;

  private final Words words;
  private final Map<String, int[]> positions = new HashMap<>();

  private TagMatcher(Words words) {
    this.words = words;
    for (int k = 0; k < words.size; k++) {
      index(words.keys[k], k);
      if (words.bareKeys[k] != null) {
        index(words.bareKeys[k], k);
      }
    }
  }

  static TagMatcher of(String text) {
    return new TagMatcher(Words.of(text, Integer.MAX_VALUE, null));
  }

  private void index(String key, int at) {
    int[] list = positions.get(key);
    if (list == null) {
      list = new int[] {0, 0, 0, 0};
      positions.put(key, list);
    } else if (list[0] + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      positions.put(key, list);
    }
    list[++list[0]] = at;
  }

  /** The matching forms of a tag's words; empty when it has none. */
  static String[] keysOf(String tag) {
    Words t = Words.of(tag, Integer.MAX_VALUE, null);
    return Arrays.copyOf(t.keys, t.size);
  }

  /** Whether the text holds {@code tag}'s words consecutively. */
  boolean contains(String tag) {
    String[] keys = keysOf(tag);
    if (keys.length == 0) {
      return false;
    }
    int[] starts = positions.get(keys[0]);
    if (starts == null) {
      return false;
    }
    for (int s = 1; s <= starts[0]; s++) {
      int p = starts[s];
      int j = 1;
      while (j < keys.length && p + j < words.size && matches(p + j, keys[j])) {
        j++;
      }
      if (j == keys.length) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text mentions {@code tag}: it contains it, or (for a tag of several words) its
   * informative words occur in order within their number plus {@value #MENTION_SLACK} words ({@code
   * الحرب في سوريا} in {@code الحرب الدائرة في سوريا}).
   */
  boolean mentions(String tag) {
    if (contains(tag)) {
      return true;
    }
    Words t = Words.of(tag, Integer.MAX_VALUE, null);
    String[] keys = new String[t.size];
    int n = 0;
    for (int k = 0; k < t.size; k++) {
      if (t.informative[k]) {
        keys[n++] = t.keys[k];
      }
    }
    if (n < 2) {
      return false;
    }
    int[] starts = positions.get(keys[0]);
    if (starts == null) {
      return false;
    }
    int window = n + MENTION_SLACK;
    for (int s = 1; s <= starts[0]; s++) {
      int p = starts[s];
      int j = 1;
      for (int q = p + 1; q < words.size && q < p + window && j < n; q++) {
        if (matches(q, keys[j])) {
          j++;
        }
      }
      if (j == n) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(int at, String key) {
    return key.equals(words.keys[at]) || key.equals(words.bareKeys[at]);
  }
}
