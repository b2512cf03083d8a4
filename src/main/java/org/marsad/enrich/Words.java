package org.marsad.enrich;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * The words of a text as keywords and tags see them: runs of letters and digits of the normalized
 * text ({@link ArabicNormalizer#standard()}, lowercased), each with its {@link WordKeys#key}, the
 * key's hash, its range in the original text, whether punctuation or a line break follows it (a
 * phrase never crosses one) and whether it is informative (not a {@link KeywordStopwords stopword},
 * not a number nor letters glued to digits, two to {@value #MAX_INFORMATIVE_CHARS} chars).
 *
 * <p>Resolving clitics, a word takes the other reading of its key ({@link #bareKeys}) when another
 * word of the same text has that key ({@code وسوريا} counts as {@code سوريا} when the text also
 * says {@code سوريا}, {@code للبنان} as {@code لبنان} when it also says {@code لبنان}) or when a
 * caller's corpus says so: evidence that the letter is a clitic. Its display then starts after the
 * letter ({@code سوريا}, still a span of the text).
 *
 * <p>Only the first {@code maxChars} chars are read, so that a pathological text costs no more than
 * a long article. Immutable after construction; not shared between threads by its users.
 */
final class Words {
  private static final int MIN_INFORMATIVE_LETTERS = 2;

  /** The Arabic blocks (letters, supplement, extended-A) that normalized text still holds. */
  private static final int ARABIC_FIRST = 0x0600;

  private static final int ARABIC_LAST = 0x08FF;

  /** Longer runs of letters are glued words or junk, not a name: no keyword, no tag. */
  static final int MAX_INFORMATIVE_CHARS = 40;

  private static final String ARTICLE = "\u0627\u0644";
  private static final String LAM = "\u0644";
  private static final String LAM_LAM = "\u0644\u0644";

  final String original;
  int size;
  final String[] keys;
  final long[] hashes;
  final int[] starts;
  final int[] ends;
  final boolean[] clauseEndsAfter;
  final boolean[] informative;

  /**
   * Whether the word is written as its key or with the article only, the spelling display prefers
   * ({@code الأمن} rather than {@code والأمن}).
   */
  final boolean[] plain;

  /**
   * The other reading of the word's key, or null: without a leading proclitic letter for a word
   * without the article ({@code وسوريا} may be {@code سوريا}; {@code والولايات} has no other
   * reading, its {@code و} is a root letter of {@code ولايات}), or with a lam for a word read as
   * {@code لل} + noun ({@code للبنان} may be {@code ل} + {@code لبنان}, not {@code ل} + {@code
   * البنان}). Where a tag may hide in a text.
   */
  final String[] bareKeys;

  /** Where the other reading starts in the original (after the proclitic letter it drops). */
  final int[] bareStarts;

  /** Where the word's display starts: after a proclitic letter resolved away. */
  final int[] displayStarts;

  private Words(String original, int capacity) {
    this.original = original;
    keys = new String[capacity];
    hashes = new long[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    clauseEndsAfter = new boolean[capacity];
    informative = new boolean[capacity];
    plain = new boolean[capacity];
    bareKeys = new String[capacity];
    bareStarts = new int[capacity];
    displayStarts = new int[capacity];
  }

  /** The words of the first {@code maxChars} chars of {@code text} (null reads as empty). */
  static Words of(String text, int maxChars, boolean resolveProclitics) {
    return of(text, maxChars, resolveProclitics ? (key, other) -> false : null);
  }

  /**
   * The words of the first {@code maxChars} chars of {@code text} (null reads as empty), with a
   * word's other reading taken when it occurs in the text or {@code preferOther} accepts it (given
   * the key and the other reading); null resolves nothing.
   */
  static Words of(String text, int maxChars, BiPredicate<String, String> preferOther) {
    String original = text == null ? "" : text;
    String head = original.length() > maxChars ? cut(original, maxChars) : original;
    NormalizedText normalized = ArabicNormalizer.standard().normalizeAligned(head);
    String s = normalized.text();
    Words w = new Words(original, s.length() / 2 + 1);
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        if (n > 0 && cp != ' ') {
          w.clauseEndsAfter[n - 1] = true;
        }
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean digits = true;
      boolean someDigit = false;
      boolean arabic = false;
      boolean upper = false;
      while (i < s.length() && Character.isLetterOrDigit(cp = s.codePointAt(i))) {
        boolean digit = Character.isDigit(cp);
        digits &= digit;
        someDigit |= digit;
        arabic |= cp >= ARABIC_FIRST && cp <= ARABIC_LAST;
        upper |= Character.isUpperCase(cp);
        i += Character.charCount(cp);
      }
      String word = s.substring(start, i);
      if (upper) {
        word = word.toLowerCase(Locale.ROOT);
      }
      String key = WordKeys.key(word);
      w.keys[n] = key;
      w.starts[n] = normalized.originalStart(start);
      w.displayStarts[n] = w.starts[n];
      w.ends[n] = normalized.originalEnd(i);
      w.plain[n] = word.length() == key.length() || word.equals(ARTICLE + key);
      w.informative[n] =
          !digits
              && !(someDigit && arabic)
              && word.length() <= MAX_INFORMATIVE_CHARS
              && key.codePointCount(0, key.length()) >= MIN_INFORMATIVE_LETTERS
              && !KeywordStopwords.contains(word, key);
      int prefix = word.length() - key.length();
      if (prefix == 0) {
        w.bareKeys[n] = WordKeys.withoutProclitic(key);
        w.bareStarts[n] = normalized.originalStart(start + 1);
      } else if (word.startsWith(LAM_LAM, prefix - 2)) {
        w.bareKeys[n] = LAM + key;
        w.bareStarts[n] = normalized.originalStart(start + prefix - 1);
      }
      n++;
    }
    if (preferOther != null) {
      resolve(w, n, preferOther);
    }
    for (int k = 0; k < n; k++) {
      w.hashes[k] = WordKeys.hash(w.keys[k]);
    }
    if (n > 0) {
      w.clauseEndsAfter[n - 1] = true;
    }
    w.size = n;
    return w;
  }

  /**
   * Takes other readings, longer ones first: {@code للبنان} becomes {@code لبنان} before {@code
   * لبنان} is asked whether it is {@code ل} + {@code بنان}, which it then is not.
   */
  private static void resolve(Words w, int n, BiPredicate<String, String> preferOther) {
    for (boolean longer : new boolean[] {true, false}) {
      Set<String> keys = new HashSet<>(n * 2);
      for (int k = 0; k < n; k++) {
        keys.add(w.keys[k]);
      }
      for (int k = 0; k < n; k++) {
        String other = w.bareKeys[k];
        if (other != null
            && (other.length() > w.keys[k].length()) == longer
            && (keys.contains(other) || preferOther.test(w.keys[k], other))) {
          w.keys[k] = other;
          w.informative[k] &= !KeywordStopwords.contains(other, other);
          w.displayStarts[k] = w.bareStarts[k];
          w.bareKeys[k] = null;
        }
      }
    }
  }

  /** Whether words {@code [from, to)} lie in one clause (no punctuation between them). */
  boolean oneClause(int from, int to) {
    for (int k = from; k < to - 1; k++) {
      if (clauseEndsAfter[k]) {
        return false;
      }
    }
    return true;
  }

  /** The original text of words {@code [from, to)}, each whitespace run shown as one space. */
  String display(int from, int to) {
    String s = original.substring(displayStarts[from], ends[to - 1]);
    StringBuilder b = new StringBuilder(s.length());
    boolean lastSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space) {
        b.append(c);
      } else if (!lastSpace) {
        b.append(' ');
      }
      lastSpace = space;
    }
    return b.toString();
  }

  /** The key sequence of words {@code [from, to)}, space-separated. */
  String keyOf(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(keys[k]);
    }
    return b.toString();
  }

  private static String cut(String text, int limit) {
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end);
  }
}
