package org.marsad.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text dump into text: caps the size, honours a BOM, refuses binary content,
 * reads UTF-8 and recognises windows-1256, the legacy Arabic code page still found in old dumps.
 *
 * <p>Detection: bytes that are not valid UTF-8 are read as windows-1256 when that reading is mostly
 * Arabic letters and the bytes hold more broken than valid UTF-8 sequences (Arabic in windows-1256
 * almost never forms valid UTF-8, while UTF-8 with a few bad bytes has many valid sequences).
 * Otherwise they are read as UTF-8 with U+FFFD replacements. Every such decision is a problem.
 * ISO-8859-6 is not detected (it is rare in dumps and indistinguishable from windows-1256 by
 * bytes).
 */
final class DumpDecoder {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final double MIN_ARABIC_LETTER_SHARE = 0.6;
  private static final char REPLACEMENT = '\uFFFD';

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
    int start = 0;
    Charset bomCharset = null;
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      bomCharset = StandardCharsets.UTF_16BE;
    } else if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      bomCharset = StandardCharsets.UTF_16LE;
    }
    if (bomCharset != null) {
      return withoutControls(new String(bytes, 2, length - 2, bomCharset));
    }
    if (looksBinary(bytes, start, length)) {
      problems.add("binary content, not a text dump: nothing extracted");
      return "";
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, start, length - start);
    try {
      return withoutControls(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(input)
              .toString());
    } catch (CharacterCodingException notUtf8) {
      return decodeLegacy(bytes, start, length, problems);
    }
  }

  private static String decodeLegacy(byte[] bytes, int start, int length, DumpProblems problems) {
    String asUtf8 = new String(bytes, start, length - start, StandardCharsets.UTF_8);
    int replaced = count(asUtf8, REPLACEMENT);
    int validMultiByte = validMultiByteSequences(asUtf8);
    String asCp1256 = new String(bytes, start, length - start, WINDOWS_1256);
    if (replaced > validMultiByte && arabicLetterShare(asCp1256) >= MIN_ARABIC_LETTER_SHARE) {
      problems.add("not valid UTF-8; decoded as windows-1256 (mostly Arabic in that code page)");
      return withoutControls(asCp1256);
    }
    problems.add("invalid UTF-8: " + replaced + " malformed sequences replaced by U+FFFD");
    return withoutControls(asUtf8);
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

  private static boolean looksBinary(byte[] bytes, int start, int length) {
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

  private static int validMultiByteSequences(String decoded) {
    int n = 0;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c >= 0x80 && c != REPLACEMENT) {
        n++;
      }
    }
    return n;
  }

  private static double arabicLetterShare(String s) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
          arabic++;
        }
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
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
