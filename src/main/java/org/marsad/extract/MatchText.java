package org.marsad.extract;

import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * One piece of text in two forms: the original (what is kept and shown) and its normalized,
 * lower-cased form (what cues are matched against), with offsets mapping the second back.
 *
 * <p>Lower-casing is done per char so that it never changes the length and the alignment of the
 * normalizer stays valid.
 */
record MatchText(String original, String low, NormalizedText aligned) {

  static MatchText of(String original) {
    NormalizedText aligned = ArabicNormalizer.standard().normalizeAligned(original);
    char[] chars = aligned.text().toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new MatchText(original, new String(chars), aligned);
  }

  /** Normalized lower-cased form of a cue word, for comparison against {@link #low()}. */
  static String key(String cue) {
    return of(cue).low();
  }

  int originalStart(int lowIndex) {
    return lowIndex >= low.length() ? original.length() : aligned.originalStart(lowIndex);
  }

  int originalEnd(int lowEnd) {
    return aligned.originalEnd(lowEnd);
  }

  /** The original text behind the normalized range [from, to). */
  String originalSlice(int from, int to) {
    if (from >= to) {
      return "";
    }
    return original.substring(originalStart(from), originalEnd(to));
  }

  boolean startsWith(String key, int at) {
    return low.startsWith(key, at);
  }
}
