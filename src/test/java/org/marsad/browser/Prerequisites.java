package org.marsad.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the browser tests need from the machine (the shared data, Chromium and its chromedriver).
 * Absent, the tests are skipped with a message on a developer's machine; with {@code
 * -Dmarsad.browser.required=true}, as {@code .ci/run} passes, absence fails the run, so that CI
 * cannot go green by skipping them.
 */
final class Prerequisites {
  static final String REQUIRED = "marsad.browser.required";

  private Prerequisites() {}

  static void need(boolean present, String what) {
    if (Boolean.getBoolean(REQUIRED)) {
      assertThat(present).as(what + " (" + REQUIRED + "=true: a failure, not a skip)").isTrue();
    } else if (!present) {
      // a skip in @BeforeAll is not reported by failsafe: say it where the run's output shows it
      System.out.println(what + ": browser tests skipped");
      assumeTrue(false, what + ": browser tests skipped");
    }
  }
}
