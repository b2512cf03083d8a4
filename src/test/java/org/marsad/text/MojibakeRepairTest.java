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
  void textMisreadTwiceIsRepairedToTheEndAndRepairingAgainChangesNothing() {
    // the OPML title of a fuzzer finding held "ط·آ¹": "ع" read as windows-1256 twice
    String twice = misread(misread("مصادر عربية"));
    MojibakeRepair.Result result = MojibakeRepair.repair(twice);
    assertThat(result.text()).isEqualTo("مصادر عربية");
    assertThat(MojibakeRepair.repair(result.text()).text()).isEqualTo(result.text());
  }

  @Test
  void genuineWindows1256TextBesideMojibakeIsKept() {
    String text = "خبر " + misread("عاجل من غزة") + " <b>نص</b>";
    assertThat(MojibakeRepair.repair(text).text()).isEqualTo("خبر عاجل من غزة <b>نص</b>");
  }

  @Test
  void aMisreadTitleInASoundDocumentIsRepairedThereAndTheRestKept() {
    // the OPML list of a fuzzer finding: sound Arabic outlines, one title read as windows-1256
    String sound =
        "<outline text=\"أخبار\"><outline text=\"الخليج\" title=\"الخليج\"/>"
            + "<outline text=\"صحيفة أ\" title=\"صحيفة أ\" xmlUrl=\"https://a.example/rss\"/>"
            + "<outline text=\"صحيفة ب\" title=\"صحيفة ب\" xmlUrl=\"https://b.example/rss\"/>"
            + "</outline>";
    String document = "<head><title>مصادر " + misread("عربية") + "</title></head>\n" + sound;
    assertThat(MojibakeRepair.looksLikeMojibake(document)).as("not as a whole").isFalse();

    MojibakeRepair.Result result = MojibakeRepair.repairWhereMisread(document);

    assertThat(result.text())
        .isEqualTo("<head><title>مصادر عربية</title></head>\n" + sound)
        .as("read again, nothing changes")
        .isEqualTo(MojibakeRepair.repairWhereMisread(result.text()).text());
    assertThat(result.repaired()).isEqualTo(1);
  }

  @Test
  void soundArabicWithAnAinBeforeACommaIsKept() {
    // ع before the Arabic comma has the signature's shape (bytes DA A1) but is sound text
    String text = "<p>قال إنه سيرجع، وإن الوضع، كما هو</p><p>سمع، ثم رجع، وبعد ذلك وقع، فقط</p>";
    assertThat(MojibakeRepair.repairWhereMisread(text).text()).isEqualTo(text);
  }
}
