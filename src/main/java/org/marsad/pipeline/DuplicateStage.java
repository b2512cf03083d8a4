package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.marsad.dedup.DedupDoc;
import org.marsad.dedup.DuplicateDetector;
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
  private final DuplicateDetector detector;
  private final LongFunction<Source> sources;
  private final Set<String> ungroupedFeeds;

  /**
   * @param sources the followed source of an id, or null when it is no longer followed
   * @param ungroupedFeeds feed URLs whose articles are never grouped
   */
  DuplicateStage(
      DuplicateDetector detector, LongFunction<Source> sources, Set<String> ungroupedFeeds) {
    this.detector = detector;
    this.sources = sources;
    this.ungroupedFeeds = Set.copyOf(ungroupedFeeds);
  }

  @Override
  public List<AnalyzedArticle> process(List<AnalyzedArticle> page) {
    Map<Long, Source> sourcesOfPage = new HashMap<>();
    List<AnalyzedArticle> out = new ArrayList<>(page.size());
    for (AnalyzedArticle analyzed : page) {
      Article article = analyzed.article();
      long group;
      if (grouped(article, sourcesOfPage)) {
        group = Long.parseLong(detector.add(doc(article)).groupId());
      } else {
        detector.remove(Long.toString(article.id()));
        group = article.id();
      }
      out.add(analyzed.with(analyzed.analysis().withDuplicateGroup(group)));
    }
    return out;
  }

  @Override
  public void recall(List<AnalyzedArticle> seen) {
    process(seen);
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
