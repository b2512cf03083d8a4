package org.marsad.text;

/**
 * Removes invisible format characters that split or disguise words without being seen.
 *
 * <p>Removes: LRM U+200E, RLM U+200F, ALM U+061C, zero-width space U+200B, ZWNJ U+200C, ZWJ U+200D,
 * word joiner U+2060, BOM / zero-width no-break space U+FEFF, soft hyphen U+00AD, bidi embeddings
 * and overrides U+202A–U+202E, bidi isolates U+2066–U+2069. Example: {@code "ال\u200Fإرهاب"} to
 * {@code "الإرهاب"}.
 *
 * <p>Decision on ZWNJ and ZWJ: both only change how glyphs join. In Arabic news they are mostly
 * editing debris; in Persian, ZWNJ separates parts of one word ({@code می‌خواهم}). Removing them
 * keeps such a word one token, written as a user types it without ZWNJ ({@code میخواهم}).
 */
public final class InvisibleCharsRule extends CharMappingRule {
  static final char SOFT_HYPHEN = '\u00AD';
  static final char ARABIC_LETTER_MARK = '\u061C';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  static final char ZERO_WIDTH_JOINER = '\u200D';
  static final char LEFT_TO_RIGHT_MARK = '\u200E';
  static final char RIGHT_TO_LEFT_MARK = '\u200F';
  static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
  static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
  static final char WORD_JOINER = '\u2060';
  static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
  static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
  static final char BYTE_ORDER_MARK = '\uFEFF';

  @Override
  public String name() {
    return "invisible-chars";
  }

  @Override
  protected int map(char c) {
    return isInvisible(c) ? DROP : c;
  }

  private static boolean isInvisible(char c) {
    return switch (c) {
      case SOFT_HYPHEN,
          ARABIC_LETTER_MARK,
          ZERO_WIDTH_SPACE,
          ZERO_WIDTH_NON_JOINER,
          ZERO_WIDTH_JOINER,
          LEFT_TO_RIGHT_MARK,
          RIGHT_TO_LEFT_MARK,
          WORD_JOINER,
          BYTE_ORDER_MARK ->
          true;
      default ->
          (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
              || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE);
    };
  }
}
