package org.marsad.text.dates;

import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Text folded for date matching, with a map back to the raw input.
 *
 * <p>On top of {@link ArabicNormalizer#standard()} (hamza and alef forms, ى, ة, diacritics,
 * tatweel) it converts Arabic-Indic ({@code ٠-٩}) and Extended Arabic-Indic ({@code ۰-۹}) digits to
 * ASCII, lower-cases ASCII letters, turns the Arabic comma {@code ،} into {@code ,} and the Unicode
 * dashes into {@code -}, drops invisible format characters (RLM, LRM, ALM, zero-width, BOM, soft
 * hyphen) and collapses every run of whitespace (NBSP included) into one space, leading whitespace
 * dropped. Collapsing keeps the recognizers' patterns free of unbounded whitespace loops.
 *
 * <p>Every vocabulary word the recognizers match goes through {@link #fold(String)}, so pattern and
 * input are always folded by the same rules, whatever the normalizer does.
 */
final class DateText {

  private static final char ARABIC_INDIC_ZERO = '\u0660';
  private static final char ARABIC_INDIC_NINE = '\u0669';
  private static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
  private static final char EXTENDED_ARABIC_INDIC_NINE = '\u06F9';
  private static final char ARABIC_COMMA = '\u060C';
  private static final char HYPHEN = '\u2010';
  private static final char HORIZONTAL_BAR = '\u2015';
  private static final char MINUS_SIGN = '\u2212';
  private static final char NO_BREAK_SPACE = '\u00A0';
  private static final char NARROW_NO_BREAK_SPACE = '\u202F';
  private static final char ARABIC_LETTERS_FIRST = '\u0621';
  private static final char ARABIC_LETTERS_LAST = '\u064A';

  private final String text;
  private final int[] toRaw;
  private final boolean hasDigit;
  private final boolean hasLatinLetter;
  private final boolean hasArabicLetter;

  private DateText(String text, int[] toRaw) {
    this.text = text;
    this.toRaw = toRaw;
    boolean digit = false;
    boolean latin = false;
    boolean arabic = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      digit |= c >= '0' && c <= '9';
      latin |= c >= 'a' && c <= 'z';
      arabic |= c >= ARABIC_LETTERS_FIRST && c <= ARABIC_LETTERS_LAST;
    }
    this.hasDigit = digit;
    this.hasLatinLetter = latin;
    this.hasArabicLetter = arabic;
  }

  /** Folds {@code raw}; {@code raw} must already be cut to the examined length. */
  static DateText of(String raw) {
    NormalizedText normalized = ArabicNormalizer.standard().normalizeAligned(raw);
    String in = normalized.text();
    StringBuilder out = new StringBuilder(in.length());
    int[] toRaw = new int[in.length()];
    boolean afterSpace = true;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (isSpace(c)) {
        if (afterSpace) {
          continue;
        }
        c = ' ';
        afterSpace = true;
      } else {
        c = foldChar(c);
        afterSpace = false;
      }
      toRaw[out.length()] = normalized.originalStart(i);
      out.append(c);
    }
    return new DateText(out.toString(), toRaw);
  }

  /** The folded form of a vocabulary word, as input text containing it would be folded. */
  static String fold(String word) {
    return of(word).text().strip();
  }

  /** The folded text the recognizers match against. */
  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  /** Whether any ASCII digit is present (after folding): every dated form but a relative one. */
  boolean hasDigit() {
    return hasDigit;
  }

  /** Whether any a-z letter is present (after folding). */
  boolean hasLatinLetter() {
    return hasLatinLetter;
  }

  /** Whether any Arabic letter (hamza to yeh) is present. */
  boolean hasArabicLetter() {
    return hasArabicLetter;
  }

  /** Index in the raw input of the folded char at {@code index}. */
  int rawStart(int index) {
    return toRaw[index];
  }

  /** Exclusive raw end of a folded range ending (exclusively) at {@code end > 0}. */
  int rawEnd(int end) {
    return toRaw[end - 1] + 1;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == NO_BREAK_SPACE
        || c == NARROW_NO_BREAK_SPACE
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static char foldChar(char c) {
    if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
      return (char) ('0' + (c - ARABIC_INDIC_ZERO));
    }
    if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_NINE) {
      return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    if (c == ARABIC_COMMA) {
      return ',';
    }
    if ((c >= HYPHEN && c <= HORIZONTAL_BAR) || c == MINUS_SIGN) {
      return '-';
    }
    return c;
  }
}
