package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes from a stream without ever holding more than a limit of one line: a longer
 * line is skipped and reported as too long, so one runaway line cannot exhaust memory. Counts the
 * bytes consumed (for progress). Decoding is left to {@link LineDecoder}, so that a line in another
 * charset is reported by number instead of being silently replaced. Line ends are {@code \n} or
 * {@code \r\n}; not thread-safe.
 */
final class BoundedLineReader {
  /** One line of input, without its line end; {@code bytes} is null when it was too long. */
  record Line(long number, byte[] bytes) {
    boolean tooLong() {
      return bytes == null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Line line
          && line.number == number
          && Arrays.equals(line.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(number) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "line " + number + (bytes == null ? " (too long)" : " (" + bytes.length + " bytes)");
    }
  }

  private static final int BUFFER_BYTES = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int position;
  private int limit;
  private long bytesRead;
  private long lineNumber;

  BoundedLineReader(InputStream in, int maxLineBytes) {
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("line limit must be positive: " + maxLineBytes);
    }
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    line.reset();
    boolean overflow = false;
    boolean sawAnything = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!sawAnything) {
          return null;
        }
        break;
      }
      sawAnything = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int length = position - start;
      if (!overflow && line.size() + length <= maxLineBytes) {
        line.write(buffer, start, length);
      } else {
        overflow = true;
      }
      if (position < limit) {
        position++;
        break;
      }
    }
    lineNumber++;
    if (overflow) {
      return new Line(lineNumber, null);
    }
    byte[] bytes = line.toByteArray();
    int length =
        bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new Line(lineNumber, length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
  }

  long bytesRead() {
    return bytesRead - (limit - position);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    bytesRead += n;
    return true;
  }
}
