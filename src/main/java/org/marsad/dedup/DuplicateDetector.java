package org.marsad.dedup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.marsad.dedup.AgencyCredit.Agency;
import org.marsad.dedup.DuplicateMatch.Method;
import org.marsad.text.ArabicNormalizer;

/**
 * Groups copies of one article, incrementally: each {@link #add} returns the group the article
 * joined, found from LSH buckets (MinHash bands of body shingles, and of headline trigrams when a
 * body is too short), so the cost of an article does not grow with the number kept.
 *
 * <p>Rules, each tested:
 *
 * <ul>
 *   <li>A candidate is verified by {@link PairMatcher} (exact body, shingle Jaccard or containment,
 *       headlines only when a body is too short).
 *   <li>No chains: an article joins a group only when it matches the group's canonical member or
 *       more than half of its members, so A~B and B~C never glue A to an unrelated C.
 *   <li>Canonical member: the credited agency's own copy when a member's text credits an agency
 *       ({@link AgencyCredit}) and the agency's copy is in the group, else the earliest published
 *       (ties: the first added). The group id is the id of its first-added member; it changes only
 *       when that member is removed or leaves the window (then the next member's id: what a replay
 *       of the kept articles would give).
 *   <li>A source that republishes its own article daily: identical copies join one group (the
 *       canonical is the first); the window bounds the group, and nothing chains to it.
 *   <li>Articles of {@link DedupConfig#ungrouped()} sources are groups of one and match nothing.
 *   <li>Window: two articles published further apart than {@link DedupConfig#window()} are not
 *       copies; articles added longer than the window ago (wall clock), and the oldest added beyond
 *       {@link DedupConfig#maxDocuments()}, are forgotten (removed from their group). The order
 *       articles arrive in does not matter: an archive imported source by source groups as when it
 *       arrived live.
 * </ul>
 *
 * <p>Deterministic: the same articles in the same order give the same groups. Adding an id again
 * with the same fields returns its current match and changes nothing (replay after a restart); with
 * other fields it replaces the article. Not thread-safe: one pipeline stage calls it.
 */
public final class DuplicateDetector {
  private final DedupConfig config;
  private final PairMatcher matcher;
  private final Map<String, Entry> byId = new HashMap<>();
  private final List<Entry> slots = new ArrayList<>();
  private final ArrayDequeInts freeSlots = new ArrayDequeInts();
  private final BucketIndex bodyBuckets = new BucketIndex();
  private final BucketIndex titleBuckets = new BucketIndex();
  private final BucketIndex shortBodyTitleBuckets = new BucketIndex();
  private final Map<String, Group> groups = new HashMap<>();

  /** Kept articles in the order they were added: the first to be forgotten first. */
  private final TreeSet<Entry> byAge = new TreeSet<>(Comparator.comparingLong((Entry e) -> e.seq));

  private final Clock wallClock;
  private Instant clock = Instant.EPOCH;
  private long nextSeq;

  public DuplicateDetector(DedupConfig config) {
    this(config, Clock.systemUTC());
  }

  /**
   * @param wallClock a publication date later than a day after its time is treated as missing, so a
   *     wrong date in the future cannot push every kept article out of the window
   */
  public DuplicateDetector(DedupConfig config, Clock wallClock) {
    this.config = Objects.requireNonNull(config, "config");
    this.matcher = new PairMatcher(config);
    this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
  }

  /** Files {@code doc} and returns its group; see the class comment for the rules. */
  public DuplicateMatch add(DedupDoc doc) {
    Objects.requireNonNull(doc, "doc");
    Entry existing = byId.get(doc.id());
    if (existing != null) {
      if (existing.doc.equals(doc)) {
        return existing.match;
      }
      remove(doc.id());
    }
    Instant published = plausible(doc.published());
    if (published != null && published.isAfter(clock)) {
      clock = published;
    }
    Entry entry =
        new Entry(doc, published == null ? clock : published, wallClock.instant(), nextSeq++);
    byId.put(doc.id(), entry);
    if (config.isUngrouped().test(doc.source())) {
      entry.group = newGroup(entry);
      entry.match = new DuplicateMatch(doc.id(), doc.id(), 1, Method.EXCLUDED);
      byAge.add(entry);
      evict();
      return entry.match;
    }
    entry.measure(config);
    Verdict best = bestGroup(entry);
    if (best == null) {
      entry.group = newGroup(entry);
      entry.match = new DuplicateMatch(entry.group.id, doc.id(), 1, Method.NEW);
    } else {
      entry.group = best.group;
      best.group.members.add(entry);
      best.group.canonical = canonical(best.group);
      entry.match =
          new DuplicateMatch(
              best.group.id, best.group.canonical.doc.id(), best.similarity, best.method);
    }
    index(entry);
    byAge.add(entry);
    evict();
    return entry.match;
  }

