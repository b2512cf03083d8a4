package org.marsad.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns bytes from the web (pages, feeds, OPML) into text, choosing the charset the way Arabic
 * sources need; the one decoder that page and feed reading share, so that a lying declaration is
 * caught the same way wherever it comes from.
 *
 * <p>Order: a byte-order mark wins; then the bytes themselves when they are well-formed UTF-8 with
 * non-ASCII content (genuine windows-1256 or ISO-8859-6 Arabic is practically never valid UTF-8, so
 * this overrides a lying declaration); then the declared charset (the caller finds it: HTTP header,
 * {@code <meta>}, XML declaration); when none is usable, or a declared Latin or UTF-8 charset makes
 * Arabic bytes unreadable, a statistical check picks between windows-1256 and ISO-8859-6 by which
 * one turns the high bytes into Arabic letters rather than Latin letters or unmapped bytes. Bytes
 * that are mostly UTF-8 with a few broken sequences are read as UTF-8 with replacement characters
 * and a problem. Every deviation from the declaration is reported. Thread-safe.
 */
public final class ArabicBytes {

  /** The decoded text and how its charset was chosen. */
  public record Decoded(String text, Charset charset, String how) {}

  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Charset UTF_8 = StandardCharsets.UTF_8;
  private static final double UTF8_VALID_SHARE = 0.9;
  private static final double ARABIC_SHARE = 0.5;
  private static final char ARABIC_FIRST_LETTER = '\u0621';
  private static final char ARABIC_LAST_LETTER = '\u064A';
  private static final char TATWEEL = '\u0640';
  private static final char REPLACEMENT = '\uFFFD';

  private static final char[] CP1256_TABLE = highByteTable(WINDOWS_1256);
  private static final char[] ISO_8859_6_TABLE = highByteTable(ISO_8859_6);

  private ArabicBytes() {}

  /**
   * {@link #decode}, then {@link MojibakeRepair} of UTF-8 that was once read as windows-1256: the
   * text as pages, feeds and dumps are read, repairs reported like charset decisions.
   */
  public static Decoded decodeRepaired(
      byte[] bytes, String declaredName, Consumer<String> problems) {
    Decoded decoded = decode(bytes, declaredName, problems);
    MojibakeRepair.Result r = MojibakeRepair.repairWhereMisread(decoded.text());
    if (r.repaired() == 0 && r.unrepaired() == 0) {
      return decoded;
    }
    if (r.repaired() > 0) {
      problems.accept(
          "mojibake (UTF-8 read as windows-1256) repaired in " + r.repaired() + " runs of text");
    }
    if (r.unrepaired() > 0) {
      problems.accept(
          "mojibake (UTF-8 read as windows-1256) left in " + r.unrepaired() + " runs of text");
    }
    return new Decoded(r.text(), decoded.charset(), decoded.how());
  }

