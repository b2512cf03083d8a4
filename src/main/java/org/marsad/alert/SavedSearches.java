package org.marsad.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.ingest.AddressGuard;
import org.marsad.model.AlertDelivery;
import org.marsad.model.SavedSearch;
import org.marsad.search.QueryCheck;
import org.marsad.store.Store;

/**
 * The saved searches: adding (with every check made at once, so that a bad query or a webhook on an
 * internal address is refused with the reason when it is saved, not found out at the first alert),
 * listing, removing, and each one's delivery log. The API and the pages share it.
 */
public final class SavedSearches {
  /** Longest name kept. */
  public static final int MAX_NAME_CHARS = 200;

  /** Longest query accepted. */
  public static final int MAX_QUERY_CHARS = 1000;

  /** Longest webhook URL accepted. */
  public static final int MAX_URL_CHARS = 2048;

  private final Store store;
  private final AddressGuard webhookGuard;
  private final String allowSwitch;
  private final Clock clock;

  /**
   * @param webhookGuard the fetcher's private-network guard, with the same settings
   * @param allowSwitch how the user allows private networks, named in a refusal
   */
  public SavedSearches(Store store, AddressGuard webhookGuard, String allowSwitch, Clock clock) {
    this.store = store;
    this.webhookGuard = webhookGuard;
    this.allowSwitch = allowSwitch;
    this.clock = clock;
  }

  /**
   * Saves a search; it alerts on articles stored from now on, not on those already stored.
   *
   * @param name what to call it; blank: the query
   * @param webhook where to post new matches; null or blank: none
   * @throws IllegalArgumentException naming what is wrong: a blank, too long or unreadable query, a
   *     too long name, a webhook that is not an absolute http(s) URL or is on a private, loopback
   *     or link-local address (unless private networks are allowed)
   */
  public SavedSearch add(String name, String query, String webhook) {
    String checkedQuery = checkQuery(query);
    String checkedName = name == null || name.isBlank() ? checkedQuery : name.strip();
    if (checkedName.length() > MAX_NAME_CHARS) {
      throw new IllegalArgumentException(
          "the name is longer than " + MAX_NAME_CHARS + " characters");
    }
    String checkedWebhook = webhook == null || webhook.isBlank() ? null : checkWebhook(webhook);
    long fromNow = store.cursorBefore(Long.MAX_VALUE, 0);
    return store.addSavedSearch(
        new SavedSearch(0, checkedName, checkedQuery, checkedWebhook, clock.instant(), fromNow));
  }

  public List<SavedSearch> list() {
    return store.savedSearches();
  }

  public Optional<SavedSearch> get(long id) {
    return store.savedSearch(id);
  }

  /** Forgets a saved search and its delivery log; false when unknown. */
  public boolean remove(long id) {
    return store.removeSavedSearch(id);
  }

  /** The delivery log of a saved search, newest first; empty when unknown. */
  public List<AlertDelivery> deliveries(long id, int limit) {
    return store.deliveries(id, limit);
  }

  private static String checkQuery(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("a saved search needs a query");
    }
    String stripped = query.strip();
    if (stripped.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException(
          "the query is longer than " + MAX_QUERY_CHARS + " characters");
    }
    List<String> problems = QueryCheck.problems(stripped);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the query cannot be read as written: " + String.join("; ", problems));
    }
    return stripped;
  }

  private String checkWebhook(String webhook) {
    String url = webhook.strip();
    if (url.length() > MAX_URL_CHARS) {
      throw new IllegalArgumentException(
          "the webhook URL is longer than " + MAX_URL_CHARS + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the webhook is not a URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("the webhook must be an absolute http(s) URL: " + url);
    }
    Optional<String> refusal = webhookGuard.check(uri.getHost());
    if (refusal.isPresent()) {
      throw new IllegalArgumentException(
          "webhook " + url + " refused: " + refusal.get() + " (" + allowSwitch + " allows it)");
    }
    return uri.toString();
  }
}
