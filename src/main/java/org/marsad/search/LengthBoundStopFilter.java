package org.marsad.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes stop words exactly as Lucene's {@link StopFilter} does, without hashing tokens longer
 * than the longest stop word: Arabic stop words have at most 5 letters, a third of news tokens have
 * more, and the set lookup hashes the whole token.
 */
final class LengthBoundStopFilter extends FilteringTokenFilter {
  private final CharArraySet stopWords;
  private final int longest;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /** Filters {@code input} by {@code stopWords}, whose longest word has {@code longest} chars. */
  LengthBoundStopFilter(TokenStream input, CharArraySet stopWords, int longest) {
    super(input);
    this.stopWords = stopWords;
    this.longest = longest;
  }

  /** The length of the longest word of {@code stopWords}. */
  static int longestWord(CharArraySet stopWords) {
    int longest = 0;
    for (Object word : stopWords) {
      longest = Math.max(longest, ((char[]) word).length);
    }
    return longest;
  }

  @Override
  protected boolean accept() {
    int length = term.length();
    return length > longest || !stopWords.contains(term.buffer(), 0, length);
  }
}
