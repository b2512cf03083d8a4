package org.marsad.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What this build of Marsad is: version, git commit and build time, written into {@code
 * build.properties} by Maven's resource filtering. A value Maven could not fill (run from an IDE
 * that does not filter, or built where git could not tell the commit) reads as {@code "unknown"},
 * so an answer always comes back.
 *
 * @param version the project version, e.g. {@code 0.1.0}
 * @param commit the abbreviated commit id, or {@code "unknown"}
 * @param dirty whether the work tree had uncommitted changes at build time
 * @param built the build time (UTC, ISO-8601), or {@code "unknown"}
 */
public record BuildInfo(String version, String commit, boolean dirty, String built) {
  static final String RESOURCE = "/org/marsad/build.properties";
  static final String UNKNOWN = "unknown";

  /** The build this class was loaded from. */
  public static BuildInfo current() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Unreadable: every field stays unknown; a version line is no reason to fail.
    }
    return of(p);
  }

  /**
   * Reads the fields from {@code p}, treating missing or unfilled {@code ${...}} values as unknown.
   */
  static BuildInfo of(Properties p) {
    return new BuildInfo(
        value(p, "version"),
        value(p, "commit"),
        Boolean.parseBoolean(value(p, "dirty")),
        value(p, "built"));
  }

  /** One line for {@code marsad --version}: {@code marsad 0.1.0 (commit 1a2b3c4d5e, built ...)}. */
  public String describe() {
    return "marsad "
        + version
        + " (commit "
        + commit
        + (dirty ? " with uncommitted changes" : "")
        + ", built "
        + built
        + ")";
  }

  private static String value(Properties p, String key) {
    String v = p.getProperty(key, "").strip();
    return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
  }
}
