package org.marsad.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/**
 * The words duplicate detection compares: the text normalized by {@link ArabicNormalizer}, split
 * into runs of letters and digits, Latin lowercased, never stemmed (a stem would make "قال" and
 * "قالت" one word, and copies are word-for-word). Punctuation, hashtag marks and underscores
 * separate words, so {@code #رسوم_جمركية} and {@code رسوم جمركية} compare equal.
 */
final class MatchTokens {
  private static final char ARABIC_FIRST = '\u0600';
  private static final char ARABIC_LAST = '\u06FF';

  private MatchTokens() {}

  /** The tokens of {@code text}, at most {@code limit} of them (the rest is not read). */
  static List<String> of(String text, int limit) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    String s = ArabicNormalizer.standard().normalize(text);
    int start = -1;
    for (int i = 0; i <= s.length() && tokens.size() < limit; i++) {
      boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return tokens;
  }

  /**
   * The 64-bit hashes of the tokens {@link #of} would give ({@code Hashing.of} of each) for text
   * already normalized, without making a string per token: the body path, where this is most of the
   * cost.
   */
  static long[] hashes(String normalized, int limit) {
    String s = normalized;
    long[] out = new long[Math.min(limit, s.length() / 2 + 1)];
    int n = 0;
    long h = Hashing.START;
    boolean inWord = false;
    for (int i = 0; i <= s.length() && n < out.length; i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = Hashing.step(h, lowerCase(c));
        inWord = true;
      } else if (inWord) {
        out[n++] = Hashing.mix(h);
        h = Hashing.START;
        inWord = false;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Arabic letters (most of the text) have no case: only other chars are looked up. */
  private static char lowerCase(char c) {
    if (c >= ARABIC_FIRST && c <= ARABIC_LAST) {
      return c;
    }
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  /** True for a token that names a quantity or a date: it holds a digit. */
  static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
