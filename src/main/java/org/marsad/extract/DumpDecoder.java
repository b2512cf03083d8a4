package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.marsad.text.ArabicBytes;

/**
 * Turns the bytes of a text dump into text: caps the size, honours a BOM, refuses binary content,
 * and reads the text with {@link ArabicBytes}, as pages and feeds are read: UTF-8, or windows-1256
 * and ISO-8859-6 (the legacy Arabic code pages still found in old dumps) detected from the bytes
 * since a dump declares nothing. Every such decision is a problem.
 */
final class DumpDecoder {
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final double MAX_CONTROL_SHARE = 0.05;

  private final int maxBytes;

  DumpDecoder(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The text of {@code bytes}, or an empty string (with a problem) when there is none to read. */
  String decode(byte[] bytes, DumpProblems problems) {
    int length = bytes.length;
    if (length > maxBytes) {
      length = utf8Boundary(bytes, maxBytes);
      problems.add("input cut at " + length + " of " + bytes.length + " bytes (size cap)");
    }
    if (length == 0) {
      problems.add("empty page");
      return "";
    }
    byte[] input = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    if (!startsWithUtf16Bom(input) && looksBinary(input, length)) {
      problems.add("binary content, not a text dump: nothing extracted");
      return "";
    }
    ArabicBytes.Decoded decoded = ArabicBytes.decodeRepaired(input, null, problems::add);
    if (decoded.how().equals("detected") && !decoded.charset().equals(StandardCharsets.UTF_8)) {
      problems.add(
          "not valid UTF-8; decoded as " + decoded.charset().name() + " (mostly Arabic in it)");
    }
    return withoutControls(decoded.text());
  }

  /** The largest length not above {@code cap} that does not split a UTF-8 sequence. */
  private static int utf8Boundary(byte[] bytes, int cap) {
    int end = cap;
    int back = 0;
    while (end > 0 && back < 3 && (bytes[end] & 0xC0) == 0x80) {
      end--;
      back++;
    }
    return end;
  }

  private static boolean startsWithUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean startsWithUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }

  private static boolean looksBinary(byte[] bytes, int length) {
    int start = startsWithUtf8Bom(bytes) ? 3 : 0;
    int end = Math.min(length, start + SNIFF_BYTES);
    int controls = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return controls > (end - start) * MAX_CONTROL_SHARE;
  }

  /** Replaces C0 controls other than line breaks and tabs by spaces. */
  private static String withoutControls(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t';
      if (control && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(control ? ' ' : c);
      }
    }
    return out == null ? s : out.toString();
  }
}
