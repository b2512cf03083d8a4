package org.marsad.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.marsad.dedup.DuplicateKeys;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;

/**
 * Copies on record beyond the duplicate detector's memory: the articles the search index files
 * under the band keys a text seeks ({@link SearchIndex#filedUnder}), with every member of the
 * duplicate groups they were recorded in, so that the detector can take the groups back whole.
 */
final class IndexedCopies implements DuplicateStage.CopiesOnRecord {
  /** Candidates asked of the index per article: a copy shares most keys and comes first. */
  static final int CANDIDATES = 20;

  /** Members read back per recorded group (a wire story republished all day stays bounded). */
  static final int GROUP_MEMBERS = 100;

  private final Store store;
  private final SearchIndex index;

  IndexedCopies(Store store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  @Override
  public List<Article> around(String title, String body, Instant from, Instant to) {
    List<Long> candidates =
        index.filedUnder(DuplicateKeys.sought(title, body), from, to, CANDIDATES);
    if (candidates.isEmpty()) {
      return List.of();
    }
    TreeSet<Long> ids = new TreeSet<>(candidates);
    for (AnalyzedArticle candidate : StoreFollower.load(store, candidates)) {
      long group = candidate.analysis().duplicateGroup();
      if (group > 0) {
        ids.addAll(store.duplicateGroup(group, GROUP_MEMBERS));
      }
    }
    return ids.stream().map(store::article).flatMap(Optional::stream).toList();
  }
}
