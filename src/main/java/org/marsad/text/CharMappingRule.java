package org.marsad.text;

/**
 * A rule that rewrites each char on its own, to one char or to nothing. Because such rules need no
 * context, {@link ArabicNormalizer} fuses consecutive ones into a single table lookup per char.
 */
public abstract class CharMappingRule implements NormalizationRule {

  /** What {@link #map(char)} returns for a char that is removed. */
  protected static final int DROP = -1;

  /** The replacement of {@code c}: {@code c} itself when unchanged, or {@link #DROP}. */
  protected abstract int map(char c);

  @Override
  public final int apply(AlignedChars in, AlignedChars out) {
    out.reserve(in.length);
    char[] dst = out.chars;
    int[] dstOrigins = out.origins;
    int n = out.length;
    int changed = 0;
    for (int i = 0; i < in.length; i++) {
      char c = in.chars[i];
      int m = map(c);
      if (m != c) {
        changed++;
      }
      if (m != DROP) {
        dst[n] = (char) m;
        dstOrigins[n++] = in.origins[i];
      }
    }
    out.length = n;
    return changed;
  }
}
