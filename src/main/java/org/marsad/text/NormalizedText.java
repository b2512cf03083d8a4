package org.marsad.text;

/**
 * Text normalized for matching, with a map from each normalized char back to the original.
 *
 * @param original the input, unchanged (what display shows)
 * @param text the normalized form (what matching uses)
 * @param toOriginal for each index {@code i} of {@code text}, the index in {@code original} of the
 *     char it came from; one extra trailing entry maps {@code text.length()} to {@code
 *     original.length()} so that end offsets map too
 */
public record NormalizedText(String original, String text, int[] toOriginal) {

  /** Maps a [start, end) range in normalized text to the matching range start in the original. */
  public int originalStart(int normalizedStart) {
    return toOriginal[normalizedStart];
  }

  /** Maps an exclusive end offset in normalized text to an exclusive end in the original. */
  public int originalEnd(int normalizedEnd) {
    return normalizedEnd == 0 ? 0 : toOriginal[normalizedEnd - 1] + 1;
  }
}
