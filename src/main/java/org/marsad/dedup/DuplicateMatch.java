package org.marsad.dedup;

/**
 * Where an added article ended: its duplicate group and that group's canonical member.
 *
 * @param groupId the group's id: the id of its first-added member still kept
 * @param canonicalId the member shown as the original (the agency's own copy when the text credits
 *     one, else the earliest published); the others are "also published by"
 * @param similarity how close the article is to the member it matched, 0 to 1 (1 for a new group)
 * @param method why it joined
 */
public record DuplicateMatch(String groupId, String canonicalId, double similarity, Method method) {

  /** Why an article is in its group. */
  public enum Method {
    /** No copy found: the article starts its own group. */
    NEW,
    /** Identical normalized body. */
    EXACT,
    /** Word-shingle Jaccard or containment over the threshold. */
    NEAR,
    /** Bodies too short to compare; the headlines decided. */
    TITLE,
    /** Its source has grouping turned off: always a group of one. */
    EXCLUDED
  }

  /** True when the article joined copies added before it. */
  public boolean isDuplicate() {
    return method == Method.EXACT || method == Method.NEAR || method == Method.TITLE;
  }
}
