package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.Engine;
import org.marsad.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --data} option every command that works on a data directory shares. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "marsad-data",
      description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path directory;

  MarsadConfig config() {
    try {
      return MarsadConfig.load(directory);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  Engine openEngine(MarsadConfig config) {
    try {
      return Engine.open(directory, config);
    } catch (StoreException | java.io.UncheckedIOException e) {
      throw new UserInputException(
          "cannot open the data directory " + directory + ": " + e.getMessage(), e);
    }
  }
}
