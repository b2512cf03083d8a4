package org.marsad.model;

/**
 * A link to another article that a page shows, such as a "read also" box.
 *
 * @param title the headline as printed on the page, never null
 * @param url the absolute target, or null when the page (a text dump) no longer carries it
 * @param kind why the page links to it
 */
public record Link(String title, String url, LinkKind kind) {}
