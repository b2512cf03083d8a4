package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
  /** UTF-8 bytes read as windows-1256: what a mislabelled Arabic feed shows. */
  private static String misread(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), ArabicBytes.WINDOWS_1256);
  }

  @Test
  void aWordGluedToMarkupAndDamagedBytesIsRepairedAsWhenItStandsAlone() {
    // The OPML title of a fuzzer finding: damaged bytes right after the markup that closes it.
    String text = misread("مصادر عربية") + "</title></head>?ىجججججح>";
    MojibakeRepair.Result result = MojibakeRepair.repair(text);
    assertThat(result.text()).isEqualTo("مصادر عربية</title></head>?ىجججججح>");
    assertThat(MojibakeRepair.repair(misread("مصادر عربية")).text()).isEqualTo("مصادر عربية");
  }

  @Test
  void genuineWindows1256TextBesideMojibakeIsKept() {
    String text = "خبر " + misread("عاجل من غزة") + " <b>نص</b>";
    assertThat(MojibakeRepair.repair(text).text()).isEqualTo("خبر عاجل من غزة <b>نص</b>");
  }
}
