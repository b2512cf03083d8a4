package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineDecoderTest {
  private final LineDecoder decoder = new LineDecoder();

  @Test
  void validUtf8IsDecodedAsUtf8() {
    LineDecoder.Decoded decoded =
        decoder.decode("{\"title\":\"خبر\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo("{\"title\":\"خبر\"}");
    assertThat(decoded.recoded()).isFalse();
    assertThat(decoded.problem()).isNull();
  }

  @Test
  void arabicInWindows1256IsRecognizedAndDecoded() {
    String line = "{\"title\":\"«وزارة الصحة» تعلن خطة جديدة\"}";
    LineDecoder.Decoded decoded = decoder.decode(line.getBytes(LineDecoder.WINDOWS_1256));
    assertThat(decoded.text()).isEqualTo(line);
    assertThat(decoded.charset()).isEqualTo(LineDecoder.WINDOWS_1256);
    assertThat(decoded.recoded()).isTrue();
  }

  @Test
  void latin1IsNotMistakenForArabicAndNamesTheFirstBadByte() {
    byte[] latin1 = "{\"title\":\"café crème\"}".getBytes(StandardCharsets.ISO_8859_1);
    LineDecoder.Decoded decoded = decoder.decode(latin1);
    assertThat(decoded.text()).isNull();
    assertThat(decoded.problem()).isEqualTo("not UTF-8 (byte 0xE9 at offset 13)");
  }

  @Test
  void damagedUtf8ArabicIsNotTakenForWindows1256() {
    byte[] damaged = "{\"title\":\"خبر عاجل من القاهرة\"}".getBytes(StandardCharsets.UTF_8);
    damaged[12] = (byte) 0xFF;
    LineDecoder.Decoded decoded = decoder.decode(damaged);
    assertThat(decoded.text()).isNull();
    assertThat(decoded.problem()).isEqualTo("not UTF-8 (byte 0xFF at offset 12)");
  }
}
