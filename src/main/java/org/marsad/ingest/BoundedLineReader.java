package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream without ever holding more than a limit of one line: a longer line
 * is skipped and reported as too long, so one runaway line cannot exhaust memory. Counts the bytes
 * consumed (for progress). Malformed UTF-8 becomes U+FFFD. Line ends are {@code \n} or {@code
 * \r\n}; not thread-safe.
 */
final class BoundedLineReader {
  /** One line of input; {@code text} is null when the line was longer than the limit. */
  record Line(long number, String text) {
    boolean tooLong() {
      return text == null;
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
    return new Line(lineNumber, new String(bytes, 0, length, StandardCharsets.UTF_8));
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
