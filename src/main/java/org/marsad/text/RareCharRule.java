package org.marsad.text;

/**
 * A rule that copies its input unchanged unless the input holds one of a few rare chars, such as
 * presentation forms or a decomposed hamza. News text seldom has them, so {@link
 * SinglePassNormalizer} only checks that none occurs instead of running the rule.
 */
interface RareCharRule extends NormalizationRule {

  /**
   * Whether {@code c} may make {@link #apply} change its input; for every input without such a
   * char, {@link #apply} copies it unchanged.
   */
  boolean mayRewrite(char c);
}
