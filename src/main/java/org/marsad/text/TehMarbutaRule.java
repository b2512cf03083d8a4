package org.marsad.text;

/**
 * Teh marbuta {@code ة} (U+0629) to heh {@code ه} (U+0647): a final {@code ة} is often typed
 * without its dots. Example: {@code "وزارة"} to {@code "وزاره"}.
 */
public final class TehMarbutaRule extends CharMappingRule {
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';

  @Override
  public String name() {
    return "teh-marbuta";
  }

  @Override
  protected int map(char c) {
    return c == TEH_MARBUTA ? HEH : c;
  }
}
