package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.marsad.enrich.EntityFinder;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.story.StoryAssignment;
import org.marsad.story.StoryClusterer;
import org.marsad.story.StoryDoc;
import org.marsad.story.TimelineEntry;

/**
 * The stories stage: places each article in a story with the {@link StoryClusterer} (after the
 * duplicates stage, so that copies follow their group) and records the story's id. When an article
 * makes two stories converge, the clusterer merges them; the articles of the merged story that were
 * analyzed before are returned too, moved to the surviving story.
 */
final class StoryStage implements ArticleStage {
  private final StoryClusterer clusterer;
  private final Function<Collection<Long>, List<AnalyzedArticle>> stored;

  /**
   * @param stored loads articles analyzed before, with their recorded conclusions
   */
  StoryStage(StoryClusterer clusterer, Function<Collection<Long>, List<AnalyzedArticle>> stored) {
    this.clusterer = clusterer;
    this.stored = stored;
  }

  @Override
  public List<AnalyzedArticle> process(List<AnalyzedArticle> page) {
    List<AnalyzedArticle> out = new ArrayList<>(page.size());
    Set<Long> merged = new HashSet<>();
    Set<Long> survivors = new HashSet<>();
    for (AnalyzedArticle analyzed : page) {
      StoryAssignment assignment = clusterer.add(doc(analyzed));
      if (!assignment.mergedStoryIds().isEmpty()) {
        merged.addAll(assignment.mergedStoryIds());
        survivors.add(assignment.storyId());
      }
      out.add(analyzed.with(analyzed.analysis().withStory(assignment.storyId())));
    }
    return merged.isEmpty() ? out : withMergesApplied(out, merged, survivors);
  }

  @Override
  public void recall(List<AnalyzedArticle> seen) {
    seen.forEach(analyzed -> clusterer.add(doc(analyzed)));
  }

  /**
   * The page with every article of a merged story (in the page or analyzed before) moved to the
   * story it merged into.
   */
  private List<AnalyzedArticle> withMergesApplied(
      List<AnalyzedArticle> page, Set<Long> merged, Set<Long> survivors) {
    List<AnalyzedArticle> out = new ArrayList<>(page.size());
    Set<Long> inPage = new HashSet<>();
    Set<Long> earlier = new HashSet<>();
    for (AnalyzedArticle analyzed : page) {
      inPage.add(analyzed.id());
      out.add(moved(analyzed));
    }
    for (long survivor : survivors) {
      clusterer.story(survivor).stream()
          .flatMap(story -> story.timeline().stream())
          .map(TimelineEntry::articleId)
          .filter(id -> !inPage.contains(id))
          .forEach(earlier::add);
    }
    for (AnalyzedArticle before : stored.apply(earlier)) {
      if (merged.contains(before.analysis().story())) {
        out.add(moved(before));
      }
    }
    return out;
  }

  /** The article with the story it is in now (a merge may have moved it). */
  private AnalyzedArticle moved(AnalyzedArticle analyzed) {
    return analyzed.with(analyzed.analysis().withStory(current(analyzed.id())));
  }

  private long current(long articleId) {
    return clusterer.storyOf(articleId).orElse(0);
  }

  private static StoryDoc doc(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    long group = analyzed.analysis().duplicateGroup();
    return new StoryDoc(
        article.id(),
        article.source(),
        article.title(),
        article.body(),
        article.published(),
        group == 0 ? null : Long.toString(group),
        EntityFinder.keys(analyzed.analysis().enrichment().entities()));
  }
}
