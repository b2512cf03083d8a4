package org.marsad.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/** Compressed bodies for fetcher tests, gzip bombs included. */
public final class Compression {
  private Compression() {}

  /** {@code data} repeated {@code copies} times, gzipped: a bomb when large and repetitive. */
  public static byte[] gzip(byte[] data, int copies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < copies; i++) {
        gz.write(data);
      }
    }
    return out.toByteArray();
  }
}
