package org.marsad.text.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What a recognizer read, before the reference zone fills the gaps.
 *
 * @param form the written form
 * @param start folded start of the match
 * @param end folded exclusive end of the match
 * @param date the calendar date
 * @param time the time of day when the form carries one, else null (a nearby time may be attached)
 * @param zone the zone the text gave, else null
 * @param timeKnown whether {@code time} was printed (a relative "2 days ago" has a time but not a
 *     known one)
 */
record DatePart(
    DateForm form,
    int start,
    int end,
    LocalDate date,
    LocalTime time,
    ZoneId zone,
    boolean timeKnown) {

  /** A date without time or zone. */
  static DatePart dateOnly(DateForm form, int start, int end, LocalDate date) {
    return new DatePart(form, start, end, date, null, null, false);
  }

  /** This part widened by a time and/or zone found next to it. */
  DatePart with(ClockTail.Clock clock) {
    return new DatePart(
        form,
        Math.min(start, clock.start()),
        Math.max(end, clock.end()),
        date,
        clock.time(),
        clock.zone(),
        clock.time() != null);
  }
}
