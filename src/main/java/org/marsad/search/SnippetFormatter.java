package org.marsad.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}: the original text of each passage
 * (trimmed, line breaks shown as spaces so the text keeps its length; a sentence longer than
 * {@value #MAX_PASSAGE_CHARS} chars cut to a window around its first match, the cuts marked with
 * {@value #CUT}) and the matched ranges shifted into the snippet.
 */
final class SnippetFormatter extends PassageFormatter {

  /** A sentence longer than this is cut to a window around its first match. */
  static final int MAX_PASSAGE_CHARS = 300;

  /** How much text a cut window keeps before the first match. */
  static final int CONTEXT_BEFORE_MATCH = 60;

  /** Marks where a long sentence was cut. */
  static final String CUT = "…";

  @Override
  public Snippet format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Range> highlights = new ArrayList<>();
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      while (start < end && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      if (start == end) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append(Snippet.PASSAGE_SEPARATOR);
      }
      int windowStart = windowStart(passage, content, start, end);
      int windowEnd = windowEnd(content, windowStart, end);
      if (windowStart > start) {
        text.append(CUT).append(' ');
      }
      addMatches(passage, windowStart, windowEnd, text.length() - windowStart, highlights);
      text.append(content, windowStart, windowEnd);
      if (windowEnd < end) {
        text.append(' ').append(CUT);
      }
    }
    return new Snippet(lineBreaksAsSpaces(text), highlights);
  }

  /** Where a long passage's window starts: a word start shortly before the first match. */
  private static int windowStart(Passage passage, String content, int start, int end) {
    if (end - start <= MAX_PASSAGE_CHARS || passage.getNumMatches() == 0) {
      return start;
    }
    int firstMatch = Math.max(start, passage.getMatchStarts()[0]);
    int from = Math.max(start, firstMatch - CONTEXT_BEFORE_MATCH);
    if (from == start) {
      return start;
    }
    while (from < firstMatch && !Character.isWhitespace(content.charAt(from - 1))) {
      from++;
    }
    return from;
  }

  /** Where the window ends: at most {@link #MAX_PASSAGE_CHARS} on, at a word end when possible. */
  private static int windowEnd(String content, int windowStart, int end) {
    if (end - windowStart <= MAX_PASSAGE_CHARS) {
      return end;
    }
    int to = windowStart + MAX_PASSAGE_CHARS;
    int wordEnd = to;
    while (wordEnd > windowStart && !Character.isWhitespace(content.charAt(wordEnd))) {
      wordEnd--;
    }
    while (wordEnd > windowStart && Character.isWhitespace(content.charAt(wordEnd - 1))) {
      wordEnd--;
    }
    return wordEnd > windowStart ? wordEnd : to;
  }

  /** Adds the passage's matches within [start, end), merging any that touch or overlap. */
  private static void addMatches(
      Passage passage, int start, int end, int shift, List<Snippet.Range> highlights) {
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int from = Math.max(starts[i], start) + shift;
      int to = Math.min(ends[i], end) + shift;
      if (from >= to) {
        continue;
      }
      int last = highlights.size() - 1;
      if (last >= 0 && highlights.get(last).end() >= from) {
        Snippet.Range previous = highlights.get(last);
        highlights.set(last, new Snippet.Range(previous.start(), Math.max(previous.end(), to)));
      } else {
        highlights.add(new Snippet.Range(from, to));
      }
    }
  }

  private static String lineBreaksAsSpaces(CharSequence text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }
}
