package org.marsad.enrich;

/**
 * A word or phrase that characterises an article.
 *
 * @param text as the article spells it most often (without a leading conjunction or preposition
 *     when it also appears without one)
 * @param key its matching form: normalized words without the article, space-separated
 * @param count how often the article uses it (as this unit, not inside a longer phrase)
 * @param score its weight: sublinear title-weighted frequency times informativeness
 */
public record Keyword(String text, String key, int count, double score) {}
