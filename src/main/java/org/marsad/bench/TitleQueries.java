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
    List<String[]> titles = titleWords(docs);
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String[] title = titles.get(random.nextInt(titles.size()));
      if (random.nextDouble() < shortShare) {
        queries.add(cut(title, 2, random));
      } else {
        queries.add(String.join(" ", title));
      }
    }
    return queries;
  }

  /**
   * Queries as people type them into a search box: {@code count} cuts of 1 to {@code maxWords}
   * consecutive words of random titles, seeded.
   *
   * @throws IllegalArgumentException when no title has a word, or maxWords &lt; 1
   */
  static List<String> cuts(List<BenchDoc> docs, int count, int maxWords, long seed) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be >= 1, got " + maxWords);
    }
    List<String[]> titles = titleWords(docs);
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      queries.add(cut(titles.get(random.nextInt(titles.size())), maxWords, random));
    }
    return queries;
  }

  /** 1 to {@code maxWords} consecutive words of the title, from a random place. */
  private static String cut(String[] title, int maxWords, Random random) {
    int length = Math.min(title.length, 1 + random.nextInt(maxWords));
    int from = random.nextInt(title.length - length + 1);
    return String.join(" ", Arrays.copyOfRange(title, from, from + length));
  }

  private static List<String[]> titleWords(List<BenchDoc> docs) {
    List<String[]> titles =
        docs.stream().map(d -> words(d.title())).filter(w -> w.length > 0).toList();
    if (titles.isEmpty()) {
      throw new IllegalArgumentException("no title with a word to draw queries from");
    }
    return titles;
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
