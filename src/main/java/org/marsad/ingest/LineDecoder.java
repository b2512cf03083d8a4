package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes one line of an import file strictly, so that text in another charset is never stored as
 * replacement characters. A line is UTF-8 when it is valid UTF-8. A line that is not, whose
 * non-ASCII bytes mostly do not form UTF-8 at all, and that reads as Arabic in windows-1256 (the
 * Arabic Windows code page of most legacy Arabic files), is decoded as windows-1256: Arabic text in
 * that code page is practically never valid UTF-8. UTF-8 with a damaged byte is not taken for it
 * (its Arabic would decode to windows-1256 letters too). Anything else is not decoded, with a
 * reason naming the first bad byte. Not thread-safe (it reuses its decoders).
 */
final class LineDecoder {
  /** The legacy charset recognized, by its Java name. */
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /**
   * Share of the letters outside ASCII that must be Arabic for a line to count as windows-1256:
   * Latin-1 accented letters also decode in that code page, but to Latin letters.
   */
  private static final double ARABIC_SHARE = 0.8;

  private static final char REPLACEMENT = '\uFFFD';

  /**
   * A decoded line.
   *
   * @param text the line's text, or null when it could not be decoded
   * @param charset what it was decoded from, or null
   * @param problem why it could not be decoded, or null
   */
  record Decoded(String text, Charset charset, String problem) {
    boolean recoded() {
      return charset != null && !charset.equals(StandardCharsets.UTF_8);
    }
  }

  private final CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
  private final CharsetDecoder windows1256 = strict(WINDOWS_1256);

  Decoded decode(byte[] bytes) {
    utf8.reset();
    CharBuffer chars = CharBuffer.allocate((int) (bytes.length * (double) utf8.maxCharsPerByte()));
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = utf8.decode(in, chars, true);
    if (!result.isError()) {
      utf8.flush(chars);
      return new Decoded(chars.flip().toString(), StandardCharsets.UTF_8, null);
    }
    int position = in.position();
    String arabic = mostlyNotUtf8(bytes) ? asArabicWindows1256(bytes) : null;
    if (arabic != null) {
      return new Decoded(arabic, WINDOWS_1256, null);
    }
    return new Decoded(
        null,
        null,
        String.format(
            Locale.ROOT, "not UTF-8 (byte 0x%02X at offset %d)", bytes[position] & 0xFF, position));
  }

  /**
   * True when the line's invalid UTF-8 sequences outnumber its valid non-ASCII ones: a legacy
   * charset, not UTF-8 with a damaged byte.
   */
  private static boolean mostlyNotUtf8(byte[] bytes) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    int invalid = 0;
    int valid = 0;
    for (int i = 0; i < lenient.length(); i++) {
      char c = lenient.charAt(i);
      if (c == REPLACEMENT) {
        invalid++;
      } else if (c >= 0x80) {
        valid++;
      }
    }
    return invalid > valid;
  }

  /** The line as windows-1256 when that reads as Arabic, else null. */
  private String asArabicWindows1256(byte[] bytes) {
    String text;
    try {
      windows1256.reset();
      text = windows1256.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notWindows1256) {
      return null;
    }
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
          arabic++;
        }
      }
    }
    return letters > 0 && arabic >= ARABIC_SHARE * letters ? text : null;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
