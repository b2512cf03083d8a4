package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a tag line whose separators were lost ({@code مجلس الأمن الأمم المتحدة سوريا وقف إطلاق
 * النار بشار الأسد}, as plain-text dumps print tags one after another with single spaces) into
 * tags, using the names and phrases of a {@link TagLexicon}.
 *
 * <p>A dynamic program over the words finds the cut with the least cost: a known name or phrase (up
 * to {@value TagLexicon#MAX_WORDS} words) costs 1, an unknown word on its own 2. So known phrases
 * are never cut into single words (one tag is cheaper than two), words no name covers each become a
 * tag only when nothing else fits, and of two cuts the one with fewer tags wins. Words separated by
 * punctuation never share a tag. A lone function word, number or over-long token is no tag. Time:
 * linear in the words, at most {@value TagLexicon#MAX_WORDS} lookups each; {@link #MAX_CHARS} chars
 * are read. Thread-safe.
 *
 * <p>Separate from {@code extract.DumpTagSplitter}, which splits lines on the separators they still
 * have: this class is for what that one gets back as a single over-long tag.
 */
public final class TagLineSplitter {
  static final int MAX_CHARS = 200_000;

  /** A page tag of more words than this is taken for a tag line that lost its separators. */
  public static final int LONGEST_TAG_WORDS = 5;

  private static final int KNOWN = 1;
  private static final int UNKNOWN_WORD = 2;

  private final TagLexicon lexicon;

  public TagLineSplitter(TagLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The tags of {@code line}, in line order, in its spelling; empty for a blank or null line. */
  public List<String> split(String line) {
    Words w = Words.of(line, MAX_CHARS, null);
    int n = w.size;
    int[] cost = new int[n + 1];
    int[] cut = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      cost[i] = cost[i - 1] + (lexicon.knows(w, i - 1, i) ? KNOWN : UNKNOWN_WORD);
      cut[i] = i - 1;
      for (int length = 2; length <= TagLexicon.MAX_WORDS && length <= i; length++) {
        int from = i - length;
        if (!w.oneClause(from, i)) {
          break;
        }
        if (cost[from] + KNOWN <= cost[i] && lexicon.knows(w, from, i)) {
          cost[i] = cost[from] + KNOWN;
          cut[i] = from;
        }
      }
    }
    List<String> tags = new ArrayList<>();
    for (int i = n; i > 0; i = cut[i]) {
      int from = cut[i];
      if (i - from > 1 || w.informative[from]) {
        tags.add(w.display(from, i));
      }
    }
    return reversed(tags);
  }

  /**
   * {@code pageTags} with every tag of more than {@value #LONGEST_TAG_WORDS} words split by {@link
   * #split}; shorter tags are kept as they are.
   */
  public List<String> resplit(List<String> pageTags) {
    List<String> tags = new ArrayList<>();
    for (String tag : pageTags) {
      if (tag != null && Words.of(tag, MAX_CHARS, null).size > LONGEST_TAG_WORDS) {
        tags.addAll(split(tag));
      } else if (tag != null) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private static List<String> reversed(List<String> list) {
    List<String> out = new ArrayList<>(list.size());
    for (int i = list.size() - 1; i >= 0; i--) {
      out.add(list.get(i));
    }
    return out;
  }
}
