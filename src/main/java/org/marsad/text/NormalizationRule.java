package org.marsad.text;

/**
 * One named orthographic rule of Arabic normalization for matching. Rules are composed by {@link
 * ArabicNormalizer}; each reads aligned chars and appends its output to another, keeping for every
 * output char the original index it came from.
 *
 * <p>Implementations are stateless and thread-safe; they never throw on any input.
 */
public interface NormalizationRule {

  /** A short stable name, e.g. {@code "tatweel"}, printed by {@code marsad normalize --explain}. */
  String name();

  /**
   * Appends the rule's rewrite of {@code in} to {@code out}.
   *
   * @return the number of input chars this rule replaced, expanded, merged or removed
   */
  int apply(AlignedChars in, AlignedChars out);
}
