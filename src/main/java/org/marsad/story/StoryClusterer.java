package org.marsad.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.marsad.story.StoryAssignment.Kind;
import org.marsad.story.StoryState.Member;

/**
 * Online, incremental clustering of articles into stories. Each article, in arrival order:
 *
 * <ol>
 *   <li>advances the stream's clock (the latest publication time seen) and closes the stories whose
 *       last article is older than the window;
 *   <li>is counted in the term statistics and turned into a TF-IDF vector ({@link
 *       ArticleSimilarity});
 *   <li>joins the story of its duplicate group when that group already has one (even a closed
 *       story, which reopens: a copy is the same article);
 *   <li>else, with too few informative words (empty, one word, boilerplate, a sentence repeated),
 *       gets a story of its own that attracts nothing;
 *   <li>else joins the active story most similar to it (cosine to the story's centroid times the
 *       time factor) at or above the join threshold, among candidates from an inverted index over
 *       the stories' heaviest terms; or starts a new story;
 *   <li>after joining, the story is merged with any active story whose centroid has become similar
 *       enough; the smaller id survives, and the merged ids are reported.
 * </ol>
 *
 * <p>Guards against giant stories: a centroid keeps only its heaviest terms, a story takes members
 * only within its maximum span, terms shared by too many stories find no candidates, and
 * uninformative articles never attract. Deterministic: the same articles in the same order give the
 * same stories (ties go to the smaller story id). {@link #add} is idempotent for an article already
 * added with the same content, and an article re-added with changed content is moved. Not
 * thread-safe: one caller (the story stage) adds in store order.
 */
public final class StoryClusterer {
  private record Tracked(long contentHash, StoryState story, double similarity, Kind kind) {}

  private static final Comparator<StoryState> BY_LAST_SEEN =
      Comparator.comparing(StoryState::lastSeen).thenComparingLong(s -> s.id);

  private final StoryConfig config;
  private final ArticleSimilarity similarity;
  private final StoryIndex index = new StoryIndex();
  private final Map<Long, StoryState> active = new HashMap<>();
  private final TreeSet<StoryState> activeByLastSeen = new TreeSet<>(BY_LAST_SEEN);
  private final Map<Long, StoryState> closed;
  private final Map<Long, Tracked> articles;
  private final Map<String, StoryState> groups;
  private Instant now;

  /** Default settings, statistics learned from the articles added. */
  public StoryClusterer() {
    this(StoryConfig.defaults(), new ArticleSimilarity(new TermStatistics()));
  }

  public StoryClusterer(StoryConfig config, ArticleSimilarity similarity) {
    this.config = Objects.requireNonNull(config, "config");
    this.similarity = Objects.requireNonNull(similarity, "similarity");
    this.closed = bounded(config.maxClosedStories());
    this.articles = bounded(config.maxTrackedArticles());
    this.groups = bounded(config.maxTrackedArticles());
  }

  private static <K, V> Map<K, V> bounded(int max) {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }

  public StoryConfig config() {
    return config;
  }

  public ArticleSimilarity similarity() {
    return similarity;
  }

  /**
   * Puts {@code doc} in a story.
   *
   * @throws NullPointerException if {@code doc} is null
   */
  public StoryAssignment add(StoryDoc doc) {
    Objects.requireNonNull(doc, "doc");
    long hash = doc.contentHash();
    Tracked known = articles.get(doc.id());
    if (known != null) {
      if (known.contentHash() == hash) {
        return new StoryAssignment(
            doc.id(), known.story().id, known.similarity(), known.kind(), List.of());
      }
      withdraw(doc.id(), known.story());
    }
    Instant time = advance(doc.published());
    TimelineEntry entry =
        new TimelineEntry(doc.id(), doc.source(), doc.title(), time, doc.duplicateGroup());
    ArticleSimilarity.Weighed weighed = similarity.observeAndWeigh(similarity.terms(doc));
    boolean informative = weighed.informativeTerms() >= config.minInformativeTerms();
    TermVector vector =
        informative ? weighed.vector().top(config.articleTerms()) : TermVector.EMPTY;

    StoryState group = doc.duplicateGroup() == null ? null : groups.get(doc.duplicateGroup());
    if (group != null && !group.isEmpty()) {
      if (!group.active()) {
        reopen(group);
      }
      return place(doc, entry, informative ? vector : null, group, 1.0, Kind.DUPLICATE);
    }
    if (!informative) {
      StoryState own = new StoryState(doc.id(), config.centroidTerms());
      own.add(new Member(entry, null));
      own.close();
      closed.put(own.id, own);
      articles.put(doc.id(), new Tracked(hash, own, 0, Kind.UNINFORMATIVE));
      return new StoryAssignment(doc.id(), own.id, 0, Kind.UNINFORMATIVE, List.of());
    }
    StoryState best = null;
    double bestScore = 0;
    for (StoryState s :
        index.candidates(
            vector, config.indexTerms(), config.maxCandidates(), config.maxPostings())) {
      if (!takesMembersAt(s, time)) {
        continue;
      }
      double score = vector.cosine(s.centroid()) * similarity.timeFactor(time, s.lastSeen());
      if (score > bestScore || (score == bestScore && best != null && s.id < best.id)) {
        best = s;
        bestScore = score;
      }
    }
    if (best != null && bestScore >= config.joinThreshold()) {
      return place(doc, entry, vector, best, bestScore, Kind.JOINED);
    }
    StoryState fresh = new StoryState(doc.id(), config.centroidTerms());
    activate(fresh);
    return place(doc, entry, vector, fresh, 0, Kind.NEW_STORY);
  }

