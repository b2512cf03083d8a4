package org.marsad.model;

import java.util.Objects;

/**
 * One place where a text names an entity.
 *
 * @param text the name as written there (original spelling, diacritics kept)
 * @param type what it names
 * @param start start offset in the text the recognizer was given (the original, not normalized)
 * @param end exclusive end offset; {@code text} equals that range of the original
 */
public record EntityMention(String text, EntityType type, int start, int end) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention range [" + start + ", " + end + ")");
    }
  }
}
