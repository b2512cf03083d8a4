package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.Link;
import org.marsad.model.RelatedArticle;
import org.marsad.search.SearchIndex;
import org.marsad.search.SimilarDoc;
import org.marsad.search.SimilarQuery;
import org.marsad.store.Store;
import org.marsad.story.ArticleSimilarity;
import org.marsad.story.StoryDoc;
import org.marsad.story.TermStatistics;

/**
 * The stored articles an article's page already shows (embedded after it, or linked as read-also,
 * related, similar), and their stories: related articles leave them out, since the reader has them
 * on the page. A link is matched by its URL; a link without a stored URL, and an embedded article,
 * by a near-identical headline among the titles the index finds most like it.
 */
final class PageArticles {
  /** At most this many page items are looked up: a page listing hundreds of links is a hub. */
  static final int MAX_ITEMS = 30;

  /** Titles the index proposes per headline, checked for near-identity. */
  static final int HEADLINE_CANDIDATES = 5;

  /** Headlines with fewer words ("عاجل", "فيديو") would match anything. */
  static final int MIN_HEADLINE_WORDS = 3;

  /**
   * Share of words two headlines must share (Dice over distinct normalized words) to be one
   * headline: an outlet's link text is its article's headline, sometimes cut or with a prefix.
   */
  static final double SAME_HEADLINE = 0.8;

  /** What a page shows: the stored articles and their stories. */
  record Shown(Set<Long> articles, Set<Long> stories) {
    static final Shown NONE = new Shown(Set.of(), Set.of());
  }

  private final Store store;
  private final SearchIndex index;
  private final UrlCanonicalizer urls = new UrlCanonicalizer();
  private final ArticleSimilarity words = new ArticleSimilarity(new TermStatistics());

  PageArticles(Store store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  /** The stored articles and stories {@code article}'s page shows, never the article itself. */
  Shown of(Article article) {
    if (article.page().related().isEmpty() && article.page().links().isEmpty()) {
      return Shown.NONE;
    }
    Set<Long> ids = new LinkedHashSet<>();
    int items = 0;
    for (Link link : article.page().links()) {
      if (items++ >= MAX_ITEMS) {
        break;
      }
      Optional<Article> byUrl = link.url() == null ? Optional.empty() : byUrl(link.url());
      if (byUrl.isPresent()) {
        ids.add(byUrl.get().id());
      } else {
        ids.addAll(byHeadline(link.title()));
      }
    }
    for (RelatedArticle embedded : article.page().related()) {
      if (items++ >= MAX_ITEMS) {
        break;
      }
      ids.addAll(byHeadline(embedded.title()));
    }
    ids.remove(article.id());
    Set<Long> stories = new HashSet<>();
    Map<Long, ArticleAnalysis> analyses = store.analyses(ids);
    for (long id : ids) {
      stories.add(RelatedFilter.storyKey(id, analyses.getOrDefault(id, ArticleAnalysis.NONE)));
    }
    return new Shown(Set.copyOf(ids), Set.copyOf(stories));
  }

  private Optional<Article> byUrl(String url) {
    Optional<Article> exact = store.articleByUrl(url);
    if (exact.isPresent()) {
      return exact;
    }
    return urls.tryCanonicalize(url).flatMap(store::articleByUrl);
  }

  /** The stored articles whose headline is near-identical to {@code headline}. */
  private List<Long> byHeadline(String headline) {
    Set<String> wanted = headlineWords(headline);
    if (wanted.size() < MIN_HEADLINE_WORDS) {
      return List.of();
    }
    List<Long> found = new ArrayList<>();
    for (SimilarDoc doc : index.similar(SimilarQuery.headline(headline, HEADLINE_CANDIDATES))) {
      store
          .article(doc.id())
          .filter(stored -> sameHeadline(wanted, headlineWords(stored.title())))
          .ifPresent(stored -> found.add(stored.id()));
    }
    return found;
  }

  private Set<String> headlineWords(String headline) {
    return words.terms(new StoryDoc(0, null, headline, null, null, null)).distinct();
  }

  /** Dice coefficient of two word sets at least {@link #SAME_HEADLINE}. */
  static boolean sameHeadline(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String word : a) {
      shared += b.contains(word) ? 1 : 0;
    }
    return 2.0 * shared / (a.size() + b.size()) >= SAME_HEADLINE;
  }
}
