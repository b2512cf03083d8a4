/**
 * Evaluations of story clustering and article similarity against real data ({@code marsad eval
 * stories}, {@code marsad eval similarity}): read the files, run the real classes, compute figures.
 */
package org.marsad.story.eval;
