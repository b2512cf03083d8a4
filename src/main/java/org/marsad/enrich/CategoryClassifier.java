package org.marsad.enrich;

import org.marsad.model.Category;

/** Assigns an article one of a fixed set of categories. Implementations are thread-safe. */
public interface CategoryClassifier {

  /** The best category for an article, or null when title and body hold no word to go by. */
  Category classify(String title, String body);
}
