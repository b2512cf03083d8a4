package org.marsad.text;

/**
 * Removes harakat and the other combining marks of Arabic script, which news text uses
 * inconsistently.
 *
 * <p>Removes: Quranic honorifics and small marks U+0610–U+061A; tanwin, fatha, damma, kasra,
 * shadda, sukun, madda, loose hamza above and below and the other marks U+064B–U+065F; superscript
 * (dagger) alef U+0670; Quranic annotation signs U+06D6–U+06ED; the Arabic Extended-A marks
 * U+08D3–U+08E1 and U+08E3–U+08FF (U+08E2, a format sign, is left alone). Example: {@code
 * "الإرهابَ"} to {@code "الإرهاب"}, {@code "مُحَمَّد"} to {@code "محمد"}. A hamza that NFD split
 * from its letter is recomposed by {@link HamzaCompositionRule} before this rule runs.
 */
public final class DiacriticsRule extends CharMappingRule {
  static final char QURANIC_MARKS_FIRST = '\u0610';
  static final char QURANIC_MARKS_LAST = '\u061A';
  static final char FATHATAN = '\u064B';
  static final char LAST_ARABIC_MARK = '\u065F';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char QURANIC_ANNOTATIONS_FIRST = '\u06D6';
  static final char QURANIC_ANNOTATIONS_LAST = '\u06ED';
  static final char EXTENDED_A_MARKS_FIRST = '\u08D3';
  static final char DISPUTED_END_OF_AYAH = '\u08E2';
  static final char EXTENDED_A_MARKS_LAST = '\u08FF';

  @Override
  public String name() {
    return "diacritics";
  }

  @Override
  protected int map(char c) {
    return isDiacritic(c) ? DROP : c;
  }

  static boolean isDiacritic(char c) {
    return (c >= QURANIC_MARKS_FIRST && c <= QURANIC_MARKS_LAST)
        || (c >= FATHATAN && c <= LAST_ARABIC_MARK)
        || c == SUPERSCRIPT_ALEF
        || (c >= QURANIC_ANNOTATIONS_FIRST && c <= QURANIC_ANNOTATIONS_LAST)
        || (c >= EXTENDED_A_MARKS_FIRST && c <= EXTENDED_A_MARKS_LAST && c != DISPUTED_END_OF_AYAH);
  }
}
