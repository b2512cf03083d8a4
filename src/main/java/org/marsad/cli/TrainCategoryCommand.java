package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.enrich.CategoryClassifiers;
import org.marsad.enrich.CategoryExample;
import org.marsad.enrich.CategoryTrainer;
import org.marsad.enrich.LinearCategoryClassifier;
import org.marsad.enrich.eval.CategoryRecords;
import org.marsad.eval.Read;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train category}: trains the article category classifier. */
@Command(
    name = "category",
    mixinStandardHelpOptions = true,
    description = {
      "Train the category classifier on DATA (JSONL: title, text, category, optional split) from",
      "the records whose split is 'train' or absent, and write the model to OUT. The same data",
      "gives the same file, byte for byte."
    })
final class TrainCategoryCommand implements Runnable {
  /** Where the shipped model lives in the source tree. */
  static final Path SHIPPED_SOURCE = Path.of("src/main/resources" + CategoryClassifiers.SHIPPED);

  @Option(names = "--data", required = true, description = "Labelled articles (JSONL).")
  Path data;

  @Option(
      names = "--out",
      description = "Model file to write (default: the shipped model, ${DEFAULT-VALUE}).")
  Path out = SHIPPED_SOURCE;

  @Option(names = "--show-bad", defaultValue = "10", description = "Name N skipped lines.")
  int showBad;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    EvalSimilarityCommand.requireFile(data, "--data");
    Read<CategoryExample> read;
    try {
      read = CategoryRecords.read(data, "train", null);
    } catch (IOException e) {
      throw new UserInputException("cannot read --data " + data + ": " + e.getMessage(), e);
    }
    PrintWriter console = spec.commandLine().getOut();
    EvalCategoryCommand.printRead(console, read, showBad);
    long start = System.nanoTime();
    LinearCategoryClassifier model;
    try {
      model = new CategoryTrainer(CategoryTrainer.Settings.DEFAULT).train(read.items());
    } catch (IllegalArgumentException e) {
      throw new UserInputException("cannot train on --data " + data + ": " + e.getMessage(), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      CategoryClassifiers.save(model, out);
      console.printf(
          Locale.ROOT,
          "labels: %s%ntrained in %.1f s%nwrote %s (%d bytes)%n",
          String.join(", ", model.labels()),
          seconds,
          out,
          Files.size(out));
    } catch (IOException e) {
      throw new UserInputException("cannot write --out " + out + ": " + e.getMessage(), e);
    }
  }
}
