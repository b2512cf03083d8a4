package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Removes gzip and deflate Content-Encodings with a cap on the decompressed size, so that a small
 * "gzip bomb" (kilobytes that inflate to gigabytes) costs at most the cap.
 */
final class BodyDecoder {
  private static final int CHUNK = 16 * 1024;

  private BodyDecoder() {}

  /** A Content-Encoding we did not ask for or could not decode. */
  static final class UndecodableException extends Exception {
    UndecodableException(String message) {
      super(message);
    }
  }

  /**
   * Decodes the encodings listed in {@code contentEncoding} (applied in order, so removed in
   * reverse).
   *
   * @param rawTruncated true when the compressed bytes were already cut: an early end of the
   *     compressed stream is then expected and not an error
   * @return the decoded bytes, flagged truncated when cut at {@code cap} or when the input was
   */
  static CappedBody decode(byte[] raw, boolean rawTruncated, String contentEncoding, long cap)
      throws UndecodableException {
    List<String> codings =
        contentEncoding == null
            ? List.of()
            : Arrays.stream(contentEncoding.split(","))
                .map(c -> c.trim().toLowerCase(Locale.ROOT))
                .filter(c -> !c.isEmpty() && !c.equals("identity"))
                .toList();
    CappedBody body = new CappedBody(raw, rawTruncated);
    for (int i = codings.size() - 1; i >= 0; i--) {
      body = decodeOne(body, codings.get(i), cap);
    }
    return body;
  }

  private static CappedBody decodeOne(CappedBody in, String coding, long cap)
      throws UndecodableException {
    try {
      switch (coding) {
        case "gzip", "x-gzip":
          return inflate(new GZIPInputStream(new ByteArrayInputStream(in.bytes())), in, cap);
        case "deflate":
          return inflateDeflate(in, cap);
        default:
          throw new UndecodableException("unsupported Content-Encoding: " + coding);
      }
    } catch (IOException e) {
      throw new UndecodableException("cannot decode " + coding + " body: " + e.getMessage());
    }
  }

  /** "deflate" should be zlib-wrapped, but some servers send raw deflate: try both. */
  private static CappedBody inflateDeflate(CappedBody in, long cap) throws IOException {
    try {
      return inflate(new InflaterInputStream(new ByteArrayInputStream(in.bytes())), in, cap);
    } catch (ZipException notZlib) {
      return inflate(
          new InflaterInputStream(new ByteArrayInputStream(in.bytes()), new Inflater(true)),
          in,
          cap);
    }
  }

  private static CappedBody inflate(InputStream stream, CappedBody in, long cap)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    try (stream) {
      while (true) {
        int n = stream.read(chunk, 0, (int) Math.min(CHUNK, cap + 1 - out.size()));
        if (n < 0) {
          return new CappedBody(out.toByteArray(), in.truncated());
        }
        out.write(chunk, 0, n);
        if (out.size() > cap) {
          return new CappedBody(Arrays.copyOf(out.toByteArray(), (int) cap), true);
        }
      }
    } catch (EOFException cut) {
      if (in.truncated()) {
        return new CappedBody(out.toByteArray(), true);
      }
      throw cut;
    }
  }
}
