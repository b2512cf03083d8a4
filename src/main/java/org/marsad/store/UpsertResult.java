package org.marsad.store;

/**
 * What storing one article did.
 *
 * @param id the article's store id (new or existing)
 * @param outcome whether it was new, changed an existing article, or changed nothing
 */
public record UpsertResult(long id, Outcome outcome) {

  /** What an upsert did to the store. */
  public enum Outcome {
    /** No stored article had this guid or URL: a new article. */
    NEW,
    /** The article existed and some field changed; a changed title or body left a revision. */
    UPDATED,
    /** The article existed with the same fields: nothing written. */
    UNCHANGED
  }
}
