package org.marsad.enrich;

/**
 * A name as shown: the source's own spelling (hamza, diacritics and letters as written), trimmed of
 * what is not part of it.
 *
 * <p>{@link #of}: surrounding spaces, punctuation and quotes removed, runs of white space made one
 * space, and the clitics attached to a leading article dropped: {@code [و|ف]?[ب|ك]?ال} keeps its
 * {@code ال} ({@code "والعراق"} to {@code "العراق"}), {@code [و|ف]?لل} gets its alef back ({@code
 * "للأمم المتحدة"} to {@code "الأمم المتحدة"}). A bare clitic letter stays ({@code وليد} is a
 * name); {@link #withoutFirstLetter} drops one where the context shows it is a clitic.
 */
public final class EntitySpelling {
  /**
   * The longest name kept, in chars: longer spans are a recognizer's runaway, not a name. Stored
   * names are cut to it too.
   */
  public static final int MAX_CHARS = 200;

  private EntitySpelling() {}

  /** The display form of a mention's text; empty when nothing of it is a letter or digit. */
  public static String of(String text) {
    String s = trim(collapseSpaces(text));
    int article = articleAt(s);
    if (article > 0) {
      s = s.charAt(article) == EntityKey.ALEF ? s.substring(article) : "ا" + s.substring(article);
    }
    return s;
  }

  /** {@code s} cut to {@link #MAX_CHARS} chars, never inside a surrogate pair. */
  public static String capped(String s) {
    if (s == null || s.length() <= MAX_CHARS) {
      return s;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** The spelling without its first letter, a clitic ({@code "وغوتيريش"} to {@code "غوتيريش"}). */
  static String withoutFirstLetter(String spelling) {
    return spelling.substring(1);
  }

  /**
   * Where the article of a leading {@code [و|ف]?[ب|ك]?ال} or {@code [و|ف]?لل} starts (the {@code ا}
   * or the second {@code ل}), when clitics precede it and a word follows; 0 otherwise.
   */
  private static int articleAt(String s) {
    int i = 0;
    if (i < s.length() && (s.charAt(i) == EntityKey.WAW || s.charAt(i) == EntityKey.FEH)) {
      i++;
    }
    boolean preposition =
        i < s.length() && (s.charAt(i) == EntityKey.BEH || s.charAt(i) == EntityKey.KAF);
    int p = preposition ? i + 1 : i;
    if (p + 3 > s.length()) {
      return 0;
    }
    if (s.charAt(p) == EntityKey.ALEF && s.charAt(p + 1) == EntityKey.LAM) {
      return p;
    }
    boolean lamLam = s.charAt(p) == EntityKey.LAM && s.charAt(p + 1) == EntityKey.LAM;
    return !preposition && lamLam ? p + 1 : 0;
  }

  private static String collapseSpaces(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.toString();
  }

  /** Without leading and trailing chars that are neither letters, digits nor combining marks. */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !partOfWord(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean partOfWord(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
