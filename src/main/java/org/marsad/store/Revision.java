package org.marsad.store;

import java.time.Instant;

/**
 * A version of an article that a later fetch replaced: what the title and body were before.
 *
 * @param id the revision's store id (ascending in the order revisions were made)
 * @param articleId the revised article
 * @param replacedAt when the newer version replaced this one
 * @param title the title before the change
 * @param body the body before the change
 */
public record Revision(long id, long articleId, Instant replacedAt, String title, String body) {}
