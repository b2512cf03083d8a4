/**
 * Evaluations of story clustering and article similarity against real data ({@code marsad eval
 * stories}, {@code marsad eval similarity}): the real classes run over the files {@link
 * org.marsad.eval} reads, and the figures computed.
 */
package org.marsad.story.eval;
