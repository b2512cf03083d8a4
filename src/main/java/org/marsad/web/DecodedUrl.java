package org.marsad.web;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A URL as a reader should see it: percent-encoded UTF-8 decoded ({@code /%D8%A7%D9%84...} shows as
 * {@code /ال...}) and a punycode host in its own script. Only for display: links keep the encoded
 * URL. A run of escapes that is not valid UTF-8, or that decodes to a control or
 * bidirectional-formatting character (which could make the URL look like another), stays encoded.
 */
final class DecodedUrl {
  private DecodedUrl() {}

  /** {@code url} decoded for display; null gives "". */
  static String display(String url) {
    if (url == null) {
      return "";
    }
    return decodePercent(unicodeHost(url));
  }

  private static String decodePercent(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      while (end < text.length() && text.charAt(end) == '%' && hex(text, end + 1)) {
        bytes.write(Integer.parseInt(text.substring(end + 1, end + 3), 16));
        end += 3;
      }
      if (end == i) {
        out.append(text.charAt(i++));
        continue;
      }
      String run = utf8(bytes.toByteArray());
      out.append(run == null || !readable(run) ? text.substring(i, end) : run);
      i = end;
    }
    return out.toString();
  }

  private static boolean hex(String text, int at) {
    return at + 1 < text.length()
        && Character.digit(text.charAt(at), 16) >= 0
        && Character.digit(text.charAt(at + 1), 16) >= 0;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether decoded text can be shown as it is: no controls, no bidi controls, no spaces or
   * characters that are part of URL syntax (they would change how the URL reads).
   */
  private static boolean readable(String run) {
    return run.codePoints()
        .noneMatch(
            c ->
                Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isWhitespace(c)
                    || "/?#&=%+;:@".indexOf(c) >= 0);
  }

  private static String unicodeHost(String url) {
    try {
      String host = URI.create(url).getRawAuthority();
      if (host == null || !host.contains("xn--")) {
        return url;
      }
      return url.replaceFirst(java.util.regex.Pattern.quote(host), IDN.toUnicode(host));
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
