package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh directory for one measurement, deleted with everything in it on close. */
final class TempDirectory implements AutoCloseable {
  private final Path path;

  TempDirectory(String prefix) throws IOException {
    this.path = Files.createTempDirectory("marsad-bench-" + prefix + "-");
  }

  Path path() {
    return path;
  }

  /** Bytes of the regular files under {@code dir}, in megabytes (10^6). */
  static double megabytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes =
          files
              .filter(Files::isRegularFile)
              .mapToLong(
                  f -> {
                    try {
                      return Files.size(f);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .sum();
      return bytes / 1e6;
    }
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
