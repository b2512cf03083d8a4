package org.marsad.text;

/**
 * Removes tatweel (kashida, U+0640), the stretching stroke used for justification and emphasis.
 * Example: {@code "الإرهـــاب"} to {@code "الإرهاب"}.
 */
public final class TatweelRule extends CharMappingRule {
  static final char TATWEEL = '\u0640';

  @Override
  public String name() {
    return "tatweel";
  }

  @Override
  protected int map(char c) {
    return c == TATWEEL ? DROP : c;
  }
}
