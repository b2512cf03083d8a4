package org.marsad.extract;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.marsad.model.Source;

/**
 * Learns a site's name from what repeats across its pages' titles, and takes it off: "عنوان الخبر -
 * الشرق الأوسط" once the source's other titles end in "الشرق الأوسط" too. This is the evidence
 * {@link SiteNameInTitle} lacks when a page names no site and has no matching {@code <h1>}.
 *
 * <p>An end segment (after the last separator) or start segment (before the first) is the site's
 * name once at least {@link #MIN_TITLES} distinct titles of the source carry it and it is the same
 * end of at least {@link #MIN_SHARE} of the source's remembered titles, the rest differing each
 * time. A title is learned before it is stripped, and before that evidence it is kept whole: a
 * headline "غزة - مراسلنا: ..." stays as it is on a source whose titles do not repeat "غزة".
 *
 * <p>Memory is bounded: the last {@link #TITLES_PER_SOURCE} distinct titles of at most {@link
 * #MAX_SOURCES} sources, the least recently seen source forgotten first. One instance is held per
 * process by whoever sees a source's titles one after another; it is thread-safe.
 */
public final class SiteNameLearner {
  /**
   * Distinct titles that must share a segment: two could share a dateline or a series name by
   * chance, a site's name is on every page.
   */
  static final int MIN_TITLES = 3;

  /**
   * Share of the source's remembered titles the segment must end: a dateline ("غزة - ...") that
   * opens half of a source's headlines is not its name, which opens or ends nearly all of them.
   */
  static final double MIN_SHARE = 0.6;

  /** Recent titles remembered per source: enough for the share, few enough to follow a rename. */
  static final int TITLES_PER_SOURCE = 32;

  /** Sources remembered at once; a forgotten source learns again from its next titles. */
  static final int MAX_SOURCES = 1024;

  /** One remembered title: its key, and the keys of its start and end segments ("" if none). */
  private record Seen(String title, String head, String tail) {}

  private final Map<String, Deque<Seen>> sources =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Seen>> eldest) {
          return size() > MAX_SOURCES;
        }
      };

  /**
   * The key titles are learned under: the stored source, or the page's host for a source not stored
   * yet (id 0), so that two sources never share evidence.
   */
  public static String keyOf(Source source, String pageUrl) {
    if (source != null && source.id() != 0) {
      return "source:" + source.id();
    }
    String url = pageUrl != null ? pageUrl : source == null ? null : source.url();
    try {
      String host = url == null ? null : URI.create(url.strip()).getHost();
      return "host:" + (host == null ? "" : host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException notAUrl) {
      return "host:";
    }
  }

  /**
   * Learns {@code title} as one of the source's titles and returns it without the segment the
   * source's titles repeat at either end, or unchanged when no segment has the evidence yet.
   *
   * @param key the source's key ({@link #keyOf}), not null
   * @param title the title, may be null (returned as is)
   */
  public synchronized String strip(String key, String title) {
    if (title == null || title.isBlank()) {
      return title;
    }
    Seen seen = segments(title);
    Deque<Seen> titles = sources.computeIfAbsent(key, k -> new ArrayDeque<>());
    if (titles.stream().noneMatch(t -> t.title().equals(seen.title()))) {
      if (titles.size() == TITLES_PER_SOURCE) {
        titles.removeFirst();
      }
      titles.addLast(seen);
    }
    String out = title;
    int[] last = SiteNameInTitle.lastSeparator(out);
    if (last != null && repeated(titles, seen.tail(), false)) {
      String rest = out.substring(0, last[0]);
      out = SiteNameInTitle.hasLetter(rest) ? rest : out;
    }
    Matcher first = SiteNameInTitle.SEPARATOR.matcher(out);
    if (first.find() && repeated(titles, seen.head(), true)) {
      String rest = out.substring(first.end());
      out = SiteNameInTitle.hasLetter(rest) ? rest : out;
    }
    return out.strip();
  }

  /** Sources remembered now (for the bound's test). */
  synchronized int sourcesRemembered() {
    return sources.size();
  }

  private static boolean repeated(Deque<Seen> titles, String segment, boolean head) {
    if (segment.isEmpty()) {
      return false;
    }
    long same = titles.stream().filter(t -> segment.equals(head ? t.head() : t.tail())).count();
    return same >= MIN_TITLES && same >= MIN_SHARE * titles.size();
  }

  private static Seen segments(String title) {
    String head = "";
    String tail = "";
    Matcher first = SiteNameInTitle.SEPARATOR.matcher(title);
    if (first.find()) {
      head = SiteNameInTitle.key(title.substring(0, first.start()));
      int[] last = SiteNameInTitle.lastSeparator(title);
      tail = SiteNameInTitle.key(title.substring(last[1]));
    }
    return new Seen(SiteNameInTitle.key(title), head, tail);
  }
}
