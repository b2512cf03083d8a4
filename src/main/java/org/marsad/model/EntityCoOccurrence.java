package org.marsad.model;

/**
 * An entity named in the same articles as another.
 *
 * @param entity the other entity
 * @param sharedArticles how many articles name both
 */
public record EntityCoOccurrence(EntitySummary entity, int sharedArticles) {}