  /** The story with id {@code storyId}, active or closed (closed ones are kept up to a bound). */
  public Optional<Story> story(long storyId) {
    StoryState s = active.get(storyId);
    if (s == null) {
      s = closed.get(storyId);
    }
    return Optional.ofNullable(s).map(StoryState::snapshot);
  }

  /** The story of article {@code articleId}, if it was added and is still tracked. */
  public OptionalLong storyOf(long articleId) {
    Tracked t = articles.get(articleId);
    return t == null ? OptionalLong.empty() : OptionalLong.of(t.story().id);
  }

  /** The active stories, by id. */
  public List<Story> activeStories() {
    return active.values().stream()
        .sorted(Comparator.comparingLong(s -> s.id))
        .map(StoryState::snapshot)
        .toList();
  }

  /** Every story still held (active and closed), by id. */
  public List<Story> stories() {
    List<StoryState> all = new ArrayList<>(active.values());
    all.addAll(closed.values());
    all.sort(Comparator.comparingLong(s -> s.id));
    return all.stream().map(StoryState::snapshot).toList();
  }

  public int activeCount() {
    return active.size();
  }

  /** Adds the member, merges what converged, and records the article. */
  private StoryAssignment place(
      StoryDoc doc,
      TimelineEntry entry,
      TermVector vector,
      StoryState story,
      double score,
      Kind kind) {
    if (story.lastSeen() != null) {
      activeByLastSeen.remove(story);
    }
    story.add(new Member(entry, vector == null || vector.isEmpty() ? null : vector));
    activeByLastSeen.add(story);
    List<Long> merged = new ArrayList<>();
    StoryState survivor = story;
    if (kind != Kind.NEW_STORY) {
      survivor = mergeConverged(story, merged);
    }
    reindex(survivor);
    if (doc.duplicateGroup() != null) {
      groups.put(doc.duplicateGroup(), survivor);
    }
    articles.put(doc.id(), new Tracked(doc.contentHash(), survivor, score, kind));
    return new StoryAssignment(doc.id(), survivor.id, score, kind, merged);
  }

  /** Merges {@code story} with active stories whose centroids it now resembles (at most 3). */
  private StoryState mergeConverged(StoryState story, List<Long> merged) {
    StoryState current = story;
    for (int round = 0; round < 3; round++) {
      StoryState partner = null;
      double best = config.mergeThreshold();
      for (StoryState s :
          index.candidates(
              current.centroid(),
              config.indexTerms(),
              config.maxCandidates(),
              config.maxPostings())) {
        if (s == current || !takesMembersAt(s, current.lastSeen())) {
          continue;
        }
        double score = current.centroid().cosine(s.centroid());
        if (score > best || (score == best && partner != null && s.id < partner.id)) {
          partner = s;
          best = score;
        }
      }
      if (partner == null) {
        return current;
      }
      StoryState survivor = current.id < partner.id ? current : partner;
      StoryState loser = survivor == current ? partner : current;
      for (Member m : loser.members()) {
        Tracked t = articles.get(m.id());
        if (t != null) {
          articles.put(m.id(), new Tracked(t.contentHash(), survivor, t.similarity(), t.kind()));
        }
        if (m.entry().duplicateGroup() != null) {
          groups.put(m.entry().duplicateGroup(), survivor);
        }
      }
      index.remove(loser);
      active.remove(loser.id);
      activeByLastSeen.remove(loser);
      activeByLastSeen.remove(survivor);
      survivor.absorb(loser);
      activeByLastSeen.add(survivor);
      merged.add(loser.id);
      reindex(survivor);
      current = survivor;
    }
    return current;
  }

  /** Whether an article at {@code time} may join {@code s}: active, within the story's span. */
  private boolean takesMembersAt(StoryState s, Instant time) {
    return s.active() && !s.firstSeen().plus(config.maxSpan()).isBefore(time);
  }

  /** Moves the clock to {@code published} if later and closes stale stories; the article's time. */
  private Instant advance(Instant published) {
    Instant time = published != null ? published : now != null ? now : Instant.EPOCH;
    if (now == null || time.isAfter(now)) {
      now = time;
    }
    Instant horizon = now.minus(config.window());
    while (!activeByLastSeen.isEmpty() && activeByLastSeen.first().lastSeen().isBefore(horizon)) {
      StoryState stale = activeByLastSeen.pollFirst();
      index.remove(stale);
      active.remove(stale.id);
      stale.close();
      closed.put(stale.id, stale);
    }
    return time;
  }

  private void activate(StoryState s) {
    active.put(s.id, s);
  }

  private void reopen(StoryState s) {
    closed.remove(s.id);
    s.reopen();
    activate(s);
    activeByLastSeen.add(s);
  }

  private void reindex(StoryState s) {
    if (!s.active()) {
      return;
    }
    TermVector c = s.centroid();
    List<String> terms = new ArrayList<>(Math.min(config.indexTerms(), c.size()));
    for (int i = 0; i < Math.min(config.indexTerms(), c.size()); i++) {
      terms.add(c.term(i));
    }
    index.put(s, terms);
  }

  /** Takes article {@code id} out of {@code story} before it is added again with new content. */
  private void withdraw(long id, StoryState story) {
    boolean wasActive = story.active();
    if (wasActive) {
      activeByLastSeen.remove(story);
    }
    story.remove(id);
    articles.remove(id);
    if (story.isEmpty()) {
      index.remove(story);
      active.remove(story.id);
      closed.remove(story.id);
    } else if (wasActive) {
      activeByLastSeen.add(story);
      reindex(story);
    }
  }
}
