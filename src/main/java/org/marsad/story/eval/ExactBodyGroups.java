package org.marsad.story.eval;

import java.util.HashMap;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Duplicate groups for the story evaluation: articles whose normalized bodies are identical share a
 * group (the first one's docno). A stand-in for the dedup stage's exact step, so that the
 * evaluation streams what the pipeline will give the clusterer; bodies shorter than {@link
 * #MIN_CHARS} normalized chars (empty, boilerplate) form no group.
 */
final class ExactBodyGroups {
  static final int MIN_CHARS = 200;

  private final Map<String, String> groupByBody = new HashMap<>();

  /** The group of a document with this body, or null when the body is too short to tell. */
  String groupOf(String docno, String body) {
    String key = ArabicNormalizer.standard().normalize(body).strip();
    if (key.length() < MIN_CHARS) {
      return null;
    }
    return groupByBody.computeIfAbsent(key, k -> docno);
  }
}
