package org.marsad.text;

import java.util.List;

/** Runs one rule alone, as the rule tests need. */
final class RuleRunner {
  private RuleRunner() {}

  static String apply(NormalizationRule rule, String s) {
    return ArabicNormalizer.of(List.of(rule)).normalize(s);
  }

  static int changes(NormalizationRule rule, String s) {
    return ArabicNormalizer.of(List.of(rule)).trace(s).changesByRule().get(rule.name());
  }
}
