package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import org.marsad.enrich.CategoryClassifiers;
import org.marsad.enrich.CategoryExample;
import org.marsad.enrich.LinearCategoryClassifier;
import org.marsad.enrich.eval.CategoryEvaluation;
import org.marsad.enrich.eval.CategoryRecords;
import org.marsad.eval.Read;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval category}: the category classifier against labelled articles. */
@Command(
    name = "category",
    mixinStandardHelpOptions = true,
    description = {
      "Classify the records of TEST (JSONL: title, text, category, optional split) whose split",
      "is 'test' or absent and print the line 'accuracy X', macro-F1, precision, recall and F1",
      "per category, the confusion matrix and the speed. Lines that are not JSON, lack text or",
      "category, or name a category the model does not know are counted and named."
    })
final class EvalCategoryCommand implements Runnable {
  @Option(names = "--test", required = true, description = "Labelled articles (JSONL).")
  Path test;

  @Option(names = "--model", description = "Model file (default: the model shipped in the jar).")
  Path model;

  @Option(names = "--show-bad", defaultValue = "10", description = "Name N skipped lines.")
  int showBad;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    EvalSimilarityCommand.requireFile(test, "--test");
    LinearCategoryClassifier classifier = classifier();
    Read<CategoryExample> read;
    try {
      read = CategoryRecords.read(test, "test", new HashSet<>(classifier.labels()));
    } catch (IOException e) {
      throw new UserInputException("cannot read --test " + test + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    printRead(out, read, showBad);
    CategoryEvaluation.print(
        out, CategoryEvaluation.run(classifier, classifier.labels(), read.items()));
  }

  private LinearCategoryClassifier classifier() {
    if (model == null) {
      LinearCategoryClassifier shipped = CategoryClassifiers.shipped();
      if (shipped == null) {
        throw new UserInputException(
            "this build ships no category model: give --model FILE (marsad train category)");
      }
      return shipped;
    }
    EvalSimilarityCommand.requireFile(model, "--model");
    try {
      return CategoryClassifiers.load(model);
    } catch (IOException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /** The count of records taken and of lines skipped, and the first {@code show} skipped. */
  static void printRead(PrintWriter out, Read<CategoryExample> read, int show) {
    out.printf(Locale.ROOT, "records: %d, bad lines: %d%n", read.items().size(), read.skipped());
    read.problems().stream().limit(Math.max(0, show)).forEach(p -> out.println("  bad " + p));
  }
}
