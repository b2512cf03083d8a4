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
 * checks that the CLI and the HTTP API share: URL syntax and length, the {@link SourceLimits}, and
 * the private-network guard ({@link SourceAddressCheck}), so an internal address is refused when it
 * is added, naming the address. The fetcher checks addresses again at every poll.
 */
public final class SourceCatalog {
  /** At most this many problems or notes are listed per import; the rest are counted. */
  static final int MAX_LISTED = 100;

  /** What adding one source did: the source, and remarks such as a title cut to the limit. */
  public record Added(Source source, List<String> notes) {}

  /**
   * What an OPML import did.
   *
   * @param refused entries not followed: bad or private addresses, or over the import limit
   * @param problems why entries were refused or the file was partly unreadable (bounded)
   * @param notes what was changed on followed entries, e.g. titles cut (bounded)
   */
  public record ImportResult(
      int added, int alreadyFollowed, int refused, List<String> problems, List<String> notes) {}

  private final Store store;
  private final SourceLimits limits;
  private final SourceAddressCheck addresses;

  public SourceCatalog(Store store, SourceLimits limits, SourceAddressCheck addresses) {
    this.store = store;
    this.limits = limits;
    this.addresses = addresses;
  }

  /**
   * Follows a feed, sitemap or page; adding an address already followed returns the stored source.
   *
   * @throws IllegalArgumentException naming the URL (or its start, when too long) when it is not an
   *     absolute http(s) address, is longer than the limit, or is on a refused address
   */
  public Added add(String url, String title) {
    URI checked = checkUrl(url);
    List<String> notes = new ArrayList<>();
    SourceAddressCheck.Verdict verdict = addresses.check(checked.getHost());
    verdict
        .refusal()
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(checked + ": " + why);
            });
    verdict.note().ifPresent(notes::add);
    String kept = boundedTitle(title, notes);
    Source source =
        store.addSource(
            new Source(0, checked.toString(), kept, Source.Kind.UNKNOWN, (Duration) null));
    return new Added(source, List.copyOf(notes));
  }

  /**
   * Follows the feeds an OPML file lists, at most {@link SourceLimits#maxNewPerImport()} new ones;
   * bad entries are refused and reported, never fatal.
   */
  public ImportResult importOpml(byte[] opml) {
    Opml.Subscriptions subscriptions = Opml.read(opml);
    Messages problems = new Messages();
    Messages notes = new Messages();
    subscriptions.problems().forEach(problems::add);
    int added = 0;
    int known = 0;
    int refused = 0;
    int overLimit = 0;
    for (OpmlFeed feed : subscriptions.feeds()) {
      try {
        String url = checkUrl(feed.xmlUrl()).toString();
        if (store.sourceByUrl(url).isPresent()) {
          known++;
        } else if (added >= limits.maxNewPerImport()) {
          overLimit++;
        } else {
          add(url, feed.title()).notes().forEach(n -> notes.add(url + ": " + n));
          added++;
        }
      } catch (IllegalArgumentException e) {
        refused++;
        problems.add(e.getMessage());
      }
    }
    if (overLimit > 0) {
      refused += overLimit;
      problems.add(
          overLimit
              + " further new sources refused: one import follows at most "
              + limits.maxNewPerImport()
              + " (sources.max-new-per-import)");
    }
    return new ImportResult(added, known, refused, problems.toList(), notes.toList());
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

  /**
   * Turns duplicate grouping on or off for a source's articles from now on (those already grouped
   * keep their group); returns the source as stored, empty when unknown.
   */
  public Optional<Source> setGrouping(long id, boolean groupDuplicates) {
    return store
        .source(id)
        .map(source -> source.withGroupDuplicates(groupDuplicates))
        .filter(store::updateSource);
  }

  private URI checkUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("a source needs a URL");
    }
    String trimmed = url.strip();
    if (trimmed.length() > limits.maxUrlLength()) {
      throw new IllegalArgumentException(
          "URL of "
              + trimmed.length()
              + " characters refused, the limit is "
              + limits.maxUrlLength()
              + " (sources.max-url-length): "
              + trimmed.substring(0, Math.min(60, limits.maxUrlLength()))
              + "…");
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute http(s) URL: " + trimmed);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid URL: " + trimmed + " (" + e.getReason() + ")");
    }
  }

  /** The stripped title, cut to the limit (never inside a surrogate pair) with a note; or null. */
  private String boundedTitle(String title, List<String> notes) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String stripped = title.strip();
    int max = limits.maxTitleLength();
    if (stripped.length() <= max) {
      return stripped;
    }
    int end = Character.isHighSurrogate(stripped.charAt(max - 1)) ? max - 1 : max;
    notes.add(
        "title cut from "
            + stripped.length()
            + " to "
            + end
            + " characters (sources.max-title-length)");
    return stripped.substring(0, end).strip();
  }

  /** A bounded list of messages, repeats kept once; the last entry counts those left out. */
  private static final class Messages {
    private final List<String> kept = new ArrayList<>();
    private int dropped;

    void add(String message) {
      if (kept.contains(message)) {
        return;
      }
      if (kept.size() < MAX_LISTED) {
        kept.add(message);
      } else {
        dropped++;
      }
    }

    List<String> toList() {
      List<String> out = new ArrayList<>(kept);
      if (dropped > 0) {
        out.add(dropped + " further messages not listed");
      }
      return List.copyOf(out);
    }
  }
}
