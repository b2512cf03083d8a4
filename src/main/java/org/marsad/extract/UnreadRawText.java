package org.marsad.extract;

import java.io.Reader;
import java.util.Arrays;

/**
 * The page without the bodies of its {@code <script>} and {@code <style>} elements, for the parser:
 * the extractor removes those elements unread (only JSON-LD scripts are read, and they are kept),
 * while jsoup spends a quarter of its parse on their text, about half of a page's characters.
 *
 * <p>The scan follows jsoup's tokenizer where it matters for finding real tags: comments (with
 * {@code <!-->} and {@code --!>}), CDATA sections, other markup declarations, quoted and unquoted
 * attribute values, the raw text of {@code title}, {@code textarea}, {@code xmp}, {@code iframe},
 * {@code noembed} and {@code noframes}. Inside SVG, MathML, {@code <select>} and {@code <noscript>}
 * a script or style may be no raw text for jsoup: there bodies are kept, and passed over only when
 * they hold no markup. A body is cut only up to its own end tag as the tokenizer finds it, so the
 * parsed tree is the same as without cutting, save the bodies. Where the scan could part from the
 * tokenizer (a script body holding {@code <!--} or {@code -->}, which switch the tokenizer's script
 * states; a {@code <plaintext>} or {@code <frameset>}; a tag or body not closed before the end) it
 * stops and keeps the rest; after a {@code <title>} or {@code <textarea>} never closed it cuts
 * nothing, since jsoup then reads it by what its buffer holds.
 */
final class UnreadRawText {

  private static final int SCRIPT = 0;
  private static final int STYLE = 1;
  private static final int SVG = 2;
  private static final int MATH = 3;
  private static final int SELECT = 4;
  private static final int NOSCRIPT = 5;
  private static final int PLAINTEXT = 6;
  private static final int FRAMESET = 7;
  private static final int TITLE = 8;
  private static final int TEXTAREA = 9;

  /** Tag names the scan acts on, by the constants above; the last four are raw text too. */
  private static final String[] NAMES = {
    "script",
    "style",
    "svg",
    "math",
    "select",
    "noscript",
    "plaintext",
    "frameset",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes"
  };

  private final String html;

  /** Cut ranges, start and end of each, in page order. */
  private int[] cuts = new int[16];

  private int cutCount;

  /**
   * The next {@code <!--} and {@code -->} at or after the scan, or -1: found once, not per body.
   */
  private int nextOpen;

  private int nextClose;

  /** The last tag read ended in {@code />} (outside an attribute value). */
  private boolean selfClosing;

  private UnreadRawText(String html) {
    this.html = html;
    this.nextOpen = html.indexOf("<!--");
    this.nextClose = html.indexOf("-->");
  }

  /** The page without its script and style bodies (JSON-LD kept), to be read once. */
  static Reader reader(String html) {
    UnreadRawText scan = new UnreadRawText(html);
    scan.scan();
    return new CutReader(html, Arrays.copyOf(scan.cuts, 2 * scan.cutCount));
  }

