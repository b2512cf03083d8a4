package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where category classifiers come from: the model shipped in the jar, a model file, and saving one.
 */
public final class CategoryClassifiers {
  /** The shipped model's classpath resource, made by {@code marsad train category}. */
  public static final String SHIPPED = "/org/marsad/enrich/category.model";

  private CategoryClassifiers() {}

  /**
   * The classifier of the model shipped in the jar, or null when the jar has none. Reads the
   * resource on every call (about 0.4 MB gunzipped into 6 MB of weights): callers keep the
   * instance, which is thread-safe.
   *
   * @throws UncheckedIOException if the shipped model is there but cannot be read (a broken build)
   */
  public static LinearCategoryClassifier shipped() {
    try (InputStream in = CategoryClassifiers.class.getResourceAsStream(SHIPPED)) {
      return in == null ? null : CategoryModelFile.read(in, "classpath:" + SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * The classifier of a model file.
   *
   * @throws IOException naming {@code file} if it cannot be read, or is truncated or corrupt
   */
  public static LinearCategoryClassifier load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CategoryModelFile.read(in, file.toString());
    }
  }

  /** Writes {@code model} to {@code file}, replacing it. */
  public static void save(LinearCategoryClassifier model, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      CategoryModelFile.write(model, out);
    }
  }
}
