package org.marsad.enrich;

import java.util.List;
import org.marsad.model.EntityMention;

/** Placeholder. */
public final class RuleEntityRecognizer implements EntityRecognizer {
  @Override
  public List<EntityMention> recognize(String text) {
    return List.of();
  }
}
