package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench}: throughput figures against a stock-Lucene baseline. */
@Command(name = "bench", description = "Measure throughput of Marsad's stages (median of rounds).")
final class BenchCommand implements Callable<Integer> {
  static final Path DEFAULT_CORPUS =
      Path.of("../shared/data/ant-corpus-v2.1-sample/ant_v2.1_sample.jsonl");

  @Option(
      names = "--corpus",
      description = "JSONL with title and text fields (default: ${DEFAULT-VALUE}).")
  Path corpus = DEFAULT_CORPUS;

  @Option(
      names = "--seconds",
      description = "Seconds per measured round (default: ${DEFAULT-VALUE}).")
  double seconds = 2;

  @Option(
      names = "--rounds",
      description = "Measured rounds; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(corpus)) {
      throw new UserInputException("corpus not readable: " + corpus);
    }
    if (seconds <= 0 || rounds < 1) {
      throw new UserInputException("--seconds must be > 0 and --rounds >= 1");
    }
    new Benchmark(corpus, seconds, rounds).run(spec.commandLine().getOut());
    return 0;
  }
}
