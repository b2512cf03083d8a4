package org.marsad.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Recognises and undoes UTF-8 Arabic that was once decoded as windows-1256 ("ط§ظ„" for "ال").
 *
 * <p>Signature: UTF-8 Arabic letters start with the bytes D8–DB, which windows-1256 reads as ط ظ ع
 * غ, followed by a continuation byte 80–BF, which it reads as punctuation, Latin signs or Persian
 * letters. When such pairs make up most of the Arabic-looking text, each run of windows-1256
 * characters is re-encoded to its bytes and decoded as UTF-8; a run is replaced only when that
 * decodes cleanly (no malformed bytes) and yields Arabic letters. Runs that cannot be repaired are
 * counted so that the caller can report them. Thread-safe.
 */
public final class MojibakeRepair {

  /** The repaired text and how many suspicious runs could not be repaired. */
  public record Result(String text, int repaired, int unrepaired) {}

  private static final char TAH = '\u0637';
  private static final char ZAH = '\u0638';
  private static final char AIN = '\u0639';
  private static final char GHAIN = '\u063A';
  private static final int MIN_PAIRS = 3;
  private static final double MIN_PAIR_SHARE = 0.3;

  /** windows-1256 images of UTF-8 lead bytes 0xD8 to 0xDB, which start every Arabic letter. */
  private static final char[] LEAD_IMAGES = {TAH, ZAH, AIN, GHAIN};

  private static final boolean[] CONTINUATION_IMAGE = continuationImage();

  private MojibakeRepair() {}

