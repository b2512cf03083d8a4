package org.marsad.text;

/**
 * Folds alef carrying a hamza, madda or wasla to bare alef, since writers use them interchangeably.
 *
 * <p>Changes to {@code ا} (U+0627): {@code أ} U+0623, {@code إ} U+0625, {@code آ} U+0622, {@code ٱ}
 * U+0671, and the rarer {@code ٲ} U+0672, {@code ٳ} U+0673, {@code ٵ} U+0675. Example: {@code
 * "الإرهاب"} to {@code "الارهاب"}. Hamza on waw and yeh ({@code ؤ ئ}) and the lone hamza {@code ء}
 * are left alone.
 */
public final class AlefFormsRule extends CharMappingRule {
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA_ABOVE = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  static final char HIGH_HAMZA_ALEF = '\u0675';

  @Override
  public String name() {
    return "alef-forms";
  }

  @Override
  protected int map(char c) {
    return switch (c) {
      case ALEF_MADDA_ABOVE,
          ALEF_HAMZA_ABOVE,
          ALEF_HAMZA_BELOW,
          ALEF_WASLA,
          ALEF_WAVY_HAMZA_ABOVE,
          ALEF_WAVY_HAMZA_BELOW,
          HIGH_HAMZA_ALEF ->
          ALEF;
      default -> c;
    };
  }
}
