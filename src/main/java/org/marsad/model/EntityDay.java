package org.marsad.model;

import java.time.LocalDate;

/**
 * How much one day's articles named an entity.
 *
 * @param day the UTC day of the articles (published, else first fetched)
 * @param articles how many of that day's articles name it
 * @param mentions how many times they name it in all
 */
public record EntityDay(LocalDate day, int articles, int mentions) {}
