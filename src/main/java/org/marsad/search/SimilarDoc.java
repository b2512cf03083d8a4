package org.marsad.search;

/**
 * An indexed article found by {@link SearchIndex#similar}, with what the index knows of it.
 *
 * @param id the store's article id
 * @param score the index's relevance score (comparable within one answer only)
 * @param story the story the index has for it (0: none yet)
 * @param copiesKey its duplicate group, or minus its id when it has no copy
 */
public record SimilarDoc(long id, double score, long story, long copiesKey) {}
