package org.marsad.text;

/**
 * Repairs Java strings that are not valid UTF-16. A JSON escape such as {@code "\ud800"} yields a
 * lone surrogate, which has no UTF-8 form: the store would write it as a replacement character and
 * read back text that differs from what was given, so every re-import would look like an edit.
 */
public final class Utf16 {
  /** What stands in for an unpaired surrogate, as a strict UTF-8 encoder would write it. */
  public static final char REPLACEMENT = '\uFFFD';

  private Utf16() {}

  /**
   * The text with every unpaired surrogate replaced by {@link #REPLACEMENT}; the same instance when
   * there is none. Example: {@code "a\uD800b"} becomes {@code "a\uFFFDb"}; {@code "\uD83D\uDE00"}
   * (a pair) is kept.
   */
  public static String replaceUnpairedSurrogates(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder repaired = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (repaired != null) {
          repaired.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (repaired == null) {
          repaired = new StringBuilder(length).append(text, 0, i);
        }
        repaired.append(REPLACEMENT);
      } else if (repaired != null) {
        repaired.append(c);
      }
    }
    return repaired == null ? text : repaired.toString();
  }

  /**
   * The first {@code maxChars} characters of the text, one fewer when that would split a surrogate
   * pair; the text itself when it is not longer.
   */
  public static String prefix(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
