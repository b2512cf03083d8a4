package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.text.ArabicArticle;
import org.marsad.text.ArabicNormalizer;

/**
 * The form in which names are compared: one key for every spelling of a name. Keys are for matching
 * only; display keeps the spelling the source wrote ({@link EntitySpelling}).
 *
 * <p>{@link #of}: the {@link ArabicNormalizer#standard() standard normalization} (hamza and alef
 * forms, alef maksura, teh marbuta, Persian letters, diacritics, tatweel), Latin lower-cased, split
 * into words at anything that is not a letter or digit, and each word without the article and the
 * clitics attached to it: {@code [و|ف]?[ب|ك]?ال} and {@code [و|ف]?لل}, when at least {@value
 * #MIN_AFTER_ARTICLE} letters remain. Example: {@code "وللأمم المتّحدة"} and {@code "أمم متحده"}
 * both give {@code "امم متحده"}.
 *
 * <p>A bare single-letter clitic ({@code و ب ل ك ف} without the article) is not removed here: too
 * many names start with those letters ({@code وليد، بريطانيا، لبنان، كندا، فلسطين}). {@link
 * #withoutBareClitic} offers the other reading, which {@link EntityCanonicalizer} takes only when
 * the article itself names the rest.
 */
public final class EntityKey {
  static final char ALEF = '\u0627';
  static final char LAM = '\u0644';
  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char KAF = '\u0643';

  /** Letters that must remain after removing an article form. */
  static final int MIN_AFTER_ARTICLE = ArabicArticle.MIN_AFTER;

  /** Letters that must remain after removing a bare clitic letter. */
  static final int MIN_AFTER_BARE_CLITIC = 3;

  private EntityKey() {}

  /** The match key of a name; empty when it has no letter or digit. Linear in its length. */
  public static String of(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String normalized = ArabicNormalizer.standard().normalize(name).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normalized.length());
    int i = 0;
    int n = normalized.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(normalized.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(normalized.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(normalized, start + ArabicArticle.length(normalized, start, i), i);
      }
    }
    return key.toString();
  }

  /** The words of a key. */
  public static List<String> words(String key) {
    return key.isEmpty() ? List.of() : List.of(key.split(" "));
  }

  /**
   * The key read with its first letter as a bare clitic ({@code "وغوتيريش"} to {@code "غوتيريش"}),
   * or null when it does not start with one or too little would remain.
   */
  static String withoutBareClitic(String key) {
    if (key.isEmpty() || !isBareClitic(key.charAt(0))) {
      return null;
    }
    int firstWordEnd = key.indexOf(' ');
    int firstWordLength = firstWordEnd < 0 ? key.length() : firstWordEnd;
    return firstWordLength - 1 >= MIN_AFTER_BARE_CLITIC ? key.substring(1) : null;
  }

  static boolean isBareClitic(char c) {
    return c == WAW || c == BEH || c == LAM || c == KAF || c == FEH;
  }

  /**
   * The short forms of a person's name key that may stand for it: every run of its words that
   * starts at its first word or ends at its last ({@code "محمد بن سلمان"}: {@code "محمد"}, {@code
   * "محمد بن"}, {@code "بن سلمان"}, {@code "سلمان"}), except runs made only of name particles
   * ({@code بن، ابو، عبد...}), which name nobody alone.
   */
  public static List<String> nameParts(String key) {
    List<String> words = words(key);
    List<String> parts = new ArrayList<>();
    for (int k = 1; k < words.size(); k++) {
      addPart(parts, words.subList(0, k));
      addPart(parts, words.subList(words.size() - k, words.size()));
    }
    return parts;
  }

  private static void addPart(List<String> parts, List<String> run) {
    if (run.stream().allMatch(NameParticles::contains)) {
      return;
    }
    String part = String.join(" ", run);
    if (!parts.contains(part)) {
      parts.add(part);
    }
  }
}