  /** Forgets the article {@code id} (no-op if unknown); its group keeps its id. */
  public void remove(String id) {
    Entry e = byId.remove(id);
    if (e == null) {
      return;
    }
    byAge.remove(e);
    if (e.slot >= 0) {
      unindex(e);
    }
    Group g = e.group;
    g.members.remove(e);
    groups.remove(g.id);
    if (!g.members.isEmpty()) {
      g.id = freeGroupId(g.members.get(0).doc.id());
      groups.put(g.id, g);
      g.canonical = canonical(g);
    }
  }

  private Instant plausible(Instant published) {
    Instant latest = wallClock.instant().plus(Duration.ofDays(1));
    return published == null || published.isAfter(latest) ? null : published;
  }

  private Group newGroup(Entry first) {
    Group g = new Group(freeGroupId(first.doc.id()));
    g.members.add(first);
    g.canonical = first;
    groups.put(g.id, g);
    return g;
  }

  /**
   * {@code id}, or when a group of that name still exists (its first article was replaced by one
   * with the same id that no longer matches it) {@code id#2}, {@code id#3}...
   */
  private String freeGroupId(String id) {
    String candidate = id;
    for (int n = 2; groups.containsKey(candidate); n++) {
      candidate = id + "#" + n;
    }
    return candidate;
  }

  /** The ids of group {@code groupId}'s members in the order they were added; empty if unknown. */
  public List<String> members(String groupId) {
    Group g = groups.get(groupId);
    return g == null ? List.of() : g.members.stream().map(m -> m.doc.id()).toList();
  }

  /** The current group of article {@code id}: its canonical may have changed since it was added. */
  public Optional<DuplicateMatch> groupOf(String id) {
    Entry e = byId.get(id);
    if (e == null) {
      return Optional.empty();
    }
    Group g = e.group;
    return Optional.of(
        new DuplicateMatch(g.id, g.canonical.doc.id(), e.match.similarity(), e.match.method()));
  }

  /**
   * Whether {@code body} has enough distinct word shingles to be compared at all ({@link
   * DedupConfig#minShingles()}); when not, only headlines can match the article.
   */
  public static boolean informativeBody(String body, DedupConfig config) {
    return BodyFingerprint.of(body, config).informative();
  }

  /** How many articles are kept. */
  public int size() {
    return byId.size();
  }

  /** The verified matches of {@code entry}, then the group it may join (no chaining). */
  private Verdict bestGroup(Entry entry) {
    int[] candidates = candidates(entry);
    Map<Group, List<Verdict>> byGroup = new HashMap<>();
    List<Group> order = new ArrayList<>();
    for (int slot : candidates) {
      Entry other = slots.get(slot);
      if (!withinWindow(entry, other)) {
        continue;
      }
      PairMatcher.Result r = matcher.match(entry, other);
      if (r != null) {
        byGroup
            .computeIfAbsent(
                other.group,
                g -> {
                  order.add(g);
                  return new ArrayList<>();
                })
            .add(new Verdict(other.group, other, r.similarity(), r.method()));
      }
    }
    Verdict best = null;
    for (Group g : order) {
      List<Verdict> matched = byGroup.get(g);
      Verdict withCanonical =
          matched.stream().filter(v -> v.member == g.canonical).findFirst().orElse(null);
      Verdict v;
      if (withCanonical != null) {
        v = withCanonical;
      } else if (2 * matched.size() > g.members.size()) {
        v = matched.stream().max(Comparator.comparingDouble(Verdict::similarity)).orElseThrow();
      } else {
        continue;
      }
      if (best == null || v.similarity > best.similarity) {
        best = v;
      }
    }
    return best;
  }

  /** Slots of kept articles sharing a bucket with {@code entry}, each once, in slot order. */
  private int[] candidates(Entry entry) {
    IntList found = new IntList();
    if (entry.fingerprint.informative()) {
      long[] sketch = entry.fingerprint.sketch();
      for (int b = 0; b < bands(sketch, DedupConfig.BAND_ROWS); b++) {
        bodyBuckets.forEach(MinHash.bandKey(sketch, b, DedupConfig.BAND_ROWS), found::add);
      }
    }
    long[] titleSketch = titleSketch(entry);
    if (titleSketch != null) {
      BucketIndex titles = entry.fingerprint.informative() ? shortBodyTitleBuckets : titleBuckets;
      for (int b = 0; b < bands(titleSketch, DedupConfig.TITLE_BAND_ROWS); b++) {
        titles.forEach(MinHash.bandKey(titleSketch, b, DedupConfig.TITLE_BAND_ROWS), found::add);
      }
    }
    return found.distinctSorted();
  }

  private static int bands(long[] sketch, int rows) {
    return sketch.length / rows;
  }

