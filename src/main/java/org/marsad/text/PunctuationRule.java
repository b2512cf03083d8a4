package org.marsad.text;

/**
 * Arabic punctuation and typographic quote marks to their ASCII counterparts, so that phrases,
 * shingles and quotes compare equal however they were typeset.
 *
 * <p>Changes: Arabic comma {@code ،} U+060C and reversed comma {@code ⹁} U+2E41 to {@code ,};
 * Arabic semicolon {@code ؛} U+061B and reversed semicolon {@code ⁏} U+204F to {@code ;}; Arabic
 * question mark {@code ؟} U+061F and reversed question mark {@code ⸮} U+2E2E to {@code ?}; Arabic
 * percent {@code ٪} U+066A to {@code %}; Arabic full stop {@code ۔} U+06D4 to {@code .}; Arabic
 * five-pointed star {@code ٭} U+066D to {@code *}; double quotes {@code « » “ ” „ ‟ 〝 〞 〟} (U+00AB,
 * U+00BB, U+201C–U+201F, U+301D–U+301F) to {@code "}; single quotes {@code ‘ ’ ‚ ‛ ‹ ›}
 * (U+2018–U+201B, U+2039, U+203A) to {@code '}. Example: {@code «هل؟»} to {@code "هل?"}.
 */
public final class PunctuationRule extends CharMappingRule {
  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_PERCENT_SIGN = '\u066A';
  static final char ARABIC_FIVE_POINTED_STAR = '\u066D';
  static final char ARABIC_FULL_STOP = '\u06D4';
  static final char REVERSED_COMMA = '\u2E41';
  static final char REVERSED_SEMICOLON = '\u204F';
  static final char REVERSED_QUESTION_MARK = '\u2E2E';
  static final char LEFT_GUILLEMET = '\u00AB';
  static final char RIGHT_GUILLEMET = '\u00BB';
  static final char LEFT_SINGLE_QUOTE = '\u2018';
  static final char SINGLE_HIGH_REVERSED_QUOTE = '\u201B';
  static final char LEFT_DOUBLE_QUOTE = '\u201C';
  static final char DOUBLE_HIGH_REVERSED_QUOTE = '\u201F';
  static final char SINGLE_LEFT_GUILLEMET = '\u2039';
  static final char SINGLE_RIGHT_GUILLEMET = '\u203A';
  static final char REVERSED_DOUBLE_PRIME_QUOTE = '\u301D';
  static final char LOW_DOUBLE_PRIME_QUOTE = '\u301F';

  @Override
  public String name() {
    return "punctuation";
  }

  @Override
  protected int map(char c) {
    if ((c >= LEFT_DOUBLE_QUOTE && c <= DOUBLE_HIGH_REVERSED_QUOTE)
        || (c >= REVERSED_DOUBLE_PRIME_QUOTE && c <= LOW_DOUBLE_PRIME_QUOTE)) {
      return '"';
    }
    if (c >= LEFT_SINGLE_QUOTE && c <= SINGLE_HIGH_REVERSED_QUOTE) {
      return '\'';
    }
    return switch (c) {
      case ARABIC_COMMA, REVERSED_COMMA -> ',';
      case ARABIC_SEMICOLON, REVERSED_SEMICOLON -> ';';
      case ARABIC_QUESTION_MARK, REVERSED_QUESTION_MARK -> '?';
      case ARABIC_PERCENT_SIGN -> '%';
      case ARABIC_FULL_STOP -> '.';
      case ARABIC_FIVE_POINTED_STAR -> '*';
      case LEFT_GUILLEMET, RIGHT_GUILLEMET -> '"';
      case SINGLE_LEFT_GUILLEMET, SINGLE_RIGHT_GUILLEMET -> '\'';
      default -> c;
    };
  }
}
