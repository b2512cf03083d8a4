package org.marsad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicBytes;

/**
 * Turns feed bytes into text. The declared charset is the XML declaration's encoding, else the HTTP
 * Content-Type charset; {@link ArabicBytes} checks it against the bytes, as for pages, so a feed
 * that lies about its charset (windows-1256 bytes served as UTF-8, UTF-8 declared as ISO-8859-1) is
 * read right and the lie reported; UTF-8 once read as windows-1256 ("ط§ظ„") is repaired, as in
 * pages.
 *
 * <p>Why the declaration before the header: the declaration travels with the bytes and is written
 * by the feed generator, while the header is a server setting that is often generic (a windows-1256
 * Arabic feed served as {@code text/xml; charset=utf-8} is common). JSON has no declaration: BOM,
 * header, bytes.
 */
final class FeedCharset {
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int DECLARATION_SCAN_BYTES = 256;

  private FeedCharset() {}

  /** Decoded text (without BOM), the charset used and any problem met. */
  record Decoded(String text, Charset charset, List<String> problems) {}

  /** The text as the bytes and declarations give it, misread UTF-8 left for the caller. */
  static Decoded decodeAsIs(byte[] bytes, String contentType) {
    List<String> problems = new ArrayList<>();
    ArabicBytes.Decoded decoded =
        ArabicBytes.decode(bytes, declared(bytes, contentType), problems::add);
    return new Decoded(decoded.text(), decoded.charset(), problems);
  }

  static Decoded decode(byte[] bytes, String contentType) {
    List<String> problems = new ArrayList<>();
    ArabicBytes.Decoded decoded =
        ArabicBytes.decodeRepaired(bytes, declared(bytes, contentType), problems::add);
    return new Decoded(decoded.text(), decoded.charset(), problems);
  }

  private static String declared(byte[] bytes, String contentType) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, DECLARATION_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher declaration = XML_ENCODING.matcher(head);
    if (declaration.find()) {
      return declaration.group(1);
    }
    if (contentType == null) {
      return null;
    }
    Matcher header = HEADER_CHARSET.matcher(contentType);
    return header.find() ? header.group(1) : null;
  }
}
