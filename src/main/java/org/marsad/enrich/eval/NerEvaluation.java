package org.marsad.enrich.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.NerSentence;
import org.marsad.enrich.StatisticalEntityRecognizer;

/**
 * Tags the sentences of a gold corpus and scores the tags ({@link NerScores}); also measures the
 * tagging speed. The sentences are tagged as given (the corpus's own tokens), as published scores
 * on ANERcorp are. Speed is given per second of wall time and of the thread's CPU time, which other
 * processes on a shared machine do not skew.
 */
public final class NerEvaluation {
  /** The scores and the speed of one run; {@code predicted} holds one label list per sentence. */
  public record Result(
      NerScores scores,
      int tokens,
      double tokensPerSecond,
      double tokensPerCpuSecond,
      List<List<String>> predicted) {}

  private NerEvaluation() {}

  public static Result run(StatisticalEntityRecognizer recognizer, List<NerSentence> sentences) {
    List<List<String>> predicted = new ArrayList<>(sentences.size());
    int tokens = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (NerSentence sentence : sentences) {
      predicted.add(recognizer.tagWords(sentence.words()));
      tokens += sentence.size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    NerScores scores = new NerScores();
    for (int s = 0; s < sentences.size(); s++) {
      scores.add(sentences.get(s).labels(), predicted.get(s));
    }
    return new Result(
        scores,
        tokens,
        seconds > 0 ? tokens / seconds : 0,
        cpuSeconds > 0 ? tokens / cpuSeconds : 0,
        predicted);
  }
}
