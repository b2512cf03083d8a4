package org.marsad.web;

/** Writing numbers with Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) instead of Latin ones (0123456789). */
final class Digits {
  private static final char ARABIC_INDIC_ZERO = '\u0660';

  private Digits() {}

  /** {@code text} with every Latin digit replaced by its Arabic-Indic digit; null stays null. */
  static String arabicIndic(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (ARABIC_INDIC_ZERO + (c - '0')) : c);
    }
    return out.toString();
  }
}
