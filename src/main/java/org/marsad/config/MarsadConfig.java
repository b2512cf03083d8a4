package org.marsad.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marsad's configuration: the documented defaults file ({@code marsad-defaults.properties}),
 * overlaid by {@code <data>/marsad.properties} and then by system properties. Every key must exist
 * in the defaults file, so a typo in an override fails at once with the key's name instead of being
 * silently ignored. Immutable and thread-safe.
 */
public final class MarsadConfig {
  static final String DEFAULTS = "/org/marsad/marsad-defaults.properties";
  static final String OVERRIDES_FILE = "marsad.properties";

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern SIZE =
      Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

  private final Properties values;

  private MarsadConfig(Properties values) {
    this.values = values;
  }

  /** The defaults alone. */
  public static MarsadConfig defaults() {
    return new MarsadConfig(readDefaults());
  }

  /**
   * The defaults, overlaid by {@code dataDir/marsad.properties} when it exists, then by system
   * properties named like a key.
   *
   * @throws IllegalArgumentException naming the file and key when an override names no known key
   */
  public static MarsadConfig load(Path dataDir) {
    Properties values = readDefaults();
    Path file = dataDir.resolve(OVERRIDES_FILE);
    if (Files.isRegularFile(file)) {
      Properties overrides = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        overrides.load(in);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read configuration " + file + ": " + e.getMessage(), e);
      }
      for (String key : overrides.stringPropertyNames()) {
        if (!values.containsKey(key)) {
          throw new IllegalArgumentException("unknown configuration key '" + key + "' in " + file);
        }
        values.setProperty(key, overrides.getProperty(key).strip());
      }
    }
    for (String key : values.stringPropertyNames()) {
      String override = System.getProperty(key);
      if (override != null) {
        values.setProperty(key, override.strip());
      }
    }
    return new MarsadConfig(values);
  }

  /** A copy with one key set; the key must exist. */
  public MarsadConfig with(String key, String value) {
    require(key);
    Properties copy = new Properties();
    copy.putAll(values);
    copy.setProperty(key, value);
    return new MarsadConfig(copy);
  }

  public String string(String key) {
    return require(key);
  }

  /** A comma-separated value: its items, trimmed, empty ones dropped. */
  public List<String> list(String key) {
    return Arrays.stream(require(key).split(","))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }

  public int integer(String key) {
    String raw = require(key);
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw invalid(key, raw, "a whole number");
    }
  }

  /** A finite decimal number such as {@code 0.7}. */
  public double decimal(String key) {
    String raw = require(key);
    try {
      double value = Double.parseDouble(raw);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(key, raw, "a decimal number such as 0.5");
  }

  public boolean bool(String key) {
    String raw = require(key).toLowerCase(Locale.ROOT);
    if (!raw.equals("true") && !raw.equals("false")) {
      throw invalid(key, raw, "true or false");
    }
    return Boolean.parseBoolean(raw);
  }

  /** A duration written as {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h} or {@code 1d}. */
  public Duration duration(String key) {
    String raw = require(key);
    return parseDuration(raw).orElseThrow(() -> invalid(key, raw, "a duration such as 30s or 10m"));
  }

  /** A duration written as configuration writes them ({@link #duration}); empty when it is not. */
  public static Optional<Duration> parseDuration(String raw) {
    Matcher m = DURATION.matcher(raw.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
  }

  /** A size in bytes written as {@code 4096}, {@code 512KB}, {@code 10MB} or {@code 1GB}. */
  public long bytes(String key) {
    String raw = require(key);
    Matcher m = SIZE.matcher(raw);
    if (!m.matches()) {
      throw invalid(key, raw, "a size such as 512KB or 10MB");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    return switch (unit) {
      case "KB" -> n << 10;
      case "MB" -> n << 20;
      case "GB" -> n << 30;
      default -> n;
    };
  }

  private String require(String key) {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("unknown configuration key '" + key + "'");
    }
    return value;
  }

  private static IllegalArgumentException invalid(String key, String raw, String expected) {
    return new IllegalArgumentException(
        "configuration key '" + key + "' is '" + raw + "', expected " + expected);
  }

  private static Properties readDefaults() {
    Properties defaults = new Properties();
    try (InputStream in = MarsadConfig.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULTS);
      }
      defaults.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULTS, e);
    }
    return defaults;
  }
}
