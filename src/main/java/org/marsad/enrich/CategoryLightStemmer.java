package org.marsad.enrich;

/**
 * Light stemming of a normalized Arabic word for the category features, after Larkey's light10: one
 * leading {@code و} (when at least {@value #MIN_AFTER_WAW} letters follow), then the longest
 * article form ({@code وال، بال، كال، فال، لل، ال}), then suffixes ({@code ها، ان، ات، ون، ين، يه،
 * ه، ي}) one after another while at least {@value #MIN_STEM} letters remain. Example: {@code
 * والانتخابات} to {@code انتخاب}. Input is normalized ({@code ة} already {@code ه}, {@code ى}
 * already {@code ي}); words in other scripts come back unchanged. A crude stem, wrong on some
 * words, but consistent: the classifier only needs the inflected forms of one word to meet.
 */
final class CategoryLightStemmer {
  static final int MIN_AFTER_WAW = 3;
  static final int MIN_STEM = 2;

  private static final String[] ARTICLES = {
    "\u0648\u0627\u0644", // وال
    "\u0628\u0627\u0644", // بال
    "\u0643\u0627\u0644", // كال
    "\u0641\u0627\u0644", // فال
    "\u0644\u0644", // لل
    "\u0627\u0644" // ال
  };

  private static final String[] SUFFIXES = {
    "\u0647\u0627", // ها
    "\u0627\u0646", // ان
    "\u0627\u062a", // ات
    "\u0648\u0646", // ون
    "\u064a\u0646", // ين
    "\u064a\u0647", // يه
    "\u0647", // ه
    "\u064a" // ي
  };

  private static final char WAW = '\u0648';

  String stem(String word) {
    int start = 0;
    int end = word.length();
    if (end - start > MIN_AFTER_WAW && word.charAt(start) == WAW) {
      start++;
    }
    for (String article : ARTICLES) {
      if (end - start - article.length() >= MIN_STEM && word.startsWith(article, start)) {
        start += article.length();
        break;
      }
    }
    for (String suffix : SUFFIXES) {
      if (end - start - suffix.length() >= MIN_STEM
          && word.startsWith(suffix, end - suffix.length())) {
        end -= suffix.length();
      }
    }
    return start == 0 && end == word.length() ? word : word.substring(start, end);
  }
}
