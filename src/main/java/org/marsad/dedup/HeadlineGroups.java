package org.marsad.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the near-duplicates among one page's own headline lists (its embedded related articles and
 * its links), for {@code marsad analyze}: a similar-articles box that repeats a story in other
 * words, or repeats the article embedded above it.
 *
 * <p>Headlines are short text: two items with bodies long enough are compared by body, otherwise
 * their headlines decide by {@link ShortText} similarity of at least {@value #HEADLINE_SIMILARITY}
 * (trigram Dice, zero when numbers or weekdays conflict). That is lower than the detector's
 * headline-only threshold because the items share one page, one day and usually one topic box; on
 * re-titled cross-source copies of the ANT sample it finds about 40% of pairs while matching under
 * 1% of same-day, same-category pairs of different stories ({@code HeadlineGroupsAntTest}). Every
 * pair is compared (a page lists at most {@value #MAX_ITEMS} items that count); an item joins the
 * first group whose first item it matches, so partial overlaps never chain.
 */
public final class HeadlineGroups {
  static final double HEADLINE_SIMILARITY = 0.5;
  static final int MAX_ITEMS = 500;

  /** One item of a headline list: its headline and, for an embedded article, its body. */
  public record Headline(String title, String body) {}

  private HeadlineGroups() {}

  /**
   * Groups of two or more indices into {@code items}, each group in ascending order, groups ordered
   * by their first index. Items past {@value #MAX_ITEMS} are not grouped.
   */
  public static List<List<Integer>> of(List<Headline> items) {
    DedupConfig config = DedupConfig.defaults().withTitleOnly(HEADLINE_SIMILARITY);
    PairMatcher matcher = new PairMatcher(config);
    List<DuplicateDetector.Entry> firsts = new ArrayList<>();
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < Math.min(items.size(), MAX_ITEMS); i++) {
      Headline h = items.get(i);
      DuplicateDetector.Entry entry =
          new DuplicateDetector.Entry(
                  new DedupDoc(Integer.toString(i), null, h.title(), h.body(), null),
                  Instant.EPOCH,
                  Instant.EPOCH,
                  i)
              .measure(config);
      int joined = -1;
      for (int g = 0; g < firsts.size() && joined < 0; g++) {
        if (matcher.match(entry, firsts.get(g)) != null) {
          joined = g;
        }
      }
      if (joined < 0) {
        firsts.add(entry);
        groups.add(new ArrayList<>(List.of(i)));
      } else {
        groups.get(joined).add(i);
      }
    }
    return groups.stream().filter(g -> g.size() > 1).map(List::copyOf).toList();
  }
}
