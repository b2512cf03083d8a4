package org.marsad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns feed bytes into text. Order: byte-order mark, then the XML declaration's encoding, then the
 * HTTP Content-Type charset, then UTF-8.
 *
 * <p>Why the declaration before the header: the declaration travels with the bytes and is written
 * by the feed generator, while the header is a server setting that is often generic (a windows-1256
 * Arabic feed served as {@code text/xml; charset=utf-8} is common). JSON has no declaration: BOM,
 * header, UTF-8.
 */
final class FeedCharset {
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int DECLARATION_SCAN_BYTES = 256;
  private static final char BOM = '\uFEFF';

  private FeedCharset() {}

  /** Decoded text (without BOM), the charset used and any problem met. */
  record Decoded(String text, Charset charset, List<String> problems) {}

  static Decoded decode(byte[] bytes, String contentType) {
    Charset bomCharset = fromBom(bytes);
    if (bomCharset != null) {
      return new Decoded(stripBom(new String(bytes, bomCharset)), bomCharset, List.of());
    }
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, DECLARATION_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher declared = XML_ENCODING.matcher(head);
    String[] candidates = {
      declared.find() ? declared.group(1) : null, fromHeader(contentType),
    };
    for (String name : candidates) {
      if (name == null) {
        continue;
      }
      Charset charset = lookup(name);
      if (charset == null) {
        return new Decoded(
            stripBom(new String(bytes, StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8,
            List.of("unknown charset " + name + ", read as UTF-8"));
      }
      return new Decoded(stripBom(new String(bytes, charset)), charset, List.of());
    }
    return new Decoded(
        stripBom(new String(bytes, StandardCharsets.UTF_8)), StandardCharsets.UTF_8, List.of());
  }

  private static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String fromHeader(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static Charset lookup(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }
}
