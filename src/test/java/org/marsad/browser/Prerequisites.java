package org.marsad.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the browser tests need from the machine (the shared data, Chromium and its chromedriver).
 * Absent, the tests are skipped with a message on a developer's machine; with the environment
 * variable {@code MARSAD_BROWSER_REQUIRED=true}, as {@code .ci/run} sets it around the README's own
 * test command (or {@code -Dmarsad.browser.required=true}), absence fails the run, so that CI
 * cannot go green by skipping them.
 */
final class Prerequisites {
  static final String REQUIRED = "marsad.browser.required";
  static final String REQUIRED_ENV = "MARSAD_BROWSER_REQUIRED";

  private Prerequisites() {}

  static void need(boolean present, String what) {
    if (Boolean.getBoolean(REQUIRED) || "true".equalsIgnoreCase(System.getenv(REQUIRED_ENV))) {
      assertThat(present).as(what + " (" + REQUIRED + "=true: a failure, not a skip)").isTrue();
    } else if (!present) {
      // a skip in @BeforeAll is not reported by failsafe: say it where the run's output shows it
      System.out.println(what + ": browser tests skipped");
      assumeTrue(false, what + ": browser tests skipped");
    }
  }
}
