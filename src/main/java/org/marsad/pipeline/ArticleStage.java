package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.AnalyzedArticle;

/**
 * One step of the per-article pipeline (duplicates, stories, and later entities and categories).
 * Stages see every article the store gains or changes, whoever stored it (a feed poll, an import,
 * the API, another process), in the store's change order, before it is indexed: {@link
 * StoreFollower} runs them, and {@link Engine} is the one place that assembles them.
 *
 * <p>A stage may keep memory of the articles it saw (a duplicate detector does), so it must be
 * deterministic for a given order and must accept an article seen before: after a crash the
 * follower offers again what it had not committed, and an updated article comes again with its new
 * text.
 */
public interface ArticleStage {

  /**
   * Analyzes a page of changed articles, in change order, each with what the store and the stages
   * before this one concluded; returns them, in the same order, with this stage's conclusions,
   * followed by any article analyzed before whose conclusions this one changes (a story merge moves
   * earlier articles): those are recorded and indexed again too.
   */
  List<AnalyzedArticle> process(List<AnalyzedArticle> page);

  /**
   * Re-reads articles analyzed before this process started, oldest first, so that the stage's
   * memory (the copies and stories it knows) continues across restarts; nothing is recorded. A
   * stage without memory ignores them.
   */
  default void recall(List<AnalyzedArticle> seen) {}

  /** Stages run one after another, each seeing what the previous ones concluded. */
  static ArticleStage chain(List<ArticleStage> stages) {
    List<ArticleStage> copy = List.copyOf(stages);
    return new ArticleStage() {
      @Override
      public List<AnalyzedArticle> process(List<AnalyzedArticle> page) {
        List<AnalyzedArticle> analyzed = page;
        for (ArticleStage stage : copy) {
          analyzed = stage.process(analyzed);
        }
        return analyzed;
      }

      @Override
      public void recall(List<AnalyzedArticle> seen) {
        // Each stage re-reads with what the stages before it concluded, as recorded.
        copy.forEach(stage -> stage.recall(seen));
      }
    };
  }
}
