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

  /** What a char's entry in {@link #table} says, above its replacement in the low 16 bits. */
  private static final int KEEP = 0;

  private static final int SPACE = 1;
  private static final int LINE_BREAK = 2;
  private static final int DROP = 3;
  private static final int RARE = 4;
  private static final int KIND_SHIFT = 16;
  private static final int REPLACEMENT_MASK = 0xFFFF;

  /**
   * Per BMP char: its kind (shifted by {@link #KIND_SHIFT}) and its replacement, which for
   * whitespace is what a run starting with it collapses to. One load per char; a lone space, by far
   * the most common whitespace, takes the same path as a letter.
   */
  private final int[] table = new int[BMP];

  private SinglePassNormalizer(
      List<RareCharRule> rare, IntUnaryOperator mapping, boolean collapseWhitespace) {
    for (int c = 0; c < BMP; c++) {
      int m = mapping.applyAsInt(c);
      if (mayBeRewritten((char) c, rare)) {
        table[c] = RARE << KIND_SHIFT;
      } else if (m == CharMappingRule.DROP) {
        table[c] = DROP << KIND_SHIFT;
      } else if (collapseWhitespace && WhitespaceRule.isWhitespace((char) m)) {
        table[c] =
            WhitespaceRule.isLineBreak((char) m)
                ? LINE_BREAK << KIND_SHIFT | '\n'
                : SPACE << KIND_SHIFT | ' ';
      } else {
        table[c] = KEEP << KIND_SHIFT | m;
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
      int entry = table[chars[i]];
      int kind = entry >>> KIND_SHIFT;
      if (kind >= DROP) {
        if (kind == RARE) {
          return null;
        }
        continue;
      }
      boolean whitespace = kind != KEEP;
      if (whitespace && inWhitespace) {
        if (kind == LINE_BREAK) {
          chars[n - 1] = '\n';
        }
        continue;
      }
      chars[n] = (char) (entry & REPLACEMENT_MASK);
      origins[n++] = i;
      inWhitespace = whitespace;
    }
    int[] toOriginal = n == length ? origins : Arrays.copyOf(origins, n + 1);
    toOriginal[n] = length;
    return new NormalizedText(s, new String(chars, 0, n), toOriginal);
  }
}
