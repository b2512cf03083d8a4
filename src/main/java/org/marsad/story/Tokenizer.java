package org.marsad.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Splits text into normalized words ({@link ArabicNormalizer#standard()}, never stemmed): runs of
 * letters and digits, lowercased, at least {@link #MIN_CHARS} chars. Only the first {@code
 * maxChars} chars are read: an article's opening says what it is about, and a pathological body
 * (one sentence repeated 10,000 times) costs no more than a normal one. Thread-safe.
 */
final class Tokenizer {
  static final int MIN_CHARS = 2;

  private final int maxChars;

  Tokenizer(int maxChars) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The words of {@code text}, in order; empty for null or blank text. */
  List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    String head = text.length() > maxChars ? cut(text, maxChars) : text;
    NormalizedText normalized = ArabicNormalizer.standard().normalizeAligned(head);
    String s = normalized.text();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < s.length() && Character.isLetterOrDigit(cp = s.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      if (i - start >= MIN_CHARS) {
        tokens.add(
            new Token(
                s.substring(start, i).toLowerCase(Locale.ROOT),
                normalized.originalStart(start),
                normalized.originalEnd(i)));
      }
    }
    return tokens;
  }

  /** {@code text} cut at {@code limit} chars without splitting a surrogate pair. */
  private static String cut(String text, int limit) {
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end);
  }
}