  private void scan() {
    int n = html.length();
    int svgOrMath = 0;
    boolean inSelect = false;
    boolean inNoscript = false;
    int i = 0;
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return;
      }
      char c = html.charAt(lt + 1);
      if (c == '!' || c == '?') {
        i = declarationEnd(lt);
        if (i < 0) {
          return;
        }
        continue;
      }
      boolean endTag = c == '/';
      int nameStart = endTag ? lt + 2 : lt + 1;
      if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
        i = endTag ? bogusCommentEnd(nameStart) : lt + 1;
        if (i < 0) {
          return;
        }
        continue;
      }
      int nameEnd = nameStart;
      while (nameEnd < n && !endsTagName(html.charAt(nameEnd))) {
        nameEnd++;
      }
      int tagEnd = tagEnd(nameEnd);
      if (tagEnd < 0) {
        return;
      }
      i = tagEnd;
      int name = name(nameStart, nameEnd);
      if (name < 0) {
        continue;
      }
      if (name == SVG || name == MATH) {
        svgOrMath += endTag ? (svgOrMath > 0 ? -1 : 0) : (selfClosing ? 0 : 1);
        continue;
      }
      if (name == SELECT || name == NOSCRIPT) {
        inSelect = name == SELECT ? !endTag : inSelect;
        inNoscript = name == NOSCRIPT ? !endTag : inNoscript;
        continue;
      }
      if (endTag) {
        continue;
      }
      if (name == PLAINTEXT || name == FRAMESET) {
        return;
      }
      boolean plainOnly = svgOrMath > 0 || inSelect || inNoscript;
      int close = closingTag(tagEnd, name);
      if (close < 0 && (name == TITLE || name == TEXTAREA)) {
        cutCount = 0;
        return;
      }
      if (close < 0 || plainOnly && html.indexOf('<', tagEnd) < close) {
        return;
      }
      if (name == SCRIPT || name == STYLE) {
        if (holdsCommentMarks(tagEnd, close)) {
          return;
        }
        if (!plainOnly && close > tagEnd && !(name == SCRIPT && isJsonLd(nameEnd, tagEnd))) {
          cut(tagEnd, close);
        }
      }
      i = close;
    }
  }

  private void cut(int from, int to) {
    if (2 * cutCount == cuts.length) {
      cuts = Arrays.copyOf(cuts, 2 * cuts.length);
    }
    cuts[2 * cutCount] = from;
    cuts[2 * cutCount + 1] = to;
    cutCount++;
  }

  /** Which of {@link #NAMES} the tag name at [from, to) is, in any case; -1 for none. */
  private int name(int from, int to) {
    int length = to - from;
    for (int k = 0; k < NAMES.length; k++) {
      if (NAMES[k].length() == length && html.regionMatches(true, from, NAMES[k], 0, length)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a markup declaration starting at {@code lt} ({@code <!} or {@code <?}) ends: after its
   * comment end, CDATA end (jsoup reads CDATA sections in HTML content too) or first {@code >}; -1
   * when it does not.
   */
  private int declarationEnd(int lt) {
    if (html.startsWith("<!--", lt)) {
      return commentEnd(lt + 4);
    }
    if (html.startsWith("<![CDATA[", lt)) {
      int end = html.indexOf("]]>", lt + 9);
      return end < 0 ? -1 : end + 3;
    }
    return bogusCommentEnd(lt + 2);
  }

  private int bogusCommentEnd(int from) {
    int gt = html.indexOf('>', from);
    return gt < 0 ? -1 : gt + 1;
  }

  /** After the comment whose text starts at {@code from}, or -1 when it runs to the end. */
  private int commentEnd(int from) {
    if (html.startsWith(">", from)) {
      return from + 1;
    }
    if (html.startsWith("->", from)) {
      return from + 2;
    }
    for (int d = html.indexOf("--", from); d >= 0; d = html.indexOf("--", d + 1)) {
      if (html.startsWith(">", d + 2)) {
        return d + 3;
      }
      if (html.startsWith("!>", d + 2)) {
        return d + 4;
      }
    }
    return -1;
  }

  /**
   * After the {@code >} that ends a tag whose attributes start at {@code from}, or -1; sets {@link
   * #selfClosing}.
   */
  private int tagEnd(int from) {
    int n = html.length();
    int j = from;
    selfClosing = false;
    while (j < n) {
      char ch = html.charAt(j);
      if (ch == '>') {
        return j + 1;
      }
      selfClosing = ch == '/';
      if (isSpace(ch) || ch == '/') {
        j++;
        continue;
      }
      j++;
      while (j < n && !endsAttributeName(html.charAt(j))) {
        j++;
      }
      int k = skipSpaces(j);
      if (k >= n || html.charAt(k) != '=') {
        j = k;
        continue;
      }
      k = skipSpaces(k + 1);
      if (k >= n) {
        return -1;
      }
      char q = html.charAt(k);
      if (q == '"' || q == '\'') {
        int close = html.indexOf(q, k + 1);
        if (close < 0) {
          return -1;
        }
        j = close + 1;
      } else if (q == '>') {
        return k + 1;
      } else {
        while (k < n && !isSpace(html.charAt(k)) && html.charAt(k) != '>') {
          k++;
        }
        j = k;
      }
    }
    return -1;
  }

  /**
   * Where the end tag that closes raw text starting at {@code from} is, as jsoup's tokenizer finds
   * it; -1 when there is none. Like jsoup, a {@code </} and a letter start a name that runs to a
   * space, {@code /} or {@code >} whatever it holds ({@code </script'</script>} hides the second
   * {@code <}); in a title or text area the run starts only when the second char is a letter too.
   */
  private int closingTag(int from, int name) {
    String target = NAMES[name];
    boolean rcdata = name == TITLE || name == TEXTAREA;
    int n = html.length();
    int at = html.indexOf("</", from);
    while (at >= 0) {
      int start = at + 2;
      if (start >= n || !isAsciiLetter(html.charAt(start))) {
        at = html.indexOf("</", start);
        continue;
      }
      int end = start + 1;
      if (!rcdata || end < n && isAsciiLetter(html.charAt(end))) {
        while (end < n && !endsTagName(html.charAt(end))) {
          end++;
        }
      }
      if (end < n
          && end - start == target.length()
          && html.regionMatches(true, start, target, 0, target.length())) {
        return at;
      }
      at = html.indexOf("</", end);
    }
    return -1;
  }

  /** Comment marks switch a script body into the tokenizer's escaped states: not followed here. */
  private boolean holdsCommentMarks(int from, int to) {
    if (nextOpen >= 0 && nextOpen < from) {
      nextOpen = html.indexOf("<!--", from);
    }
    if (nextClose >= 0 && nextClose < from) {
      nextClose = html.indexOf("-->", from);
    }
    return nextOpen >= 0 && nextOpen < to || nextClose >= 0 && nextClose < to;
  }

  /** The start tag's attributes (from {@code from} to {@code to}) say it holds JSON-LD. */
  private boolean isJsonLd(int from, int to) {
    String type = "ld+json";
    for (int at = from; at + type.length() <= to; at++) {
      if (html.regionMatches(true, at, type, 0, type.length())) {
        return true;
      }
    }
    return false;
  }

  private int skipSpaces(int from) {
    int k = from;
    while (k < html.length() && isSpace(html.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean endsTagName(char c) {
    return isSpace(c) || c == '/' || c == '>';
  }

  private static boolean endsAttributeName(char c) {
    return isSpace(c) || c == '/' || c == '>' || c == '=';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Reads a string without the cut ranges, straight from the string: no copy of the page. */
  private static final class CutReader extends Reader {
    private final String text;
    private final int[] cuts;
    private int pos;
    private int cut;

    CutReader(String text, int[] cuts) {
      this.text = text;
      this.cuts = cuts;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (len == 0) {
        return 0;
      }
      while (2 * cut < cuts.length && pos >= cuts[2 * cut]) {
        pos = Math.max(pos, cuts[2 * cut + 1]);
        cut++;
      }
      int end = 2 * cut < cuts.length ? cuts[2 * cut] : text.length();
      if (pos >= end) {
        return -1;
      }
      int count = Math.min(len, end - pos);
      text.getChars(pos, pos + count, buf, off);
      pos += count;
      return count;
    }

    @Override
    public void close() {}
  }
}
