package org.marsad.text;

/**
 * Arabic-Indic and Extended Arabic-Indic (Persian/Urdu) digits to ASCII digits, with the Arabic
 * decimal and thousands separators, so that {@code ٢٠٢٥} matches {@code 2025}.
 *
 * <p>Changes {@code ٠}–{@code ٩} (U+0660–U+0669) and {@code ۰}–{@code ۹} (U+06F0–U+06F9) to {@code
 * 0}–{@code 9}, the Arabic decimal separator {@code ٫} U+066B to {@code .}, the Arabic thousands
 * separator {@code ٬} U+066C to {@code ,}. Example: {@code "١٢٫٥"} to {@code "12.5"}.
 */
public final class ArabicDigitsRule extends CharMappingRule {
  static final char ARABIC_INDIC_ZERO = '\u0660';
  static final char ARABIC_INDIC_NINE = '\u0669';
  static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
  static final char EXTENDED_ARABIC_INDIC_NINE = '\u06F9';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  @Override
  public String name() {
    return "arabic-digits";
  }

  @Override
  protected int map(char c) {
    if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
      return '0' + (c - ARABIC_INDIC_ZERO);
    }
    if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_NINE) {
      return '0' + (c - EXTENDED_ARABIC_INDIC_ZERO);
    }
    return switch (c) {
      case ARABIC_DECIMAL_SEPARATOR -> '.';
      case ARABIC_THOUSANDS_SEPARATOR -> ',';
      default -> c;
    };
  }
}
