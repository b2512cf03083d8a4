package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body read up to a byte cap, and whether more was on offer: a 50 MB response costs at
 * most the cap in memory, and reading stops once the cap is reached.
 *
 * @param bytes the bytes read, at most the cap
 * @param truncated true when the stream had more than the cap
 */
record CappedBody(byte[] bytes, boolean truncated) {
  private static final int CHUNK = 16 * 1024;

  static final CappedBody EMPTY = new CappedBody(new byte[0], false);

  /**
   * Reads {@code in} until its end or until {@code cap} bytes, then looks one byte further to tell
   * whether the body was cut. Does not close {@code in}.
   */
  static CappedBody read(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    while (buffer.size() < cap) {
      int n = in.read(chunk, 0, (int) Math.min(CHUNK, cap - buffer.size()));
      if (n < 0) {
        return new CappedBody(buffer.toByteArray(), false);
      }
      buffer.write(chunk, 0, n);
    }
    return new CappedBody(buffer.toByteArray(), in.read() >= 0);
  }
}