  /**
   * Decodes {@code bytes} per the class comment.
   *
   * @param declaredName the charset the source declares, or null
   * @param problems hears of every deviation from the declaration (one line each)
   */
  public static Decoded decode(byte[] bytes, String declaredName, Consumer<String> problems) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, UTF_8), UTF_8, "byte-order mark");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      Charset utf16 =
          bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16, "byte-order mark");
    }
    Charset declared = declaredName == null ? null : lookup(declaredName, problems);
    if (declared != null && !isAsciiCompatible(declared)) {
      // UTF-16 or UTF-32 without a byte-order mark: the UTF-8 test below cannot judge it.
      return new Decoded(new String(bytes, declared), declared, "declared");
    }
    // Most input is well-formed UTF-8: decode once, and scan the bytes only when the decoder had
    // to replace something (or the text itself holds replacement characters).
    String utf8 = new String(bytes, UTF_8);
    boolean replaced = utf8.indexOf(REPLACEMENT) >= 0;
    if (!replaced && utf8.length() == bytes.length) {
      // One char per byte and nothing replaced: every byte is ASCII, the same in any
      // ASCII-compatible charset.
      Charset cs = declared != null ? declared : UTF_8;
      return new Decoded(cs == UTF_8 ? utf8 : new String(bytes, cs), cs, "ASCII only");
    }
    Utf8Shape shape = replaced ? Utf8Shape.of(bytes) : null;
    if (shape == null || shape.invalid() == 0) {
      if (declared != null && !declared.equals(UTF_8)) {
        problems.accept(
            "declared charset " + declared.name() + " but the bytes are UTF-8: read as UTF-8");
      }
      return new Decoded(utf8, UTF_8, declared == null ? "detected" : "declared");
    }
    if (declared != null && isArabicSingleByte(declared)) {
      return new Decoded(new String(bytes, declared), declared, "declared");
    }
    if (shape.validShare() >= UTF8_VALID_SHARE) {
      problems.accept("invalid UTF-8: " + shape.invalid() + " bytes replaced");
      return new Decoded(utf8, UTF_8, "mostly UTF-8");
    }
    Charset arabic = detectArabicSingleByte(bytes);
    if (arabic != null) {
      if (declared != null) {
        problems.accept(
            "declared charset "
                + declared.name()
                + " does not fit the bytes: detected "
                + arabic.name());
      }
      return new Decoded(new String(bytes, arabic), arabic, "detected");
    }
    if (declared != null && !declared.equals(UTF_8)) {
      return new Decoded(new String(bytes, declared), declared, "declared");
    }
    if (declared != null) {
      problems.accept("invalid UTF-8: " + shape.invalid() + " bytes replaced");
      return new Decoded(utf8, UTF_8, "declared");
    }
    problems.accept("no charset declared and none detected: read as windows-1252");
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback");
  }

  /**
   * windows-1256 or ISO-8859-6 when one of them reads at least half of the high bytes as Arabic
   * letters; the better of the two by Arabic letters minus Latin letters and unmapped bytes. Null
   * when neither does (or there is no high byte).
   */
  public static Charset detectArabicSingleByte(byte[] bytes) {
    int high = 0;
    int cp1256Score = 0;
    int cp1256Arabic = 0;
    int isoScore = 0;
    int isoArabic = 0;
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u < 0x80) {
        continue;
      }
      high++;
      char c1 = CP1256_TABLE[u - 0x80];
      char c2 = ISO_8859_6_TABLE[u - 0x80];
      if (isArabicLetter(c1)) {
        cp1256Score++;
        cp1256Arabic++;
      } else if (Character.isLetter(c1) || c1 == REPLACEMENT) {
        cp1256Score -= 2;
      }
      if (isArabicLetter(c2)) {
        isoScore++;
        isoArabic++;
      } else if (Character.isLetter(c2) || c2 == REPLACEMENT) {
        isoScore -= 2;
      }
    }
    if (high == 0) {
      return null;
    }
    if (cp1256Score >= isoScore && cp1256Arabic >= ARABIC_SHARE * high) {
      return WINDOWS_1256;
    }
    if (isoScore > cp1256Score && isoArabic >= ARABIC_SHARE * high) {
      return ISO_8859_6;
    }
    return null;
  }

  /** A letter of the basic Arabic block (hamza to yeh), tatweel excluded. */
  public static boolean isArabicLetter(char c) {
    return c >= ARABIC_FIRST_LETTER && c <= ARABIC_LAST_LETTER && c != TATWEEL;
  }

  private static Charset lookup(String name, Consumer<String> problems) {
    String n = name.toLowerCase(Locale.ROOT);
    // As browsers do: Latin-1 and ASCII labels mean windows-1252, a superset.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      problems.accept("unknown charset declared: " + name);
      return null;
    }
  }

  private static boolean isAsciiCompatible(Charset cs) {
    return !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32");
  }

  private static boolean isArabicSingleByte(Charset cs) {
    return cs.equals(WINDOWS_1256) || cs.equals(ISO_8859_6);
  }

  private static char[] highByteTable(Charset cs) {
    byte[] high = new byte[128];
    for (int i = 0; i < 128; i++) {
      high[i] = (byte) (0x80 + i);
    }
    char[] table = new char[128];
    String s = new String(high, cs);
    for (int i = 0; i < 128; i++) {
      table[i] = i < s.length() ? s.charAt(i) : REPLACEMENT;
    }
    return table;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** How much of a byte array is well-formed UTF-8: multi-byte sequences and stray bytes. */
  record Utf8Shape(int multiByte, int invalid) {
    double validShare() {
      return multiByte + invalid == 0 ? 1 : (double) multiByte / (multiByte + invalid);
    }

    static Utf8Shape of(byte[] bytes) {
      int multi = 0;
      int invalid = 0;
      int i = 0;
      while (i < bytes.length) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
          i++;
          continue;
        }
        int len =
            b >= 0xC2 && b <= 0xDF
                ? 2
                : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        boolean ok = len > 0 && i + len <= bytes.length;
        for (int k = 1; ok && k < len; k++) {
          ok = (bytes[i + k] & 0xC0) == 0x80;
        }
        if (ok) {
          multi++;
          i += len;
        } else {
          invalid++;
          i++;
        }
      }
      return new Utf8Shape(multi, invalid);
    }
  }
}
