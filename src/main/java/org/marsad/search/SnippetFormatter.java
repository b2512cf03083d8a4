package org.marsad.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}: the original text of each passage
 * (trimmed, line breaks shown as spaces so the text keeps its length) and the matched ranges
 * shifted into the snippet.
 */
final class SnippetFormatter extends PassageFormatter {

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
      int shift = text.length() - start;
      addMatches(passage, start, end, shift, highlights);
      text.append(content, start, end);
    }
    return new Snippet(lineBreaksAsSpaces(text), highlights);
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
