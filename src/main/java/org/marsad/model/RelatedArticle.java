package org.marsad.model;

/**
 * A further full article embedded in a page after the main one (for example after a read-also
 * label), kept apart from the main body.
 */
public record RelatedArticle(String title, String body) {}
