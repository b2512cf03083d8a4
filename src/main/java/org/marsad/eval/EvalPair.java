package org.marsad.eval;

/**
 * A pair of documents, by {@code docno}, and whether they are duplicates (a positive pair) or not.
 */
public record EvalPair(String a, String b, boolean duplicate) {}
