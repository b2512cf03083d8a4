package org.marsad.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.Backends;
import org.marsad.pipeline.Engine;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option every command that works on a data directory shares, and the opening of
 * its parts with failures turned into one-line user errors.
 */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "marsad-data",
      description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path directory;

  Store openStore() {
    try {
      return Backends.openStore(directory);
    } catch (StoreException e) {
      throw new UserInputException(
          "cannot open the data directory " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The writable index; fails with a clear message while another process (serve) holds it. */
  SearchIndex openIndex() {
    try {
      return Backends.openIndex(directory);
    } catch (UncheckedIOException e) {
      throw new UserInputException(
          "cannot open the search index in "
              + directory
              + " (is `marsad serve` running on it?): "
              + e.getCause().getMessage(),
          e);
    }
  }

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
    } catch (StoreException | UncheckedIOException e) {
      throw new UserInputException(
          "cannot open the data directory " + directory + ": " + e.getMessage(), e);
    }
  }
}
