package org.marsad.text;

import java.text.Normalizer;

/**
 * Arabic presentation forms to the base letters they draw, by NFKC applied to those two blocks
 * only.
 *
 * <p>Changes every char of U+FB50–U+FDFF (Presentation Forms-A) and U+FE70–U+FEFF (Presentation
 * Forms-B) that has a compatibility decomposition; others in the blocks (ornate parentheses,
 * U+FDFD, the BOM U+FEFF) are left for later rules. Contextual forms become one letter ({@code ﻫ}
 * U+FEEB to {@code ه}); ligatures become several ({@code ﻻ} U+FEFB to {@code لا}, {@code ﷲ} U+FDF2
 * to {@code الله}, {@code ﷺ} U+FDFA to {@code صلى الله عليه وسلم}). Every output char keeps the
 * ligature's original index. One deviation from NFKC: the spacing forms of harakat ({@code ﹰ}
 * U+FE70, U+FC5E–U+FC63, ...) become the bare mark, not NFKC's space + mark, so that removing
 * diacritics later does not leave a space inside a word.
 */
public final class PresentationFormsRule implements RareCharRule {
  private static final char FORMS_A_FIRST = '\uFB50';
  private static final char FORMS_A_LAST = '\uFDFF';
  private static final char FORMS_B_FIRST = '\uFE70';
  private static final char FORMS_B_LAST = '\uFEFF';

  /** Expansion per char, indexed from {@link #FORMS_A_FIRST}; null where the char stays. */
  private static final char[][] EXPANSIONS = buildExpansions();

  @Override
  public String name() {
    return "presentation-forms";
  }

  @Override
  public int apply(AlignedChars in, AlignedChars out) {
    int changed = 0;
    int i = 0;
    while (i < in.length) {
      int plain = i;
      while (plain < in.length && expansionOf(in.chars[plain]) == null) {
        plain++;
      }
      out.appendRange(in, i, plain);
      if (plain == in.length) {
        break;
      }
      changed++;
      for (char e : expansionOf(in.chars[plain])) {
        out.append(e, in.origins[plain]);
      }
      i = plain + 1;
    }
    return changed;
  }

  @Override
  public boolean mayRewrite(char c) {
    return expansionOf(c) != null;
  }

  private static char[] expansionOf(char c) {
    return c >= FORMS_A_FIRST && c <= FORMS_B_LAST ? EXPANSIONS[c - FORMS_A_FIRST] : null;
  }

  static boolean isPresentationForm(char c) {
    return (c >= FORMS_A_FIRST && c <= FORMS_A_LAST) || (c >= FORMS_B_FIRST && c <= FORMS_B_LAST);
  }

  private static char[][] buildExpansions() {
    char[][] table = new char[FORMS_B_LAST - FORMS_A_FIRST + 1][];
    for (char c = FORMS_A_FIRST; c <= FORMS_B_LAST; c++) {
      if (!isPresentationForm(c)) {
        continue;
      }
      String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      if (!nfkc.equals(String.valueOf(c))) {
        table[c - FORMS_A_FIRST] = withoutSpaceBeforeMarks(nfkc).toCharArray();
      }
    }
    return table;
  }

  /** {@code " ً"} (space + marks, NFKC of a spacing harakat form) to {@code "ً"}. */
  private static String withoutSpaceBeforeMarks(String s) {
    if (s.length() < 2 || s.charAt(0) != ' ') {
      return s;
    }
    for (int i = 1; i < s.length(); i++) {
      if (Character.getType(s.charAt(i)) != Character.NON_SPACING_MARK) {
        return s;
      }
    }
    return s.substring(1);
  }
}
