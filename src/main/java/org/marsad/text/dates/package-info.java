/**
 * Dates as Arabic news pages and feeds print them, parsed to {@code java.time}.
 *
 * <p>{@link org.marsad.text.dates.ArabicDateParser} is the entry point. Input text is first folded
 * ({@code DateText}: Arabic letter normalization, Arabic-Indic digits to ASCII, invisible
 * characters dropped, whitespace collapsed) with an alignment back to the original, then a fixed
 * list of recognizers, one per written form, is tried in order of preference.
 */
package org.marsad.text.dates;
