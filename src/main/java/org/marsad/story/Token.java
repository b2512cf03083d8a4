package org.marsad.story;

/**
 * One word of an article: its normalized, lowercased form and where it came from in the original
 * text, so that a phrase found in normalized text is shown in the source's own spelling.
 *
 * @param term the normalized form, the key for matching
 * @param originalStart start offset in the original text
 * @param originalEnd exclusive end offset in the original text
 */
record Token(String term, int originalStart, int originalEnd) {}