  /** True when {@code text} carries the mojibake signature strongly enough to attempt a repair. */
  public static boolean looksLikeMojibake(String text) {
    if (leadImages(text) < MIN_PAIRS) {
      return false;
    }
    int pairs = 0;
    int arabic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ArabicBytes.isArabicLetter(c)) {
        arabic++;
        if (isLeadImage(c) && i + 1 < text.length() && isContinuationImage(text.charAt(i + 1))) {
          pairs++;
        }
      }
    }
    return pairs >= MIN_PAIRS && pairs >= MIN_PAIR_SHARE * arabic;
  }

  /**
   * How many lead-byte images the text holds, counting up to {@link #MIN_PAIRS}: a fast test
   * ({@link String#indexOf(int)} is vectorized) that clears most pages without a scan.
   */
  private static int leadImages(String text) {
    int n = 0;
    for (char lead : LEAD_IMAGES) {
      for (int i = text.indexOf(lead); i >= 0 && n < MIN_PAIRS; i = text.indexOf(lead, i + 1)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Repairs a decoded document where it was misread: the whole of it when it carries the signature
   * ({@link #looksLikeMojibake}), else each line or text between markup ({@code < > "}) that
   * carries it on its own. So a list of sound Arabic with one misread title is repaired there too,
   * and a title reads the same whatever else its document holds (an OPML list written back and read
   * again was repaired only the second time).
   */
  public static Result repairWhereMisread(String text) {
    if (leadImages(text) < MIN_PAIRS) {
      return new Result(text, 0, 0);
    }
    if (looksLikeMojibake(text)) {
      return repair(text);
    }
    StringBuilder out = new StringBuilder(text.length());
    int repaired = 0;
    int unrepaired = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && !isSegmentEdge(text.charAt(i))) {
        continue;
      }
      String segment = text.substring(start, i);
      if (looksLikeMojibake(segment)) {
        Result r = repair(segment);
        out.append(r.text());
        repaired += r.repaired();
        unrepaired += r.unrepaired();
      } else {
        out.append(segment);
      }
      if (i < text.length()) {
        out.append(text.charAt(i));
      }
      start = i + 1;
    }
    return new Result(out.toString(), repaired, unrepaired);
  }

  private static boolean isSegmentEdge(char c) {
    return c == '\n' || c == '<' || c == '>' || c == '"';
  }

  /** Repairs every run of windows-1256-encodable text that carries the signature. */
  public static Result repair(String text) {
    Result once = repairOnce(text);
    int repaired = once.repaired();
    // Text misread twice ("ط·آ¹" for "ع") is repaired one level per pass: go on while a pass
    // repairs something, so that the result is one no further pass changes.
    for (int level = 1; level < MAX_LEVELS && once.repaired() > 0; level++) {
      Result again = repairOnce(once.text());
      if (again.repaired() == 0) {
        break;
      }
      repaired += again.repaired();
      once = again;
    }
    return new Result(once.text(), repaired, once.unrepaired());
  }

  /** How many times text misread over and over is repaired. */
  private static final int MAX_LEVELS = 4;

  private static Result repairOnce(String text) {
    CharsetEncoder encoder =
        ArabicBytes.WINDOWS_1256
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder out = new StringBuilder(text.length());
    int repaired = 0;
    int unrepaired = 0;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean encodable = text.charAt(i) < 0x80 || encoder.canEncode(text.charAt(i));
      while (i < text.length()
          && encodable == (text.charAt(i) < 0x80 || encoder.canEncode(text.charAt(i)))) {
        i++;
      }
      String run = text.substring(start, i);
      if (!encodable || !hasPair(run)) {
        out.append(run);
        continue;
      }
      String fixed = reinterpret(run, encoder, decoder);
      if (fixed == null) {
        fixed = repairWords(run, encoder, decoder);
      }
      if (fixed == null) {
        unrepaired++;
        out.append(run);
      } else {
        repaired++;
        out.append(fixed);
      }
    }
    return new Result(out.toString(), repaired, unrepaired);
  }

  /**
   * Where the word-by-word repair cuts a run: at whitespace, and where printable ASCII meets other
   * text (control characters stay with the word they damage, see {@link #CONTROL}). An ASCII byte
   * is the same in UTF-8 and windows-1256 and is never inside a UTF-8 sequence, so the cut splits
   * no letter; without it a word glued to markup or to damaged bytes ({@code
   * "ط¹ط±ط¨ظٹط©</title>?ىجج"}) was left unrepaired, and repaired only once read again alone.
   */
  private static final Pattern WORD_EDGE =
      Pattern.compile(
          "(?<=\\s)|(?=\\s)|(?<=[\\x20-\\x7F])(?=[^\\x20-\\x7F])|(?<=[^\\x20-\\x7F])(?=[\\x20-\\x7F])");

  /**
   * Control characters other than white space: damage inside a word (a NUL run in a fuzzed OPML
   * title), dropped by every XML and HTML reader after decoding; a word is reinterpreted without
   * them, so that it reads the same before and after such a reader.
   */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

  /** Word-by-word repair for a run mixing mojibake with genuine windows-1256 text. */
  private static String repairWords(String run, CharsetEncoder encoder, CharsetDecoder decoder) {
    StringBuilder out = new StringBuilder(run.length());
    boolean any = false;
    for (String word : WORD_EDGE.split(run)) {
      String fixed = hasPair(word) ? reinterpret(word, encoder, decoder) : null;
      any |= fixed != null;
      out.append(fixed == null ? word : fixed);
    }
    return any ? out.toString() : null;
  }

  private static String reinterpret(String s, CharsetEncoder encoder, CharsetDecoder decoder) {
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(CONTROL.matcher(s).replaceAll("")));
      String decoded = decoder.decode(bytes).toString();
      return countArabic(decoded) > 0 ? decoded : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasPair(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (isLeadImage(s.charAt(i)) && isContinuationImage(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static int countArabic(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (ArabicBytes.isArabicLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isLeadImage(char c) {
    return c == TAH || c == ZAH || c == AIN || c == GHAIN;
  }

  private static boolean isContinuationImage(char c) {
    return c < CONTINUATION_IMAGE.length && CONTINUATION_IMAGE[c];
  }

  /** Which chars windows-1256 produces for the bytes 80–BF. */
  private static boolean[] continuationImage() {
    byte[] bytes = new byte[0x40];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + i);
    }
    String s = new String(bytes, ArabicBytes.WINDOWS_1256);
    boolean[] image = new boolean[0x10000];
    for (int i = 0; i < s.length(); i++) {
      image[s.charAt(i)] = true;
    }
    return image;
  }
}
