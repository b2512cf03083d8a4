package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Compression;

class BodyDecoderTest {
  private static final byte[] TEXT =
      "<rss><channel><title>خبر عاجل</title></channel></rss>".getBytes(StandardCharsets.UTF_8);

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream d = new DeflaterOutputStream(out, new Deflater(6, raw))) {
      d.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void decodesGzipAndBothKindsOfDeflate() throws Exception {
    assertThat(BodyDecoder.decode(Compression.gzip(TEXT, 1), false, "gzip", 1 << 20).bytes())
        .isEqualTo(TEXT);
    assertThat(BodyDecoder.decode(deflate(TEXT, false), false, "deflate", 1 << 20).bytes())
        .isEqualTo(TEXT);
    assertThat(BodyDecoder.decode(deflate(TEXT, true), false, "deflate", 1 << 20).bytes())
        .isEqualTo(TEXT);
    assertThat(BodyDecoder.decode(TEXT, false, null, 1 << 20).bytes()).isEqualTo(TEXT);
    assertThat(BodyDecoder.decode(TEXT, false, "identity", 1 << 20).bytes()).isEqualTo(TEXT);
  }

  @Test
  void capsAGzipBombAtTheLimit() throws Exception {
    byte[] megabyteOfZeros = new byte[1 << 20];
    byte[] bomb = Compression.gzip(megabyteOfZeros, 200);
    assertThat(bomb.length).isLessThan(300_000);

    CappedBody body = BodyDecoder.decode(bomb, false, "gzip", 100_000);

    assertThat(body.truncated()).isTrue();
    assertThat(body.bytes()).hasSize(100_000);
  }

  @Test
  void keepsWhatInflatesFromACutStreamAndFlagsIt() throws Exception {
    byte[] big = new byte[200_000];
    Arrays.fill(big, (byte) 'a');
    byte[] compressed = Compression.gzip(big, 1);
    byte[] cut = Arrays.copyOf(compressed, compressed.length / 2);

    CappedBody body = BodyDecoder.decode(cut, true, "gzip", 1 << 20);
    assertThat(body.truncated()).isTrue();
    assertThat(body.bytes().length).isLessThan(big.length);

    assertThatThrownBy(() -> BodyDecoder.decode(cut, false, "gzip", 1 << 20))
        .isInstanceOf(BodyDecoder.UndecodableException.class);
  }

  @Test
  void refusesUnknownEncodings() {
    assertThatThrownBy(() -> BodyDecoder.decode(TEXT, false, "br", 1 << 20))
        .hasMessage("unsupported Content-Encoding: br");
    assertThatThrownBy(() -> BodyDecoder.decode(TEXT, false, "gzip", 1 << 20))
        .hasMessageStartingWith("cannot decode gzip body");
  }
}
