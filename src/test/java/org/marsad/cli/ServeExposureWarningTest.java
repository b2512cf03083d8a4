package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** serve warns when it listens beyond the machine without a configured admin token. */
class ServeExposureWarningTest {
  @Test
  void aNonLoopbackAddressWithAGeneratedTokenIsWarnedAbout() {
    assertThat(ServeCommand.exposureWarning("0.0.0.0", false))
        .hasValueSatisfying(w -> assertThat(w).contains("0.0.0.0", "server.admin-token"));
    assertThat(ServeCommand.exposureWarning("192.0.2.10", false)).isPresent();
    assertThat(ServeCommand.exposureWarning("::", false)).isPresent();
  }

  @Test
  void loopbackOrAConfiguredTokenNeedsNoWarning() {
    assertThat(ServeCommand.exposureWarning("127.0.0.1", false)).isEmpty();
    assertThat(ServeCommand.exposureWarning("::1", false)).isEmpty();
    assertThat(ServeCommand.exposureWarning("0.0.0.0", true)).isEmpty();
  }
}
