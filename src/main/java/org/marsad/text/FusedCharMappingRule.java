package org.marsad.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Consecutive {@link CharMappingRule}s compiled into one lookup table over the BMP, so a document
 * is rewritten in one pass instead of one pass per rule. Applying it equals applying its members in
 * order (a test checks this on random strings).
 */
final class FusedCharMappingRule implements NormalizationRule {
  private static final int BMP = 0x10000;

  private final String name;
  private final char[] replacement = new char[BMP];
  private final long[] dropped = new long[BMP / Long.SIZE];

  FusedCharMappingRule(List<CharMappingRule> members) {
    name = members.stream().map(NormalizationRule::name).collect(Collectors.joining("+"));
    for (int c = 0; c < BMP; c++) {
      int m = c;
      for (CharMappingRule rule : members) {
        m = rule.map((char) m);
        if (m == CharMappingRule.DROP) {
          dropped[c >>> 6] |= 1L << c;
          break;
        }
      }
      replacement[c] = (char) (m == CharMappingRule.DROP ? c : m);
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** What the members do to {@code c} in turn: its replacement, or {@link CharMappingRule#DROP}. */
  int map(char c) {
    return (dropped[c >>> 6] & (1L << c)) != 0 ? CharMappingRule.DROP : replacement[c];
  }

  @Override
  public int apply(AlignedChars in, AlignedChars out) {
    out.reserve(in.length);
    char[] src = in.chars;
    int[] srcOrigins = in.origins;
    char[] dst = out.chars;
    int[] dstOrigins = out.origins;
    int n = out.length;
    int changed = 0;
    for (int i = 0; i < in.length; i++) {
      char c = src[i];
      if ((dropped[c >>> 6] & (1L << c)) != 0) {
        changed++;
        continue;
      }
      char m = replacement[c];
      if (m != c) {
        changed++;
      }
      dst[n] = m;
      dstOrigins[n++] = srcOrigins[i];
    }
    out.length = n;
    return changed;
  }
}
