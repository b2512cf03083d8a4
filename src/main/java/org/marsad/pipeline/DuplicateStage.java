package org.marsad.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.marsad.dedup.DedupDoc;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.dedup.DuplicateMatch;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.Source;

/**
 * The duplicates stage: files each article with the {@link DuplicateDetector} and records its
 * duplicate group (the id of the group's first member; an article without copies is a group of one,
 * so that the copies arriving later share its key). Articles of a source with grouping turned off
 * (per source, or by name in {@code dedup.ungrouped-sources}) are groups of none (0): neither
 * grouped nor matched by others.
 */
final class DuplicateStage implements ArticleStage {

  /** Articles on record that may be copies of a text: older than what the detector holds. */
  interface CopiesOnRecord {
    /** None: the detector's memory is all there is. */
    CopiesOnRecord NONE = (title, body, from, to) -> List.of();

    /**
     * Stored articles published from {@code from} to {@code to} that may be copies of this text,
     * with the other members of their recorded groups, in store (id) order.
     */
    List<Article> around(String title, String body, Instant from, Instant to);
  }

  private final DuplicateDetector detector;
  private final LongFunction<Source> sources;
  private final Set<String> ungroupedFeeds;
  private final CopiesOnRecord onRecord;
  private final Duration window;
  private boolean recalling;

  /**
   * @param sources the followed source of an id, or null when it is no longer followed
   * @param ungroupedFeeds feed URLs whose articles are never grouped
   * @param onRecord where an article that matched nothing in memory looks for older copies, within
   *     {@code window} of its publication
   */
  DuplicateStage(
      DuplicateDetector detector,
      LongFunction<Source> sources,
      Set<String> ungroupedFeeds,
      CopiesOnRecord onRecord,
      Duration window) {
    this.detector = detector;
    this.sources = sources;
    this.ungroupedFeeds = Set.copyOf(ungroupedFeeds);
    this.onRecord = onRecord;
    this.window = window;
  }

  @Override
  public List<AnalyzedArticle> process(List<AnalyzedArticle> page) {
    Map<Long, Source> sourcesOfPage = new HashMap<>();
    List<AnalyzedArticle> out = new ArrayList<>(page.size());
    for (AnalyzedArticle analyzed : page) {
      Article article = analyzed.article();
      long group;
      if (grouped(article, sourcesOfPage)) {
        DuplicateMatch match = detector.add(doc(article));
        if (match.method() == DuplicateMatch.Method.NEW && !recalling) {
          match = withCopiesOnRecord(article, match, sourcesOfPage);
        }
        group = Long.parseLong(match.groupId());
      } else {
        detector.remove(Long.toString(article.id()));
        group = article.id();
      }
      out.add(analyzed.with(analyzed.analysis().withDuplicateGroup(group)));
    }
    return out;
  }

  /** Re-reads without looking on record: the recalled articles are the record's newest. */
  @Override
  public void recall(List<AnalyzedArticle> seen) {
    recalling = true;
    try {
      process(seen);
    } finally {
      recalling = false;
    }
  }

  /**
   * The article's group once the detector holds the copies on record it had forgotten (or never
   * saw: another process analyzed them, or they are older than its memory), each recorded group
   * taken back whole and in store order, so that it keeps its id.
   */
  private DuplicateMatch withCopiesOnRecord(
      Article article, DuplicateMatch match, Map<Long, Source> sourcesOfPage) {
    Instant at = article.published() != null ? article.published() : Instant.now();
    List<Article> forgotten = new ArrayList<>();
    for (Article copy :
        onRecord.around(article.title(), article.body(), at.minus(window), at.plus(window))) {
      if (copy.id() != article.id()
          && detector.groupOf(Long.toString(copy.id())).isEmpty()
          && grouped(copy, sourcesOfPage)) {
        forgotten.add(copy);
      }
    }
    if (forgotten.isEmpty()) {
      return match;
    }
    detector.remove(Long.toString(article.id()));
    forgotten.forEach(copy -> detector.add(doc(copy)));
    return detector.add(doc(article));
  }

  private boolean grouped(Article article, Map<Long, Source> sourcesOfPage) {
    if (article.sourceId() == 0) {
      return true;
    }
    Source source = sourcesOfPage.computeIfAbsent(article.sourceId(), sources::apply);
    return source == null || (source.groupDuplicates() && !ungroupedFeeds.contains(source.url()));
  }

  /** What the detector reads: the source by name, so copies within one outlet are told apart. */
  private static DedupDoc doc(Article article) {
    String source =
        article.source() != null
            ? article.source()
            : article.sourceId() != 0 ? "source " + article.sourceId() : null;
    return new DedupDoc(
        Long.toString(article.id()), source, article.title(), article.body(), article.published());
  }
}
