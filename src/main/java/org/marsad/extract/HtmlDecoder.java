package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicBytes;

/**
 * Turns a page's bytes into text: the declared charset is the HTTP Content-Type's, else the page's
 * {@code <meta>} charset; {@link ArabicBytes} checks it against the bytes and detects windows-1256
 * or ISO-8859-6 when it lies, and repairs mojibake. Thread-safe.
 */
final class HtmlDecoder {
  private static final int META_SCAN_BYTES = 4096;

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlDecoder() {}

  static ArabicBytes.Decoded decode(byte[] bytes, String contentType, ProblemList problems) {
    return ArabicBytes.decodeRepaired(bytes, declaredCharset(bytes, contentType), problems::add);
  }

  /** The charset named by the HTTP header, else by a meta tag near the start of the page. */
  static String declaredCharset(byte[] bytes, String contentType) {
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      if (m.find()) {
        return m.group(1);
      }
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
