package org.marsad.text;

import java.text.Normalizer;

/**
 * Recomposes letters that NFD split into a base letter and a combining hamza or madda, so that
 * decomposed input normalizes like precomposed input.
 *
 * <p>Changes a base letter followed by U+0653 (madda above), U+0654 (hamza above) or U+0655 (hamza
 * below) into the precomposed letter Unicode defines for the pair: {@code ا}+U+0653 to {@code آ},
 * {@code ا}+U+0654 to {@code أ}, {@code ا}+U+0655 to {@code إ}, {@code و}+U+0654 to {@code ؤ},
 * {@code ي}+U+0654 to {@code ئ}, {@code ە}+U+0654 to {@code ۀ}, {@code ہ}+U+0654 to {@code ۂ},
 * {@code ے}+U+0654 to {@code ۓ} (the table is read from the JDK's NFD data, not typed by hand).
 * Harakat between the base and the hamza (U+064B–U+0652, which NFD orders first: {@code أَ} is
 * {@code ا}+fatha+U+0654) are kept in place. Without this rule the diacritics rule would drop the
 * loose hamza and {@code ؤ}, {@code ئ} would no longer match their precomposed forms.
 */
public final class HamzaCompositionRule implements RareCharRule {
  private static final char ARABIC_FIRST = '\u0600';
  private static final char ARABIC_LAST = '\u06FF';
  private static final char MADDA_ABOVE = '\u0653';
  private static final char HAMZA_ABOVE = '\u0654';
  private static final char HAMZA_BELOW = '\u0655';
  private static final char FATHATAN = '\u064B';
  private static final char SUKUN = '\u0652';

  /**
   * Precomposed letter per [base - ARABIC_FIRST][mark - MADDA_ABOVE], 0 where none; a null row for
   * a base that composes with no mark.
   */
  private static final char[][] COMPOSED = buildCompositions();

  @Override
  public String name() {
    return "hamza-composition";
  }

  @Override
  public int apply(AlignedChars in, AlignedChars out) {
    if (!containsCombiningHamzaOrMadda(in)) {
      out.appendRange(in, 0, in.length);
      return 0;
    }
    int changed = 0;
    int i = 0;
    while (i < in.length) {
      char base = in.chars[i];
      char[] compositions = compositionsOf(base);
      int hamza = i + 1;
      while (compositions != null && hamza < in.length && isHaraka(in.chars[hamza])) {
        hamza++;
      }
      char composed =
          compositions != null && hamza < in.length
              ? composition(compositions, in.chars[hamza])
              : 0;
      if (composed == 0) {
        out.append(base, in.origins[i]);
        i++;
        continue;
      }
      out.append(composed, in.origins[i]);
      out.appendRange(in, i + 1, hamza);
      changed += 2;
      i = hamza + 1;
    }
    return changed;
  }

  /** Precomposed text, the common case, has none: it is then copied at memory speed. */
  private boolean containsCombiningHamzaOrMadda(AlignedChars in) {
    for (int i = 0; i < in.length; i++) {
      if (mayRewrite(in.chars[i])) {
        return true;
      }
    }
    return false;
  }

  /** Only a combining madda or hamza composes with the letter before it. */
  @Override
  public boolean mayRewrite(char c) {
    return c >= MADDA_ABOVE && c <= HAMZA_BELOW;
  }

  /** The compositions of {@code base} indexed by mark, or null when it composes with none. */
  private static char[] compositionsOf(char base) {
    return base >= ARABIC_FIRST && base <= ARABIC_LAST ? COMPOSED[base - ARABIC_FIRST] : null;
  }

  private static char composition(char[] compositions, char mark) {
    return mark >= MADDA_ABOVE && mark <= HAMZA_BELOW ? compositions[mark - MADDA_ABOVE] : 0;
  }

  private static boolean isHaraka(char c) {
    return c >= FATHATAN && c <= SUKUN;
  }

  private static char[][] buildCompositions() {
    char[][] table = new char[ARABIC_LAST - ARABIC_FIRST + 1][];
    for (char c = ARABIC_FIRST; c <= ARABIC_LAST; c++) {
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      if (nfd.length() == 2) {
        char base = nfd.charAt(0);
        char mark = nfd.charAt(1);
        if (base >= ARABIC_FIRST
            && base <= ARABIC_LAST
            && mark >= MADDA_ABOVE
            && mark <= HAMZA_BELOW) {
          if (table[base - ARABIC_FIRST] == null) {
            table[base - ARABIC_FIRST] = new char[HAMZA_BELOW - MADDA_ABOVE + 1];
          }
          table[base - ARABIC_FIRST][mark - MADDA_ABOVE] = c;
        }
      }
    }
    return table;
  }
}
