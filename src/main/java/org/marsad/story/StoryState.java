package org.marsad.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The mutable state of one story inside {@link StoryClusterer}: its members and, while it is
 * active, their vectors and the centroid they sum to. The centroid is always the sum of the
 * members' vectors cut to the heaviest {@code centroidTerms}, so it is the same whatever order
 * members were removed or merged in. Closing drops the vectors (memory) and freezes the headline.
 */
final class StoryState {
  /** One article of the story; {@code vector} is null once closed or when uninformative. */
  record Member(TimelineEntry entry, TermVector vector) {
    long id() {
      return entry.articleId();
    }
  }

  private static final Comparator<Member> BY_TIME =
      Comparator.comparing((Member m) -> m.entry().published()).thenComparingLong(Member::id);

  final long id;
  private final int centroidTerms;
  private final List<Member> members = new ArrayList<>();
  private Map<String, Double> sums = new HashMap<>();
  private TermVector centroid = TermVector.EMPTY;
  private List<String> indexedTerms = List.of();
  private Instant firstSeen;
  private Instant lastSeen;
  private boolean active = true;
  private String frozenHeadline;

  StoryState(long id, int centroidTerms) {
    this.id = id;
    this.centroidTerms = centroidTerms;
  }

  void add(Member member) {
    members.add(member);
    if (member.vector() != null) {
      member.vector().addTo(sums, 1);
      centroid = TermVector.top(sums, centroidTerms);
    }
    see(member.entry().published());
  }

  /** Removes article {@code articleId}; true if it was a member. */
  boolean remove(long articleId) {
    if (!members.removeIf(m -> m.id() == articleId)) {
      return false;
    }
    firstSeen = null;
    lastSeen = null;
    sums = new HashMap<>();
    for (Member m : members) {
      see(m.entry().published());
      if (active && m.vector() != null) {
        m.vector().addTo(sums, 1);
      }
    }
    centroid = active ? TermVector.top(sums, centroidTerms) : TermVector.EMPTY;
    return true;
  }

  /** Takes every member of {@code other}, which is left empty. */
  void absorb(StoryState other) {
    for (Member m : other.members) {
      members.add(m);
      see(m.entry().published());
    }
    other.sums.forEach((term, w) -> sums.merge(term, w, Double::sum));
    centroid = TermVector.top(sums, centroidTerms);
    other.members.clear();
  }

  /** Stops taking members: drops the vectors, keeps the timeline and the headline. */
  void close() {
    frozenHeadline = headline();
    members.replaceAll(m -> new Member(m.entry(), null));
    sums = new HashMap<>();
    centroid = TermVector.EMPTY;
    indexedTerms = List.of();
    active = false;
  }

  /** Takes members again (a duplicate of a member arrived); the centroid restarts from them. */
  void reopen() {
    active = true;
    frozenHeadline = null;
  }

  boolean active() {
    return active;
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  List<Member> members() {
    return members;
  }

  TermVector centroid() {
    return centroid;
  }

  List<String> indexedTerms() {
    return indexedTerms;
  }

  void indexedTerms(List<String> terms) {
    indexedTerms = List.copyOf(terms);
  }

  Instant firstSeen() {
    return firstSeen;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  Story snapshot() {
    List<Member> byTime = new ArrayList<>(members);
    byTime.sort(BY_TIME);
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> groups = new TreeSet<>();
    List<TimelineEntry> timeline = new ArrayList<>();
    for (Member m : byTime) {
      timeline.add(m.entry());
      if (!m.entry().source().isEmpty()) {
        sources.add(m.entry().source());
      }
      if (m.entry().duplicateGroup() != null) {
        groups.add(m.entry().duplicateGroup());
      }
    }
    return new Story(
        id,
        headline(),
        firstSeen,
        lastSeen,
        new ArrayList<>(sources),
        new ArrayList<>(groups),
        timeline,
        active);
  }

  /**
   * The title of the member closest to the centroid; without vectors, the earliest titled member.
   */
  private String headline() {
    if (frozenHeadline != null) {
      return frozenHeadline;
    }
    Member best = null;
    double bestScore = -1;
    for (Member m : members) {
      if (m.vector() == null || m.entry().title().isBlank()) {
        continue;
      }
      double score = m.vector().cosine(centroid);
      if (score > bestScore || (score == bestScore && BY_TIME.compare(m, best) < 0)) {
        best = m;
        bestScore = score;
      }
    }
    if (best == null) {
      best = members.stream().filter(m -> !m.entry().title().isBlank()).min(BY_TIME).orElse(null);
    }
    return best == null ? "" : best.entry().title();
  }

  private void see(Instant t) {
    if (firstSeen == null || t.isBefore(firstSeen)) {
      firstSeen = t;
    }
    if (lastSeen == null || t.isAfter(lastSeen)) {
      lastSeen = t;
    }
  }
}
