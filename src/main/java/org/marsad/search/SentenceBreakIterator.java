package org.marsad.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippet passages, found by scanning from the asked offset: a boundary is
 * where a sentence starts after a terminator ({@code . ! ? ؟ ؛ …}) and white space, or after a line
 * break, plus the start and the end of the text.
 *
 * <p>Why not the JDK's sentence instance: its rule-based {@code preceding} and {@code following}
 * walk the text again from a safe point on every call, and {@link
 * org.apache.lucene.search.uhighlight.LengthGoalBreakIterator} calls them several times per
 * passage; profiling the search API under load put a third of the server's CPU there. This one
 * costs the distance to the nearest boundary. Its rules are those of news prose, Arabic and Latin;
 * abbreviations ("U.S. ") may break a passage early, which only shortens a snippet.
 *
 * <p>Supports what the unified highlighter calls: {@code setText}, {@code getText}, {@code
 * current}, {@code first}, {@code last}, {@code next}, {@code previous}, {@code following}, {@code
 * preceding}. Not thread-safe (the highlighter takes a new one per use).
 */
final class SentenceBreakIterator extends BreakIterator {
  private static final char ARABIC_QUESTION_MARK = '\u061F';
  private static final char ARABIC_SEMICOLON = '\u061B';
  private static final char ELLIPSIS = '\u2026';

  private CharacterIterator source = new StringCharacterIterator("");
  private String text = "";
  private int begin;
  private int current;

  @Override
  public int first() {
    return current = begin;
  }

  @Override
  public int last() {
    return current = end();
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    return following(current);
  }

  @Override
  public int previous() {
    return preceding(current);
  }

  @Override
  public int following(int offset) {
    if (offset >= end()) {
      current = end();
      return DONE;
    }
    int p = Math.max(offset, begin) + 1;
    while (p < end() && !startsSentence(p)) {
      p++;
    }
    return current = p;
  }

  @Override
  public int preceding(int offset) {
    if (offset <= begin) {
      current = begin;
      return DONE;
    }
    int p = Math.min(offset, end()) - 1;
    while (p > begin && !startsSentence(p)) {
      p--;
    }
    return current = p;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return source;
  }

  @Override
  public void setText(String newText) {
    setText(new StringCharacterIterator(newText));
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder chars = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      chars.append(c);
    }
    source = newText;
    text = chars.toString();
    begin = newText.getBeginIndex();
    current = begin;
  }

  private int end() {
    return begin + text.length();
  }

  private char at(int index) {
    return text.charAt(index - begin);
  }

  /**
   * Whether a sentence starts at {@code p} (begin &lt; p &lt; end): not white space, after white
   * space that follows a terminator or holds a line break.
   */
  private boolean startsSentence(int p) {
    if (Character.isWhitespace(at(p)) || !Character.isWhitespace(at(p - 1))) {
      return false;
    }
    int q = p - 1;
    while (q > begin && Character.isWhitespace(at(q))) {
      if (at(q) == '\n') {
        return true;
      }
      q--;
    }
    char before = at(q);
    return before == '\n' || isTerminator(before);
  }

  private static boolean isTerminator(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == ARABIC_QUESTION_MARK
        || c == ARABIC_SEMICOLON
        || c == ELLIPSIS;
  }
}
