package org.marsad.enrich;

import java.util.List;
import org.marsad.model.EntityMention;

/** Finds the names a text mentions. Implementations are thread-safe. */
public interface EntityRecognizer {

  /**
   * The mentions in {@code text}, in text order, not overlapping, offsets into {@code text}; empty
   * for null or empty text. Linear in the length of the text.
   */
  List<EntityMention> recognize(String text);
}