  private long[] titleSketch(Entry e) {
    if (e.titleSketch == null) {
      e.titleSketch = DuplicateKeys.titleSketch(e.title);
    }
    return e.titleSketch;
  }

  private void index(Entry e) {
    e.slot = freeSlots.isEmpty() ? slots.size() : freeSlots.pop();
    if (e.slot == slots.size()) {
      slots.add(e);
    } else {
      slots.set(e.slot, e);
    }
    forEachKey(e, (index, key) -> index.add(key, e.slot));
  }

  private void unindex(Entry e) {
    forEachKey(e, (index, key) -> index.remove(key, e.slot));
    slots.set(e.slot, null);
    freeSlots.push(e.slot);
    e.slot = -1;
  }

  private interface KeyAction {
    void apply(BucketIndex index, long key);
  }

  private void forEachKey(Entry e, KeyAction action) {
    if (e.fingerprint.informative()) {
      long[] sketch = e.fingerprint.sketch();
      for (int b = 0; b < bands(sketch, DedupConfig.BAND_ROWS); b++) {
        action.apply(bodyBuckets, MinHash.bandKey(sketch, b, DedupConfig.BAND_ROWS));
      }
    }
    long[] titleSketch = titleSketch(e);
    if (titleSketch != null) {
      for (int b = 0; b < bands(titleSketch, DedupConfig.TITLE_BAND_ROWS); b++) {
        long key = MinHash.bandKey(titleSketch, b, DedupConfig.TITLE_BAND_ROWS);
        action.apply(titleBuckets, key);
        if (!e.fingerprint.informative()) {
          action.apply(shortBodyTitleBuckets, key);
        }
      }
    }
  }

  /**
   * The agency's own copy when a member credits an agency that another member is, else earliest.
   */
  private static Entry canonical(Group g) {
    return g.members.get(
        CanonicalCopy.choose(
            g.members.stream()
                .map(m -> new CanonicalCopy.Member(m.doc.source(), m.agency, m.time))
                .toList()));
  }

  /**
   * Whether two articles were published close enough to be copies. Compared pairwise, not against
   * the newest date seen, so that articles arriving out of publication order (an archive imported
   * source by source) still meet their copies.
   */
  private boolean withinWindow(Entry a, Entry b) {
    return Duration.between(a.time, b.time).abs().compareTo(config.window()) <= 0;
  }

  /**
   * Forgets the articles added longer than the window ago (by the wall clock: live, what arrives is
   * recent; an import adds all at once) and the oldest added beyond {@code maxDocuments}.
   */
  private void evict() {
    Instant oldest = wallClock.instant().minus(config.window());
    while (!byAge.isEmpty()
        && (byAge.first().arrived.isBefore(oldest) || byId.size() > config.maxDocuments())) {
      remove(byAge.first().doc.id());
    }
  }

  /** One kept article and what detection computed from it. */
  static final class Entry {
    final DedupDoc doc;
    final Instant time;
    final Instant arrived;
    final long seq;
    int slot = -1;
    BodyFingerprint fingerprint;
    ShortText title;
    long[] titleSketch;
    Agency agency;
    Group group;
    DuplicateMatch match;

    Entry(DedupDoc doc, Instant time, Instant arrived, long seq) {
      this.doc = doc;
      this.time = time;
      this.arrived = arrived;
      this.seq = seq;
    }

    /** Computes what matching compares: body fingerprint, headline, credited agency. */
    Entry measure(DedupConfig config) {
      String body = doc.body() == null ? "" : ArabicNormalizer.standard().normalize(doc.body());
      fingerprint = BodyFingerprint.ofNormalized(body, config);
      title = ShortText.of(doc.title());
      agency = AgencyCredit.inNormalized(body).orElse(null);
      return this;
    }
  }

  private static final class Group {
    String id;
    final List<Entry> members = new ArrayList<>();
    Entry canonical;

    Group(String id) {
      this.id = id;
    }
  }

  private record Verdict(Group group, Entry member, double similarity, Method method) {}

  /** A growable int array. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }

    int[] distinctSorted() {
      int[] a = Arrays.copyOf(values, size);
      Arrays.sort(a);
      int n = 0;
      for (int i = 0; i < a.length; i++) {
        if (n == 0 || a[i] != a[n - 1]) {
          a[n++] = a[i];
        }
      }
      return Arrays.copyOf(a, n);
    }
  }

  /** A stack of free slot numbers. */
  private static final class ArrayDequeInts {
    private final java.util.ArrayDeque<Integer> values = new java.util.ArrayDeque<>();

    boolean isEmpty() {
      return values.isEmpty();
    }

    int pop() {
      return values.pop();
    }

    void push(int v) {
      values.push(v);
    }
  }
}
