package org.marsad.extract;

import org.jsoup.nodes.Element;

/**
 * Narrows a container that shows several {@code <article>}s to the one under the page's headline.
 *
 * <p>Blog and magazine templates put the post and the full text of "you may also like" posts in one
 * column, each in its own {@code <article>}: the column then outscores any single post, and the
 * page's text would be all of them. The post the page is about is the one holding its {@code <h1>}
 * headline. It is taken only when it holds prose and no other article in the container holds more
 * (a wrapper of articles counts as each of them): a headline's {@code <article>} that is a mere
 * header keeps the whole container.
 */
final class HeadlineArticle {

  private HeadlineArticle() {}

  /**
   * The {@code <article>} inside {@code container} that holds {@code headline}, when the container
   * holds other articles and none of them more prose; else {@code container}.
   *
   * @param headline the page's first {@code <h1>}, or null: inside an {@code <article>} it is that
   *     article's headline, never a logo
   */
  static Element within(Element container, Element headline, ContentScorer scorer) {
    Element own = headlineArticle(container, headline);
    if (own == null) {
      return container;
    }
    ElementStats ownStats = scorer.stats(own);
    if (ownStats == null || ownStats.proseBlocks == 0) {
      return container;
    }
    boolean others = false;
    for (Element other : container.getElementsByTag("article")) {
      if (other == own || isAncestor(own, other) || holdsArticles(other)) {
        continue;
      }
      ElementStats s = scorer.stats(other);
      if (s == null || s.boilerplate || s.proseChars == 0) {
        continue;
      }
      if (s.proseChars > ownStats.proseChars) {
        return container;
      }
      others = true;
    }
    return others ? own : container;
  }

  /** The innermost {@code <article>} around the headline, strictly inside the container. */
  private static Element headlineArticle(Element container, Element headline) {
    if (headline == null) {
      return null;
    }
    for (Element e = headline.parent(); e != null && e != container; e = e.parent()) {
      if (e.normalName().equals("article")) {
        return isAncestor(container, e) ? e : null;
      }
    }
    return null;
  }

  /** A wrapper of articles (a "more posts" box) is weighed by its articles, one by one. */
  private static boolean holdsArticles(Element e) {
    return e.getElementsByTag("article").size() > 1;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
