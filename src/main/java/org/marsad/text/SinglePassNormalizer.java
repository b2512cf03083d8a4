package org.marsad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A composition of rules run as one pass over the input, for the common text that holds none of the
 * rare chars (presentation forms, decomposed hamza) that need the rules run one by one.
 *
 * <p>Applies to rules of the standard shape: {@link RareCharRule}s, then char mappings, then at
 * most a {@link WhitespaceRule}. On input without a char that a rare-char rule may rewrite, those
 * rules copy it unchanged, so what remains is one table lookup per char (the mappings, with the
 * whitespace class of the result) and the collapsing of whitespace runs, done in the same loop in
 * one output array. The result equals running the rules one by one: a property test compares the
 * two on random text and the corpus test on real news.
 */
final class SinglePassNormalizer {
  private static final int BMP = 0x10000;

  /**
   * In {@link #replacement}: the char needs more than a replacement; {@link #special} says what.
   */
  private static final char SPECIAL = '\uFFFF';

  private static final byte KEEP_SPECIAL = 0;
  private static final byte DROP = 1;
  private static final byte SPACE = 2;
  private static final byte LINE_BREAK = 3;
  private static final byte RARE = 4;

  private final char[] replacement = new char[BMP];
  private final byte[] special = new byte[BMP];

  private SinglePassNormalizer(
      List<RareCharRule> rare, IntUnaryOperator mapping, boolean collapseWhitespace) {
    for (int c = 0; c < BMP; c++) {
      replacement[c] = SPECIAL;
      int m = mapping.applyAsInt(c);
      if (mayBeRewritten((char) c, rare)) {
        special[c] = RARE;
      } else if (m == CharMappingRule.DROP) {
        special[c] = DROP;
      } else if (collapseWhitespace && WhitespaceRule.isWhitespace((char) m)) {
        special[c] = WhitespaceRule.isLineBreak((char) m) ? LINE_BREAK : SPACE;
      } else if (m == SPECIAL) {
        special[c] = KEEP_SPECIAL;
      } else {
        replacement[c] = (char) m;
      }
    }
  }

  /**
   * The single pass for the steps of a normalizer (consecutive char mappings already fused), or
   * null when they do not have the shape it runs.
   */
  static SinglePassNormalizer compile(List<NormalizationRule> steps) {
    int i = 0;
    List<RareCharRule> rare = new ArrayList<>();
    while (i < steps.size() && steps.get(i) instanceof RareCharRule rule) {
      rare.add(rule);
      i++;
    }
    IntUnaryOperator mapping = i < steps.size() ? mappingOf(steps.get(i)) : null;
    if (mapping != null) {
      i++;
    } else {
      mapping = IntUnaryOperator.identity();
    }
    boolean collapseWhitespace = i < steps.size() && steps.get(i) instanceof WhitespaceRule;
    if (collapseWhitespace) {
      i++;
    }
    return i == steps.size() ? new SinglePassNormalizer(rare, mapping, collapseWhitespace) : null;
  }

  private static IntUnaryOperator mappingOf(NormalizationRule step) {
    if (step instanceof FusedCharMappingRule fused) {
      return c -> fused.map((char) c);
    }
    if (step instanceof CharMappingRule single) {
      return c -> single.map((char) c);
    }
    return null;
  }

  private static boolean mayBeRewritten(char c, List<RareCharRule> rare) {
    for (RareCharRule rule : rare) {
      if (rule.mayRewrite(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The normalization of {@code s}, or null when {@code s} holds a char that a rare-char rule may
   * rewrite, so that the rules must run one by one.
   */
  NormalizedText normalize(String s) {
    int length = s.length();
    char[] chars = new char[length];
    s.getChars(0, length, chars, 0);
    int[] origins = new int[length + 1];
    int n = 0;
    boolean inWhitespace = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      char m = replacement[c];
      if (m != SPECIAL) {
        chars[n] = m;
        origins[n++] = i;
        inWhitespace = false;
        continue;
      }
      switch (special[c]) {
        case KEEP_SPECIAL -> {
          chars[n] = SPECIAL;
          origins[n++] = i;
          inWhitespace = false;
        }
        case DROP -> {}
        case SPACE -> {
          if (!inWhitespace) {
            chars[n] = ' ';
            origins[n++] = i;
            inWhitespace = true;
          }
        }
        case LINE_BREAK -> {
          if (!inWhitespace) {
            origins[n++] = i;
            inWhitespace = true;
          }
          chars[n - 1] = '\n';
        }
        default -> {
          return null;
        }
      }
    }
    int[] toOriginal = n == length ? origins : Arrays.copyOf(origins, n + 1);
    toOriginal[n] = length;
    return new NormalizedText(s, new String(chars, 0, n), toOriginal);
  }
}
