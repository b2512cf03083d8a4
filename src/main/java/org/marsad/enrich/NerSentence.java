package org.marsad.enrich;

import java.util.List;

/**
 * One sentence of a CoNLL-style corpus: its words and their BIO labels as written ({@code O},
 * {@code B-PERS}, ...).
 */
public record NerSentence(List<String> words, List<String> labels) {
  public NerSentence {
    words = List.copyOf(words);
    labels = List.copyOf(labels);
    if (words.size() != labels.size()) {
      throw new IllegalArgumentException(
          words.size() + " words but " + labels.size() + " labels in one sentence");
    }
  }

  public int size() {
    return words.size();
  }
}
