package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a tag line ("النفط، أوبك، الطاقة") into tags as printed. Separators: ، , ; ؛ | / # · • and
 * a dash with spaces around it; a dash inside a word ("كوفيد-19") is part of the tag.
 */
final class DumpTagSplitter {
  private static final String SEPARATORS = "\u060C,;\u061B|/#\u00B7\u2022\n";
  private static final String DASHES = "-\u2013\u2014";

  private DumpTagSplitter() {}

  static boolean hasListSeparator(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (SEPARATORS.indexOf(value.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static List<String> split(String value) {
    List<String> tags = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || isSeparatorAt(value, i)) {
        String tag = DumpLineClassifier.stripEndPunctuation(value.substring(start, i).strip());
        if (!tag.isEmpty()) {
          tags.add(tag);
        }
        start = i + 1;
      }
    }
    return tags;
  }

  private static boolean isSeparatorAt(String value, int i) {
    char c = value.charAt(i);
    if (SEPARATORS.indexOf(c) >= 0) {
      return true;
    }
    return DASHES.indexOf(c) >= 0
        && (i == 0 || Character.isWhitespace(value.charAt(i - 1)))
        && (i + 1 == value.length() || Character.isWhitespace(value.charAt(i + 1)));
  }
}
