package org.marsad.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A search kept under a name, with an Atom feed of its latest matches and, optionally, a webhook
 * that hears of each new matching article once ({@code org.marsad.alert}). It lives here rather
 * than in {@code alert} because the store keeps it and must not depend on the package above it.
 *
 * @param id the store's id, or 0 before it is stored
 * @param name what the user called it
 * @param query the query text, in the search package's syntax
 * @param webhookUrl where new matches are posted as JSON, or null for none
 * @param created when it was saved
 * @param checkedCursor the article change cursor up to which new articles have been matched
 */
public record SavedSearch(
    long id, String name, String query, String webhookUrl, Instant created, long checkedCursor) {

  public SavedSearch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(created, "created");
  }

  public boolean hasWebhook() {
    return webhookUrl != null;
  }
}
