package org.marsad.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one pass over sources, for {@code marsad fetch}: one line per source.
 *
 * @param lines per source, in the order given
 * @param elapsed wall time of the pass
 */
public record PollSummary(List<Line> lines, Duration elapsed) {

  public PollSummary {
    lines = List.copyOf(lines);
  }

  /**
   * One source's part of the pass.
   *
   * @param sourceId the source's id
   * @param url the source's URL
   * @param status how it ended
   * @param items items in the document
   * @param newItems items not seen before
   * @param message the failure or the feed's problems, or null
   * @param elapsed time of this source's poll
   */
  public record Line(
      long sourceId,
      String url,
      PollStatus status,
      int items,
      int newItems,
      String message,
      Duration elapsed) {

    static Line of(PollResult result) {
      return new Line(
          result.source().id(),
          result.source().url(),
          result.status(),
          result.itemCount(),
          result.newItems().size(),
          result.message(),
          result.elapsed());
    }
  }

  public long count(PollStatus status) {
    return lines.stream().filter(l -> l.status() == status).count();
  }

  public int newItems() {
    return lines.stream().mapToInt(Line::newItems).sum();
  }
}
