package org.marsad.story;

import java.time.Instant;

/**
 * What story clustering and similarity read of an article. Nulls are accepted for everything but
 * the id and read as absent: an absent title, body or source is empty, an absent publication time
 * is "now" in the stream (the latest time seen).
 *
 * @param id the article's id (the store's)
 * @param source the publishing source, or null
 * @param title the headline, or null
 * @param body the body text, or null
 * @param published publication time, or null
 * @param duplicateGroup the article's duplicate group (from the dedup stage), or null when none
 */
public record StoryDoc(
    long id, String source, String title, String body, Instant published, String duplicateGroup) {

  public StoryDoc {
    source = source == null ? "" : source;
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }

  /** A 64-bit fingerprint of what clustering reads, to tell a replay from an edited article. */
  long contentHash() {
    long h = 0xcbf29ce484222325L;
    for (String part : new String[] {source, title, body, String.valueOf(published), group()}) {
      for (int i = 0; i < part.length(); i++) {
        h = (h ^ part.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ 0xFFFF) * 0x100000001b3L;
    }
    return h;
  }

  private String group() {
    return duplicateGroup == null ? "" : duplicateGroup;
  }
}
