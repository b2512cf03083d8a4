package org.marsad.web;

import java.net.URI;
import org.marsad.model.SavedSearch;

/**
 * What a reader sees of a saved search, on the {@code /saved} page and in {@code /api/saved}: its
 * webhook as the host alone (a webhook's path often holds a secret, and reading needs no token),
 * with the paths of its Atom feed and delivery log.
 */
public record SavedSearchView(
    long id,
    String name,
    String query,
    String webhookHost,
    String created,
    String feedPath,
    String deliveriesPath) {

  static SavedSearchView of(SavedSearch search) {
    return new SavedSearchView(
        search.id(),
        search.name(),
        search.query(),
        search.hasWebhook() ? URI.create(search.webhookUrl()).getHost() : null,
        ArticleJson.iso(search.created()),
        AtomFeeds.searchFeedPath(search.query()),
        "/api/saved/" + search.id() + "/deliveries");
  }
}
