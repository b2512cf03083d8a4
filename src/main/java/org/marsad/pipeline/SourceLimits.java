package org.marsad.pipeline;

import org.marsad.config.MarsadConfig;

/**
 * How much one request may add to the followed sources, so that one OPML upload or one API call
 * cannot fill the store: a longer URL is refused (a cut URL would be another address), a longer
 * title is cut, and an import follows at most {@code maxNewPerImport} new sources.
 */
public record SourceLimits(int maxUrlLength, int maxTitleLength, int maxNewPerImport) {
  public SourceLimits {
    requirePositive("sources.max-url-length", maxUrlLength);
    requirePositive("sources.max-title-length", maxTitleLength);
    requirePositive("sources.max-new-per-import", maxNewPerImport);
  }

  /** The {@code sources.*} keys of the configuration. */
  public static SourceLimits from(MarsadConfig config) {
    return new SourceLimits(
        config.integer("sources.max-url-length"),
        config.integer("sources.max-title-length"),
        config.integer("sources.max-new-per-import"));
  }

  private static void requirePositive(String key, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "configuration key '" + key + "' must be at least 1, not " + value);
    }
  }
}
