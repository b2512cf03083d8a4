package org.marsad.search;

import java.util.Comparator;
import java.util.List;

/**
 * Match counts over all articles a query matched, each list ordered by count, most first (ties by
 * value), cut to the top entries.
 *
 * @param sources counts by publisher name
 * @param days counts by UTC publication day, {@code yyyy-MM-dd}
 * @param categories counts by predicted category label
 * @param entities counts by the canonical names of the entities articles name
 */
public record SearchFacets(
    List<FacetCount> sources,
    List<FacetCount> days,
    List<FacetCount> categories,
    List<FacetCount> entities) {

  /** How many values each facet lists at most. */
  public static final int TOP = 20;

  /** The order of each list: most first, ties by value. */
  public static final Comparator<FacetCount> MOST_FIRST =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

  public static final SearchFacets EMPTY =
      new SearchFacets(List.of(), List.of(), List.of(), List.of());

  public SearchFacets {
    sources = List.copyOf(sources);
    days = List.copyOf(days);
    categories = List.copyOf(categories);
    entities = List.copyOf(entities);
  }

  /** One facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}
}
