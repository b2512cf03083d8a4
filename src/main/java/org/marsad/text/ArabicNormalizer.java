package org.marsad.text;

/**
 * Normalizes Arabic text for matching; the original is kept by callers for display.
 *
 * <p>PLACEHOLDER API owned by the text package: the public methods' signatures are the contract
 * other packages use; the rule set behind them is built as one class per rule.
 */
public final class ArabicNormalizer {

  private static final ArabicNormalizer STANDARD = new ArabicNormalizer();

  private ArabicNormalizer() {}

  /** The full matching normalization (every rule of the text package). Thread-safe. */
  public static ArabicNormalizer standard() {
    return STANDARD;
  }

  /** The normalized form of {@code s}. */
  public String normalize(String s) {
    return normalizeAligned(s).text();
  }

  /** The normalized form of {@code s} with offsets back into it. */
  public NormalizedText normalizeAligned(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int[] map = new int[s.length() + 1];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0640' || c == '\u0670') {
        continue;
      }
      switch (c) {
        case '\u0623', '\u0625', '\u0622', '\u0671' -> c = '\u0627';
        case '\u0649', '\u06CC' -> c = '\u064A';
        case '\u0629' -> c = '\u0647';
        default -> {}
      }
      out.append(c);
      map[n++] = i;
    }
    map[n] = s.length();
    int[] trimmed = java.util.Arrays.copyOf(map, n + 1);
    return new NormalizedText(s, out.toString(), trimmed);
  }
}
