package org.marsad.story;

import java.util.Collections;
import java.util.HashSet;
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
  private Set<String> distinct;

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

  /** The distinct terms. */
  public Set<String> distinct() {
    if (distinct == null) {
      Set<String> terms = new HashSet<>(words.size() * 2);
      for (Token t : words) {
        terms.add(t.term());
      }
      distinct = Collections.unmodifiableSet(terms);
    }
    return distinct;
  }

  /** Number of words read (after the length limit). */
  public int size() {
    return words.size();
  }
}
