package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw text into tokens the way ANERcorp is tokenized, keeping offsets into the original: a
 * token is a run of letters, digits and the marks written on them (harakat, tatweel, joiners), and
 * every other visible character is a token of its own ({@code "(القاهرة)،"} gives {@code ( القاهرة
 * ) ،}). Clitics stay on their word, as in the corpus ({@code بالقاهرة} is one token).
 *
 * <p>{@link #sentences} groups the tokens into the units the tagger decodes: a sentence ends after
 * {@code . ! ? ؟ ؛}, at a line break, or after {@value #MAX_SENTENCE_TOKENS} tokens, so that one
 * megabyte without punctuation costs the same per token as short sentences. Stateless and
 * thread-safe.
 */
public final class NerTokenizer {
  /** Longest unit the tagger decodes; a name is almost never cut by this bound. */
  static final int MAX_SENTENCE_TOKENS = 120;

  private static final char TATWEEL = '\u0640';
  private static final char ZWNJ = '\u200C';
  private static final char ZWJ = '\u200D';

  /** The tokens of {@code text} in order; empty for null or blank text. */
  public List<NerToken> tokenize(String text) {
    List<NerToken> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isIgnorable(cp)) {
        i += width;
      } else if (isWordChar(cp)) {
        int start = i;
        while (i < n) {
          int c = text.codePointAt(i);
          if (!isWordChar(c)) {
            break;
          }
          i += Character.charCount(c);
        }
        tokens.add(new NerToken(text.substring(start, i), start, i));
      } else {
        tokens.add(new NerToken(text.substring(i, i + width), i, i + width));
        i += width;
      }
    }
    return tokens;
  }

  /** The tokens of {@code text} grouped into sentences (see the class comment). */
  List<List<NerToken>> sentences(String text) {
    List<List<NerToken>> sentences = new ArrayList<>();
    List<NerToken> current = new ArrayList<>();
    NerToken previous = null;
    for (NerToken token : tokenize(text)) {
      if (previous != null && lineBreakBetween(text, previous.end(), token.start())) {
        flush(sentences, current);
        current = new ArrayList<>();
      }
      current.add(token);
      if (endsSentence(token.text()) || current.size() >= MAX_SENTENCE_TOKENS) {
        flush(sentences, current);
        current = new ArrayList<>();
      }
      previous = token;
    }
    flush(sentences, current);
    return sentences;
  }

  private static void flush(List<List<NerToken>> sentences, List<NerToken> current) {
    if (!current.isEmpty()) {
      sentences.add(current);
    }
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(String token) {
    return token.length() == 1 && ".!?\u061F\u061B".indexOf(token.charAt(0)) >= 0;
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp) || cp == TATWEEL || cp == ZWNJ || cp == ZWJ) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Direction marks and other format characters that news text scatters between words. */
  private static boolean isIgnorable(int cp) {
    return Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp);
  }
}
