/**
 * Stories: articles about one event, clustered online as they arrive ({@link
 * org.marsad.story.StoryClusterer}), and the similarity that relates two articles and explains why
 * ({@link org.marsad.story.ArticleSimilarity}). Text keys are normalized, never stemmed.
 */
package org.marsad.story;
