package org.marsad.text.dates;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A date found in a string, with where it was found and how much of it the string really said.
 *
 * @param dateTime the instant, at the offset the text gave or else the reference zone's offset; a
 *     date without a time is the start of that day
 * @param form the written form that matched
 * @param start index in the raw input where the matched text starts (day names and time included)
 * @param end exclusive index in the raw input where the matched text ends
 * @param timeKnown whether the text gave a time of day ({@code منذ ساعتين} does, {@code أمس} and
 *     {@code منذ يومين} do not)
 * @param zoneKnown whether the text gave a zone or offset ({@code GMT}, {@code +0400}, {@code
 *     بتوقيت مكة}); when false the reference zone was used
 */
public record ParsedDate(
    OffsetDateTime dateTime,
    DateForm form,
    int start,
    int end,
    boolean timeKnown,
    boolean zoneKnown) {

  /** Checks the invariants; the parser never builds an invalid one. */
  public ParsedDate {
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(form, "form");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range: [" + start + ", " + end + ")");
    }
  }
}
