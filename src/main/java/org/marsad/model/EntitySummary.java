package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity as the store knows it across articles.
 *
 * @param id its id, shared by every article that names it
 * @param canonical the name shown for it
 * @param type what it names
 * @param variants the spellings articles used for it, whole names first, then in the order first
 *     seen (at most a few dozen)
 * @param articles how many articles name it
 * @param mentions how many times they name it in all
 */
public record EntitySummary(
    long id, String canonical, EntityType type, List<String> variants, int articles, int mentions) {
  public EntitySummary {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
  }
}
