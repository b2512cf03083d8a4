package org.marsad.enrich;

/**
 * One token of a text as the recognizer sees it.
 *
 * @param text the token as written (the original substring)
 * @param start start offset in the original text
 * @param end exclusive end offset
 */
public record NerToken(String text, int start, int end) {}
