package org.marsad.story;

import java.util.List;

/**
 * Where {@link StoryClusterer#add} put an article.
 *
 * @param articleId the article
 * @param storyId its story, after any merge this addition caused
 * @param similarity the article's similarity to the story it joined (1 for a duplicate of a member,
 *     0 for a new story)
 * @param kind how it got there
 * @param mergedStoryIds stories merged into {@code storyId} by this addition, in merge order: the
 *     caller rewrites these ids to {@code storyId}
 */
public record StoryAssignment(
    long articleId, long storyId, double similarity, Kind kind, List<Long> mergedStoryIds) {

  /** How an article got to its story. */
  public enum Kind {
    /** Started a new story: nothing active was similar enough. */
    NEW_STORY,
    /** Joined the most similar active story. */
    JOINED,
    /** Joined the story of its duplicate group. */
    DUPLICATE,
    /** Too few informative words to compare (empty, one word, boilerplate): a story of its own. */
    UNINFORMATIVE
  }

  public StoryAssignment {
    mergedStoryIds = List.copyOf(mergedStoryIds);
  }

  /** Whether the article started its story. */
  public boolean newStory() {
    return storyId == articleId && kind != Kind.JOINED && kind != Kind.DUPLICATE;
  }
}
