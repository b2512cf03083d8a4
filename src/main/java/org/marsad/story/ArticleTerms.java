package org.marsad.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's words: title and body read as one text ({@code title + "\n\n" + body}), the first
 * {@code titleWords} of them from the title. Built once per article by {@link
 * ArticleSimilarity#terms(StoryDoc)}; the offsets of {@link #words()} point into {@link #text()}.
 */
public final class ArticleTerms {
  private final String text;
  private final List<Token> words;
  private final int titleWords;

  ArticleTerms(String text, List<Token> words, int titleWords) {
    this.text = text;
    this.words = List.copyOf(words);
    this.titleWords = titleWords;
  }

  String text() {
    return text;
  }

  List<Token> words() {
    return words;
  }

  int titleWords() {
    return titleWords;
  }

  /** The distinct terms, in order of first use. */
  public Set<String> distinct() {
    Set<String> terms = new LinkedHashSet<>();
    for (Token t : words) {
      terms.add(t.term());
    }
    return terms;
  }

  /** Number of words read (after the length limit). */
  public int size() {
    return words.size();
  }
}
