package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.marsad.enrich.EntityRecognizer;
import org.marsad.enrich.EntityRecognizers;
import org.marsad.enrich.NerTokenizer;
import org.marsad.model.ArticleText;

/**
 * Entity recognition with the shipped recognizer over the corpus articles (title and body), in
 * tokens per second, against plain tokenization of the same texts in the same run as the baseline:
 * the ratio says what tagging costs on top of reading the words. Also tokens per second of the
 * thread's CPU time, which neighbours on a shared machine do not skew.
 */
final class NerMeasurement implements Measurement {
  static final String TASK = "ner recognize";

  private final List<BenchDoc> docs;
  private final Throughput throughput;
  private final TokenSink sink;

  NerMeasurement(List<BenchDoc> docs, Throughput throughput, TokenSink sink) {
    this.docs = docs;
    this.throughput = throughput;
    this.sink = sink;
  }

  @Override
  public List<Figure> run() {
    List<String> texts = docs.stream().map(d -> ArticleText.of(d.title(), d.text())).toList();
    NerTokenizer tokenizer = new NerTokenizer();
    EntityRecognizer recognizer = EntityRecognizers.shipped();
    double tokensPerText =
        texts.stream().mapToLong(t -> tokenizer.tokenize(t).size()).sum() / (double) texts.size();
    Throughput.Result tokenized =
        throughput.measure(
            "ner tokenize",
            texts,
            t -> (long) t.length(),
            t -> sink.consume(tokenizer.tokenize(t).size()));
    Throughput.Result recognized =
        throughput.measure(
            TASK, texts, t -> (long) t.length(), t -> sink.consume(recognizer.recognize(t)));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (String t : texts) {
      sink.consume(recognizer.recognize(t));
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double tokens = tokensPerText * texts.size();
    return List.of(
        new Figure(
            TASK,
            "tokens/s",
            recognized.docsPerSecond() * tokensPerText,
            tokenized.docsPerSecond() * tokensPerText),
        Figure.of(TASK, "tokens/cpu-s", tokens / Math.max(cpuSeconds, 1e-9)),
        Figure.of(TASK, "docs/s", recognized.docsPerSecond()));
  }
}
