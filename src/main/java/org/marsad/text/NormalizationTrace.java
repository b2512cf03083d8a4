package org.marsad.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A normalization with what each rule did, for debugging ({@code marsad normalize --explain}).
 *
 * @param result the normalized text, as {@link ArabicNormalizer#normalizeAligned} returns it
 * @param changesByRule for each rule in the order applied, the number of chars it replaced,
 *     expanded, merged or removed
 */
public record NormalizationTrace(NormalizedText result, Map<String, Integer> changesByRule) {
  public NormalizationTrace {
    changesByRule = Collections.unmodifiableMap(new LinkedHashMap<>(changesByRule));
  }
}
