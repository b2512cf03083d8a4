package org.marsad.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.model.ArticleEntity;

/**
 * The entities of a text: the recognizer's mentions merged into canonical entities. What every
 * reader of entities uses (enrichment, and the story and similarity evaluations that measure what
 * entities add). Thread-safe.
 */
public final class EntityFinder {
  private final EntityRecognizer recognizer;
  private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

  public EntityFinder(EntityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  /** The entities {@code text} names, in order of first mention, ids 0. */
  public List<ArticleEntity> entities(String text) {
    return canonicalizer.canonicalize(recognizer.recognize(text));
  }

  /**
   * The match keys ({@link EntityKey#of}) of every spelling of {@code entities}, each once: what
   * story similarity compares articles' entities by.
   */
  public static List<String> keys(List<ArticleEntity> entities) {
    Set<String> keys = new LinkedHashSet<>();
    for (ArticleEntity entity : entities) {
      keys.add(EntityKey.of(entity.canonical()));
      entity.variants().forEach(v -> keys.add(EntityKey.of(v)));
    }
    keys.remove("");
    return List.copyOf(keys);
  }
}
