package org.marsad.story.eval;

import java.util.function.UnaryOperator;
import org.marsad.enrich.EntityFinder;
import org.marsad.enrich.EntityRecognizers;
import org.marsad.model.ArticleText;
import org.marsad.story.StoryDoc;

/**
 * Gives the evaluations' documents the entities the pipeline's enrichment stage would give them
 * (the shipped recognizer, canonical entities, their match keys), or none, so that what entities
 * add to stories and similarity is measured by running both.
 */
public final class StoryDocEntities {
  private StoryDocEntities() {}

  /**
   * Adds entities found by the shipped recognizer when {@code on}, else leaves docs as they are.
   */
  public static UnaryOperator<StoryDoc> of(boolean on) {
    if (!on) {
      return UnaryOperator.identity();
    }
    EntityFinder finder = new EntityFinder(EntityRecognizers.shipped());
    return doc ->
        doc.withEntities(
            EntityFinder.keys(finder.entities(ArticleText.of(doc.title(), doc.body()))));
  }
}
