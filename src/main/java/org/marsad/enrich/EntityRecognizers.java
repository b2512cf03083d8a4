package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where recognizers come from: the model shipped in the jar, a model file, or the rule recognizer
 * when no model is shipped.
 */
public final class EntityRecognizers {
  /** The classpath resource of the shipped model, made by {@code marsad train ner}. */
  public static final String MODEL_RESOURCE = "/org/marsad/enrich/ner.model";

  private static volatile EntityRecognizer shipped;

  private EntityRecognizers() {}

  /**
   * The statistical recognizer of the shipped model, or {@link RuleEntityRecognizer} when the jar
   * holds no model. Loaded once and shared (recognizers are thread-safe).
   *
   * @throws IllegalArgumentException when the shipped model exists but cannot be read
   */
  public static EntityRecognizer shipped() {
    EntityRecognizer r = shipped;
    if (r == null) {
      synchronized (EntityRecognizers.class) {
        r = shipped;
        if (r == null) {
          r = loadShipped();
          shipped = r;
        }
      }
    }
    return r;
  }

  private static EntityRecognizer loadShipped() {
    InputStream in = EntityRecognizers.class.getResourceAsStream(MODEL_RESOURCE);
    if (in == null) {
      return new RuleEntityRecognizer();
    }
    try (in) {
      return StatisticalEntityRecognizer.read(in, "classpath:" + MODEL_RESOURCE);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read NER model classpath:" + MODEL_RESOURCE, e);
    }
  }

  /**
   * The statistical recognizer of a model file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong when it is missing,
   *     unreadable, corrupt or truncated
   */
  public static StatisticalEntityRecognizer load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no NER model file " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return StatisticalEntityRecognizer.read(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read NER model " + file + ": " + e.getMessage(), e);
    }
  }
}
