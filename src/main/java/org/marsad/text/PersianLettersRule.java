package org.marsad.text;

/**
 * Persian, Urdu and Kurdish letters that leak into Arabic text (Persian keyboards, copied tags) to
 * the Arabic letters they look like, so that a tag typed with a Persian yeh matches the body's
 * Arabic yeh. Lucene's ArabicNormalizer does not do this.
 *
 * <p>Changes to {@code ي} (U+064A): Farsi yeh {@code ی} U+06CC, yeh with small v {@code ې} U+06D0,
 * yeh with tail {@code ۍ} U+06CD. To {@code ك} (U+0643): keheh {@code ک} U+06A9, swash kaf {@code
 * ڪ} U+06AA. To {@code ه} (U+0647): heh goal {@code ہ} U+06C1, ae {@code ە} U+06D5, heh with yeh
 * above {@code ۀ} U+06C0, heh goal with hamza {@code ۂ} U+06C2, teh marbuta goal {@code ۃ} U+06C3.
 * Example: {@code "الإسلامی"} to {@code "الإسلامي"}.
 *
 * <p>Decision on swash kaf {@code ڪ}: a distinct letter only in Sindhi; in Arabic-script news it is
 * a decorative kaf, so it folds to {@code ك}. Urdu yeh barree {@code ے} is left alone: it is not
 * written for an Arabic letter.
 */
public final class PersianLettersRule extends CharMappingRule {
  static final char YEH = '\u064A';
  static final char KAF = '\u0643';
  static final char HEH = '\u0647';
  static final char FARSI_YEH = '\u06CC';
  static final char YEH_SMALL_V = '\u06D0';
  static final char YEH_WITH_TAIL = '\u06CD';
  static final char KEHEH = '\u06A9';
  static final char SWASH_KAF = '\u06AA';
  static final char HEH_GOAL = '\u06C1';
  static final char AE = '\u06D5';
  static final char HEH_WITH_YEH_ABOVE = '\u06C0';
  static final char HEH_GOAL_WITH_HAMZA = '\u06C2';
  static final char TEH_MARBUTA_GOAL = '\u06C3';

  @Override
  public String name() {
    return "persian-letters";
  }

  @Override
  protected int map(char c) {
    return switch (c) {
      case FARSI_YEH, YEH_SMALL_V, YEH_WITH_TAIL -> YEH;
      case KEHEH, SWASH_KAF -> KAF;
      case HEH_GOAL, AE, HEH_WITH_YEH_ABOVE, HEH_GOAL_WITH_HAMZA, TEH_MARBUTA_GOAL -> HEH;
      default -> c;
    };
  }
}
