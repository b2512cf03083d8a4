package org.marsad.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-style NER corpus as ANERcorp ships it: one {@code TOKEN TAG} per line (the tag after the
 * last space or tab), a blank line between sentences. Lenient: a line without a tag, or whose tag
 * is not BIO over the known types, is skipped and named in {@link #problems()}; reading goes on.
 *
 * @param sentences the sentences, in file order
 * @param problems the skipped lines, as {@code file:line: what} (at most {@value #MAX_PROBLEMS})
 * @param skipped how many lines were skipped in all
 */
public record NerCorpus(List<NerSentence> sentences, List<String> problems, int skipped) {
  static final int MAX_PROBLEMS = 20;

  public NerCorpus {
    sentences = List.copyOf(sentences);
    problems = List.copyOf(problems);
  }

  public int tokens() {
    return sentences.stream().mapToInt(NerSentence::size).sum();
  }

  /** Reads {@code file} (UTF-8). */
  public static NerCorpus read(Path file) throws IOException {
    List<NerSentence> sentences = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int skipped = 0;
    List<String> words = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          flush(sentences, words, labels);
          continue;
        }
        int split = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
        String problem = null;
        if (split <= 0) {
          problem = "no tag after the token";
        } else {
          String label = trimmed.substring(split + 1);
          try {
            NerTags.parse(label);
            words.add(trimmed.substring(0, split).strip());
            labels.add(label);
          } catch (IllegalArgumentException e) {
            problem = e.getMessage();
          }
        }
        if (problem != null) {
          skipped++;
          if (problems.size() < MAX_PROBLEMS) {
            problems.add(file.getFileName() + ":" + lineNumber + ": " + problem);
          }
        }
      }
    }
    flush(sentences, words, labels);
    return new NerCorpus(sentences, problems, skipped);
  }

  private static void flush(List<NerSentence> sentences, List<String> words, List<String> labels) {
    if (!words.isEmpty()) {
      sentences.add(new NerSentence(words, labels));
      words.clear();
      labels.clear();
    }
  }
}
