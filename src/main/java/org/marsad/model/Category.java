package org.marsad.model;

import java.util.Objects;

/**
 * A category Marsad's classifier gave an article.
 *
 * @param label one of the classifier's labels (for the shipped model: culture, economy,
 *     internationalNews, middleEast, sport, technology)
 * @param score how sure the classifier is, in [0, 1]
 */
public record Category(String label, double score) {
  public Category {
    Objects.requireNonNull(label, "label");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("category score must be in [0, 1], was " + score);
    }
  }
}
