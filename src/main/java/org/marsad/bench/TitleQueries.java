package org.marsad.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Search queries drawn from the corpus's own titles: a seeded random sample, most of them a whole
 * title, a share of them one or two consecutive words of a title. Titles are cut into words at
 * anything that is not a letter, a digit or a separator inside a number, so that both query parsers
 * compared read plain words (no quotes, exclusions, field prefixes or {@code OR}).
 */
final class TitleQueries {
  private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{L}\\p{N}\\p{M}]+(?:[.,"
              + ARABIC_DECIMAL_SEPARATOR
              + ARABIC_THOUSANDS_SEPARATOR
              + "][\\p{N}]+)*");

  private TitleQueries() {}

  /**
   * @param count how many queries
   * @param shortShare the share (0 to 1) of one- or two-word queries
   * @param seed the random seed: the same seed gives the same queries
   * @throws IllegalArgumentException when no title has a word
   */
  static List<String> sample(List<BenchDoc> docs, int count, double shortShare, long seed) {
    List<String[]> titles =
        docs.stream().map(d -> words(d.title())).filter(w -> w.length > 0).toList();
    if (titles.isEmpty()) {
      throw new IllegalArgumentException("no title with a word to draw queries from");
    }
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String[] title = titles.get(random.nextInt(titles.size()));
      if (random.nextDouble() < shortShare) {
        int length = Math.min(title.length, 1 + random.nextInt(2));
        int from = random.nextInt(title.length - length + 1);
        queries.add(String.join(" ", Arrays.copyOfRange(title, from, from + length)));
      } else {
        queries.add(String.join(" ", title));
      }
    }
    return queries;
  }

  /**
   * The title's words: runs of letters, digits and combining marks, a number keeping its decimal or
   * thousands separator ({@code 6.2}, as the analyzers keep it); {@code OR} is dropped.
   */
  static String[] words(String title) {
    return WORD.matcher(title)
        .results()
        .map(m -> m.group())
        .filter(w -> !w.equals("OR"))
        .toArray(String[]::new);
  }
}
