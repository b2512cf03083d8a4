package org.marsad.text;

/**
 * Alef maksura {@code ى} (U+0649) to yeh {@code ي} (U+064A): Egyptian and many web writers drop the
 * dots of a final yeh, so the two are written interchangeably. Example: {@code "مستشفى"} to {@code
 * "مستشفي"}.
 */
public final class AlefMaksuraRule extends CharMappingRule {
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH = '\u064A';

  @Override
  public String name() {
    return "alef-maksura";
  }

  @Override
  protected int map(char c) {
    return c == ALEF_MAKSURA ? YEH : c;
  }
}
