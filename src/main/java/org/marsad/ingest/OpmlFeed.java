package org.marsad.ingest;

import java.util.List;

/**
 * One feed of an OPML subscription list.
 *
 * @param title the outline's {@code title}, else its {@code text}, or null
 * @param xmlUrl the feed's address
 * @param htmlUrl the site's home page, or null
 * @param folders the titles of the enclosing outlines, outermost first (empty at top level)
 */
public record OpmlFeed(String title, String xmlUrl, String htmlUrl, List<String> folders) {

  public OpmlFeed {
    if (xmlUrl == null || xmlUrl.isBlank()) {
      throw new IllegalArgumentException("an OPML feed needs an xmlUrl");
    }
    folders = List.copyOf(folders);
  }
}
