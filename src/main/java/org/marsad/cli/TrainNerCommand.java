package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.enrich.NerCorpus;
import org.marsad.enrich.NerGazetteer;
import org.marsad.enrich.NerGazetteers;
import org.marsad.enrich.NerSentence;
import org.marsad.enrich.PerceptronNerTrainer;
import org.marsad.enrich.StatisticalEntityRecognizer;
import org.marsad.enrich.eval.NerEvaluation;
import org.marsad.eval.JsonLines;
import org.marsad.model.ArticleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train ner}: trains the entity recognizer's model on a CoNLL-style corpus. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train the named-entity model (averaged structured perceptron) on DATA, CoNLL style:",
      "'TOKEN TAG' per line (BIO tags over PERS, LOC, ORG, MISC), a blank line between sentences.",
      "With --dev F, the last fraction F of the sentences is held out and scored after every",
      "epoch (to choose --epochs); the model is then trained on the rest only."
    })
final class TrainNerCommand implements Runnable {
  static final Path DEFAULT_OUT = Path.of("src/main/resources/org/marsad/enrich/ner.model");

  @Option(names = "--data", required = true, description = "Training corpus (CoNLL style).")
  Path data;

  @Option(
      names = "--gazetteers",
      description = "Directory with ANERGazet_{Loc,Org,Pers}.txt (optional).")
  Path gazetteers;

  @Option(names = "--out", description = "Model file to write (default: ${DEFAULT-VALUE}).")
  Path out = DEFAULT_OUT;

  @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs = PerceptronNerTrainer.Settings.defaults().epochs();

  @Option(
      names = "--prune",
      description = "Drop averaged weights below this magnitude (default: ${DEFAULT-VALUE}).")
  float prune = PerceptronNerTrainer.Settings.defaults().prune();

  @Option(
      names = "--unlabeled",
      description =
          "Unlabeled news, JSONL with 'title' and 'text' (e.g. the ANT sample), to learn word"
              + " classes from (optional).")
  Path unlabeled;

  @Option(
      names = "--word-classes",
      description = "Word classes to learn from --unlabeled (default: ${DEFAULT-VALUE}).")
  int wordClasses = PerceptronNerTrainer.Settings.defaults().wordClasses();

  @Option(
      names = "--dev",
      description = "Hold out this last fraction of the sentences and score it every epoch.")
  double dev;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter console = spec.commandLine().getOut();
    if (dev < 0 || dev >= 1) {
      throw new UserInputException("--dev must be in [0, 1), got " + dev);
    }
    NerCorpus corpus = EvalNerCommand.readCorpus(data, "--data", spec.commandLine().getErr());
    NerGazetteer given = gazetteers();
    List<String> texts = unlabeledTexts();
    PerceptronNerTrainer.Settings defaults = PerceptronNerTrainer.Settings.defaults();
    PerceptronNerTrainer.Settings settings;
    try {
      settings =
          defaults
              .withEpochs(epochs)
              .withPrune(prune)
              .withWordClasses(unlabeled == null ? 0 : wordClasses);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    List<NerSentence> all = corpus.sentences();
    int trainSize = (int) Math.round(all.size() * (1 - dev));
    List<NerSentence> train = all.subList(0, trainSize);
    List<NerSentence> held = all.subList(trainSize, all.size());
    console.printf(
        Locale.ROOT,
        "training on %d sentences (%d tokens)%s, gazetteer %d names, %d unlabeled texts,"
            + " %d epochs%n",
        train.size(),
        train.stream().mapToInt(NerSentence::size).sum(),
        held.isEmpty() ? "" : ", holding out " + held.size() + " as dev",
        given.size(),
        texts.size(),
        settings.epochs());
    long start = System.nanoTime();
    StatisticalEntityRecognizer model =
        new PerceptronNerTrainer(settings)
            .train(
                train,
                given,
                texts,
                (epoch, errors, averaged) -> {
                  console.printf(Locale.ROOT, "epoch %d: %d token errors", epoch, errors);
                  if (!held.isEmpty()) {
                    NerEvaluation.Result r = NerEvaluation.run(averaged.get(), held);
                    console.printf(
                        Locale.ROOT,
                        ", dev P %.4f R %.4f F1 %.4f",
                        r.scores().micro().precision(),
                        r.scores().micro().recall(),
                        r.scores().micro().f1());
                  }
                  console.println();
                  console.flush();
                });
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      model.save(out);
      console.printf(
          Locale.ROOT,
          "wrote %s: %d bytes, %d features, %d gazetteer names, %d word classes, trained in"
              + " %.0f s%n",
          out,
          Files.size(out),
          model.featureCount(),
          model.gazetteerSize(),
          model.wordClassCount(),
          seconds);
    } catch (IOException e) {
      throw new UserInputException("cannot write --out " + out + ": " + e.getMessage(), e);
    }
  }

  private List<String> unlabeledTexts() {
    if (unlabeled == null) {
      return List.of();
    }
    if (!Files.isRegularFile(unlabeled)) {
      throw new UserInputException("no such file: --unlabeled " + unlabeled);
    }
    List<String> texts = new ArrayList<>();
    try {
      List<String> skipped =
          JsonLines.eachObject(
              unlabeled,
              node -> {
                texts.add(
                    ArticleText.of(node.path("title").asText(""), node.path("text").asText("")));
                return null;
              });
      if (!skipped.isEmpty()) {
        spec.commandLine()
            .getErr()
            .printf(Locale.ROOT, "%s: skipped %d lines%n", unlabeled, skipped.size());
      }
    } catch (IOException e) {
      throw new UserInputException(
          "cannot read --unlabeled " + unlabeled + ": " + e.getMessage(), e);
    }
    return texts;
  }

  private NerGazetteer gazetteers() {
    if (gazetteers == null) {
      return NerGazetteers.none();
    }
    if (!Files.isDirectory(gazetteers)) {
      throw new UserInputException("not a directory: --gazetteers " + gazetteers);
    }
    try {
      return NerGazetteers.readAnerGazet(gazetteers);
    } catch (IOException e) {
      throw new UserInputException(
          "cannot read --gazetteers " + gazetteers + ": " + e.getMessage(), e);
    }
  }
}
