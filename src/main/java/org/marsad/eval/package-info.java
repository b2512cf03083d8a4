/**
 * The evaluation files every evaluation reads ({@code marsad eval dedup}, {@code eval stories},
 * {@code eval similarity}): JSONL documents, TSV pairs and the rule that samples negative pairs
 * when the pairs carry no label, in one place so that two evaluations over the same files score the
 * same pairs. Lenient with lines (each skipped line is named with its reason), strict with files
 * (an unreadable file, or a pairs file without its id columns, throws).
 */
package org.marsad.eval;
