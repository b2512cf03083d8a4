package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.enrich.EntityRecognizers;
import org.marsad.enrich.NerCorpus;
import org.marsad.enrich.StatisticalEntityRecognizer;
import org.marsad.enrich.eval.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval ner}: entity-level scores of the NER model on a gold CoNLL corpus. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tag the sentences of TEST (CoNLL style, 'TOKEN TAG' lines) with the NER model and print",
      "precision, recall and F1 per type and micro-averaged, by the CoNLL rules (exact span and",
      "type), as fractions; the last line is 'micro F1 X' with X in [0, 1]."
    })
final class EvalNerCommand implements Runnable {
  @Option(names = "--test", required = true, description = "Gold corpus (CoNLL style).")
  Path test;

  @Option(names = "--model", description = "Model file (default: the shipped model).")
  Path model;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    NerCorpus corpus = readCorpus(test, "--test", spec.commandLine().getErr());
    StatisticalEntityRecognizer recognizer = recognizer();
    NerEvaluation.run(recognizer, corpus.sentences()); // warm-up, so that tokens/s is steady
    NerEvaluation.Result r = NerEvaluation.run(recognizer, corpus.sentences());
    out.printf(
        Locale.ROOT,
        "test: %s (%d sentences, %d tokens), model: %s (%d features)%n",
        test,
        corpus.sentences().size(),
        r.tokens(),
        model == null ? "shipped" : model,
        recognizer.featureCount());
    out.printf(
        Locale.ROOT,
        "tagging: %.0f tokens/s, %.0f tokens/cpu-s (one thread, second pass)%n",
        r.tokensPerSecond(),
        r.tokensPerCpuSecond());
    r.scores().print(out);
  }

  private StatisticalEntityRecognizer recognizer() {
    try {
      if (model != null) {
        return EntityRecognizers.load(model);
      }
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    if (EntityRecognizers.shipped() instanceof StatisticalEntityRecognizer shipped) {
      return shipped;
    }
    throw new UserInputException("no model is shipped in this build: give --model FILE");
  }

  /** Reads a CoNLL corpus named by option {@code given}; skipped lines are said on {@code err}. */
  static NerCorpus readCorpus(Path file, String given, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + given + " " + file);
    }
    NerCorpus corpus;
    try {
      corpus = NerCorpus.read(file);
    } catch (IOException e) {
      throw new UserInputException("cannot read " + given + " " + file + ": " + e.getMessage(), e);
    }
    if (corpus.skipped() > 0) {
      err.printf(Locale.ROOT, "%s: skipped %d lines%n", file, corpus.skipped());
      corpus.problems().forEach(p -> err.println("  " + p));
    }
    if (corpus.sentences().isEmpty()) {
      throw new UserInputException("no sentences in " + given + " " + file);
    }
    return corpus;
  }
}
