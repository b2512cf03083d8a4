package org.marsad.story;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's words: title and body read as one text ({@code title + "\n\n" + body}), the first
 * {@code titleWords} of them from the title; and a term for each entity it names. Built once per
 * article by {@link ArticleSimilarity#terms(StoryDoc)}; the offsets of {@link #words()} point into
 * {@link #text()}.
 */
public final class ArticleTerms {
  private final String text;
  private final List<Token> words;
  private final int titleWords;
  private final List<String> entityTerms;
  private Set<String> distinct;

  ArticleTerms(String text, List<Token> words, int titleWords, List<String> entityTerms) {
    this.text = text;
    this.words = List.copyOf(words);
    this.titleWords = titleWords;
    this.entityTerms = List.copyOf(entityTerms);
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

  /** One term per entity the article names, distinct, never equal to a word's term. */
  List<String> entityTerms() {
    return entityTerms;
  }

  /** The distinct terms: words and entity terms. */
  public Set<String> distinct() {
    if (distinct == null) {
      Set<String> terms = new HashSet<>((words.size() + entityTerms.size()) * 2);
      for (Token t : words) {
        terms.add(t.term());
      }
      terms.addAll(entityTerms);
      distinct = Collections.unmodifiableSet(terms);
    }
    return distinct;
  }

  /** Number of words read (after the length limit). */
  public int size() {
    return words.size();
  }
}
