package org.marsad.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Normalizes Arabic text for matching, with an alignment back to the original; callers keep the
 * original for display. A composite of {@link NormalizationRule}s applied in order.
 *
 * <p>The {@link #standard()} order, and where it matters:
 *
 * <ol>
 *   <li>{@link PresentationFormsRule} first: its output (letters, harakat, tatweel, Persian
 *       letters) is what the later rules fold.
 *   <li>{@link HamzaCompositionRule} before {@link DiacriticsRule}, which would drop the loose
 *       U+0654, and before {@link AlefFormsRule}, which folds the recomposed {@code أ}.
 *   <li>The per-char rules {@link InvisibleCharsRule}, {@link TatweelRule}, {@link DiacriticsRule},
 *       {@link AlefFormsRule}, {@link AlefMaksuraRule}, {@link TehMarbutaRule}, {@link
 *       PersianLettersRule}, {@link ArabicDigitsRule}, {@link PunctuationRule}: each touches chars
 *       no other touches, so their mutual order does not matter; they run fused as one table
 *       lookup.
 *   <li>{@link WhitespaceRule} last: removals and the spaces inside expanded ligatures create new
 *       runs to collapse.
 * </ol>
 *
 * <p>Cost: for text without presentation forms or decomposed hamza (nearly all news), one pass over
 * the chars for all rules ({@link SinglePassNormalizer}); otherwise one pass per non-fused rule. No
 * regular expressions. Instances are immutable and thread-safe. Input is never rejected: any
 * string, including unpaired surrogates, normalizes.
 */
public final class ArabicNormalizer {

  private static final ArabicNormalizer STANDARD = of(standardRules());

  private final List<NormalizationRule> rules;
  private final List<NormalizationRule> compiled;
  private final SinglePassNormalizer singlePass;

  private ArabicNormalizer(List<NormalizationRule> rules) {
    this.rules = List.copyOf(rules);
    this.compiled = fuseCharMappings(this.rules);
    this.singlePass = SinglePassNormalizer.compile(compiled);
  }

  /** The full matching normalization (every rule of the text package, in the order above). */
  public static ArabicNormalizer standard() {
    return STANDARD;
  }

  /** New instances of every rule of the standard normalization, in its order. */
  public static List<NormalizationRule> standardRules() {
    return List.of(
        new PresentationFormsRule(),
        new HamzaCompositionRule(),
        new InvisibleCharsRule(),
        new TatweelRule(),
        new DiacriticsRule(),
        new AlefFormsRule(),
        new AlefMaksuraRule(),
        new TehMarbutaRule(),
        new PersianLettersRule(),
        new ArabicDigitsRule(),
        new PunctuationRule(),
        new WhitespaceRule());
  }

  /**
   * A normalizer applying {@code rules} in the given order, e.g. a subset of {@link
   * #standardRules()} for a lighter cleanup.
   *
   * @throws IllegalArgumentException if {@code rules} is empty
   */
  public static ArabicNormalizer of(List<? extends NormalizationRule> rules) {
    Objects.requireNonNull(rules, "rules");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a normalizer needs at least one rule");
    }
    return new ArabicNormalizer(List.copyOf(rules));
  }

  /** The rules applied, in order. */
  public List<NormalizationRule> rules() {
    return rules;
  }

  /** The normalized form of {@code s}. */
  public String normalize(String s) {
    return normalizeAligned(s).text();
  }

  /** The normalized form of {@code s} with offsets back into it. */
  public NormalizedText normalizeAligned(String s) {
    Objects.requireNonNull(s, "text");
    NormalizedText result = singlePass == null ? null : singlePass.normalize(s);
    return result != null ? result : run(s, compiled, null);
  }

  /** The normalized form of {@code s} with the count of changes each rule made. */
  public NormalizationTrace trace(String s) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    NormalizedText result = run(s, rules, counts);
    return new NormalizationTrace(result, counts);
  }

  private static NormalizedText run(
      String s, List<NormalizationRule> steps, Map<String, Integer> counts) {
    Objects.requireNonNull(s, "text");
    AlignedChars in = AlignedChars.of(s);
    AlignedChars out = new AlignedChars(s.length());
    for (NormalizationRule step : steps) {
      out.clear();
      int changed = step.apply(in, out);
      if (counts != null) {
        counts.merge(step.name(), changed, Integer::sum);
      }
      AlignedChars swap = in;
      in = out;
      out = swap;
    }
    return in.toNormalizedText(s);
  }

  static List<NormalizationRule> fuseCharMappings(List<NormalizationRule> rules) {
    List<NormalizationRule> steps = new ArrayList<>();
    List<CharMappingRule> run = new ArrayList<>();
    for (NormalizationRule rule : rules) {
      if (rule instanceof CharMappingRule mapping) {
        run.add(mapping);
        continue;
      }
      flush(run, steps);
      steps.add(rule);
    }
    flush(run, steps);
    return List.copyOf(steps);
  }

  private static void flush(List<CharMappingRule> run, List<NormalizationRule> steps) {
    if (run.size() == 1) {
      steps.add(run.get(0));
    } else if (run.size() > 1) {
      steps.add(new FusedCharMappingRule(run));
    }
    run.clear();
  }
}
