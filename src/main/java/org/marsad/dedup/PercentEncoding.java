package org.marsad.dedup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Puts one URL component into its one percent-encoded form (RFC 3986 §6.2.2): escapes of unreserved
 * characters decoded ({@code %7E} becomes {@code ~}), every other escape kept with upper-case hex
 * ({@code %d8%a7} becomes {@code %D8%A7}), a {@code %} that starts no escape written as {@code
 * %25}, and every character the component may not hold raw (non-ASCII, space, quotes...) written as
 * the escapes of its UTF-8 bytes. So a path typed in Arabic and the same path as percent-encoded
 * UTF-8 come out identical. Reserved characters are never decoded or encoded: {@code %2F} and
 * {@code /} mean different things.
 */
final class PercentEncoding {
  /** Characters a path may hold raw besides the unreserved ones: sub-delims, ':', '@', '/'. */
  static final String PATH_RAW = "!$&'()*+,;=:@/";

  /** Characters a query may hold raw besides the unreserved ones: a path's plus '?'. */
  static final String QUERY_RAW = PATH_RAW + "?";

  /** Characters user information may hold raw besides the unreserved ones. */
  static final String USERINFO_RAW = "!$&'()*+,;=:";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final int REPLACEMENT_CHARACTER = 0xFFFD;

  private PercentEncoding() {}

  static String normalize(String component, String rawAllowed) {
    StringBuilder out = new StringBuilder(component.length() + 16);
    int i = 0;
    while (i < component.length()) {
      char c = component.charAt(i);
      if (c == '%' && isEscape(component, i)) {
        int b =
            Character.digit(component.charAt(i + 1), 16) * 16
                + Character.digit(component.charAt(i + 2), 16);
        if (isUnreserved(b)) {
          out.append((char) b);
        } else {
          appendEscape(out, b);
        }
        i += 3;
      } else if (c < 0x80 && (isUnreserved(c) || rawAllowed.indexOf(c) >= 0)) {
        out.append(c);
        i++;
      } else {
        int codePoint = component.codePointAt(i);
        int encoded = Character.isSurrogate((char) codePoint) ? REPLACEMENT_CHARACTER : codePoint;
        for (byte b : Character.toString(encoded).getBytes(StandardCharsets.UTF_8)) {
          appendEscape(out, b & 0xFF);
        }
        i += Character.charCount(codePoint);
      }
    }
    return out.toString();
  }

  /** Decodes every escape as UTF-8 (malformed bytes become U+FFFD); for hosts only. */
  static String decode(String component) {
    if (component.indexOf('%') < 0) {
      return component;
    }
    StringBuilder out = new StringBuilder(component.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < component.length()) {
      if (component.charAt(i) == '%' && isEscape(component, i)) {
        bytes.write(Integer.parseInt(component.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        out.append(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
        out.append(component.charAt(i++));
      }
    }
    return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
  }

  static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean isEscape(String s, int percentAt) {
    return percentAt + 2 < s.length()
        && Character.digit(s.charAt(percentAt + 1), 16) >= 0
        && Character.digit(s.charAt(percentAt + 2), 16) >= 0
        && s.charAt(percentAt + 1) < 0x80
        && s.charAt(percentAt + 2) < 0x80;
  }

  private static void appendEscape(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }
}
