package org.marsad.story;

import java.time.Instant;

/**
 * One article of a story's timeline.
 *
 * @param articleId the article's id
 * @param source its source ("" when unknown)
 * @param title its headline as published
 * @param published when it was published (the stream's time when it carried none)
 * @param duplicateGroup its duplicate group, or null
 */
public record TimelineEntry(
    long articleId, String source, String title, Instant published, String duplicateGroup) {}
