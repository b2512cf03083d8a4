package org.marsad.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.ingest.Opml;
import org.marsad.ingest.OpmlFeed;
import org.marsad.model.Source;
import org.marsad.store.Store;

/**
 * The followed sources: adding (one URL or an OPML list), listing, exporting and removing, with the
 * URL checks that the CLI and the HTTP API share. Addresses are checked for syntax here; whether
 * they may be fetched (private networks, robots.txt) is the fetcher's decision at every poll.
 */
public final class SourceCatalog {
  /** What an OPML import did. */
  public record ImportResult(int added, int alreadyFollowed, List<String> problems) {}

  private final Store store;

  public SourceCatalog(Store store) {
    this.store = store;
  }

  /**
   * Follows a feed, sitemap or page; adding an address already followed returns the stored source.
   *
   * @throws IllegalArgumentException naming the URL when it is not an absolute http(s) address
   */
  public Source add(String url, String title) {
    String checked = checkUrl(url);
    return store.addSource(
        new Source(0, checked, blankToNull(title), Source.Kind.UNKNOWN, (Duration) null));
  }

  /** Follows every feed an OPML file lists; bad entries are reported, never fatal. */
  public ImportResult importOpml(byte[] opml) {
    Opml.Subscriptions subscriptions = Opml.read(opml);
    List<String> problems = new ArrayList<>(subscriptions.problems());
    int added = 0;
    int known = 0;
    for (OpmlFeed feed : subscriptions.feeds()) {
      try {
        String url = checkUrl(feed.xmlUrl());
        if (store.sourceByUrl(url).isPresent()) {
          known++;
        } else {
          add(url, feed.title());
          added++;
        }
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return new ImportResult(added, known, problems);
  }

  /** Every followed source as an OPML 2.0 document. */
  public String exportOpml() {
    List<OpmlFeed> feeds = new ArrayList<>();
    for (Source source : store.sources()) {
      feeds.add(new OpmlFeed(source.title(), source.url(), null, List.of()));
    }
    return Opml.write("Marsad sources", feeds);
  }

  public List<Source> list() {
    return store.sources();
  }

  public Optional<Source> get(long id) {
    return store.source(id);
  }

  public boolean remove(long id) {
    return store.removeSource(id);
  }

  private static String checkUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a source needs a URL");
    }
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute http(s) URL: " + trimmed);
      }
      return trimmed;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid URL: " + trimmed + " (" + e.getReason() + ")");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
