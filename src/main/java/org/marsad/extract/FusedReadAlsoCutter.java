package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Link;
import org.marsad.model.LinkKind;

/**
 * Cuts read-also fragments out of lines: "…في خططها.اقرأ أيضاًالعالمارتفاع أسعار النفط…2014وأضاف …"
 * becomes the line "…في خططها.", a read-also link "ارتفاع أسعار النفط …2014" and the continuation
 * "وأضاف …".
 *
 * <p>A label counts when it starts the line, follows punctuation, or is glued to the text before or
 * after it (the signature of lost element boundaries); a label inside a sentence with spaces on
 * both sides ("قال اقرأ أيضا") is left alone. A section name glued after the label ("العالمارتفاع")
 * is dropped from the headline; it is kept when a space follows it, since "اقتصاد مصر ينمو" may be
 * the headline itself. The headline's end is found by {@link FusedHeadlineEnd}. A label with
 * nothing after it on its line is left for the line parser (a label line followed by headline
 * lines).
 *
 * <p>Runs in time linear in the line length: each label form is searched forward once.
 */
final class FusedReadAlsoCutter {
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char YEH = '\u064A';
  private static final char HEH = '\u0647';
  private static final int MIN_WORD_AFTER_CATEGORY = 3;
  private static final List<String> FORMS = BoilerplateLabel.READ_ALSO.normalizedForms();

  private final FusedHeadlineEnd headlineEnd;
  private final DumpProblems problems;

  FusedReadAlsoCutter(FusedHeadlineEnd headlineEnd, DumpProblems problems) {
    this.headlineEnd = headlineEnd;
    this.problems = problems;
  }

  /** The pieces of {@code line}: just the line itself when it holds no fused fragment. */
  List<DumpLine> cut(String line) {
    MatchText text = MatchText.of(line);
    String low = text.low();
    LabelScan scan = new LabelScan(low);
    List<DumpLine> pieces = new ArrayList<>();
    int segmentStart = 0;
    int pos = 0;
    while (true) {
      int at = scan.next(pos);
      if (at < 0) {
        break;
      }
      String form = scan.formAt(at);
      int labelEnd = at + form.length();
      if (!isFragmentLabel(low, at, labelEnd)) {
        pos = at + 1;
        continue;
      }
      int contentStart = skipSeparators(low, labelEnd);
      int next = scan.next(contentStart);
      int limit = next < 0 ? low.length() : next;
      if (contentStart >= limit) {
        if (at > 0 || contentStart < low.length()) {
          addPiece(pieces, text.originalSlice(segmentStart, at), segmentStart);
          pieces.add(DumpLine.text(text.originalSlice(at, labelEnd)));
          segmentStart = contentStart;
        }
        pos = Math.max(contentStart, at + 1);
        continue;
      }
      int headlineStart = afterGluedCategory(low, contentStart);
      FusedHeadlineEnd.Cut cut = headlineEnd.find(text, headlineStart, limit);
      String title = trimTitle(text.originalSlice(headlineStart, cut.titleEnd()));
      if (cut.guessed()) {
        problems.add("read-also headline end not found in fused text; guessed: " + title);
      }
      addPiece(pieces, text.originalSlice(segmentStart, at), segmentStart);
      if (!title.isEmpty()) {
        pieces.add(
            new DumpLine(
                title, DumpLine.Role.FUSED_LINK, new Link(title, null, LinkKind.READ_ALSO)));
      }
      segmentStart = cut.resumeAt();
      pos = Math.max(cut.resumeAt(), at + 1);
    }
    if (pieces.isEmpty()) {
      return List.of(DumpLine.text(line.strip()));
    }
    addPiece(pieces, text.originalSlice(segmentStart, low.length()), segmentStart);
    return pieces;
  }

  private static void addPiece(List<DumpLine> pieces, String text, int segmentStart) {
    String stripped = text.strip();
    if (!stripped.isEmpty()) {
      pieces.add(
          new DumpLine(
              stripped, segmentStart == 0 ? DumpLine.Role.TEXT : DumpLine.Role.CONTINUATION, null));
    }
  }

  /** Whether the label at [at, end) starts a fragment rather than sitting inside a sentence. */
  private static boolean isFragmentLabel(String low, int at, int end) {
    int before = at - 1;
    while (before >= 0 && Character.isWhitespace(low.charAt(before))) {
      before--;
    }
    if (before < 0) {
      return true;
    }
    char prev = low.charAt(before);
    boolean spaced = before < at - 1;
    if (!spaced && Character.isLetterOrDigit(prev)) {
      boolean cliticWord =
          (prev == WAW || prev == FEH)
              && (before == 0 || !Character.isLetter(low.charAt(before - 1)));
      return !cliticWord;
    }
    if (!Character.isLetterOrDigit(prev)) {
      return true;
    }
    return end < low.length()
        && (Character.isLetterOrDigit(low.charAt(end)) || low.charAt(end) == ':');
  }

  private static int skipSeparators(String low, int i) {
    while (i < low.length() && isSeparator(low.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || ":-\u2013\u2014|\u00BB\u203A>/\u061B".indexOf(c) >= 0;
  }

  /** Finds label occurrences left to right, searching for each form only forward: linear. */
  private static final class LabelScan {
    private final String low;
    private final int[] cached = new int[FORMS.size()];
    private int searchedFrom = -1;

    LabelScan(String low) {
      this.low = low;
    }

    /** The first label occurrence at or after {@code from}; {@code from} never decreases. */
    int next(int from) {
      int at = -1;
      for (int f = 0; f < FORMS.size(); f++) {
        if (searchedFrom < 0 || cached[f] >= 0 && cached[f] < from) {
          cached[f] = low.indexOf(FORMS.get(f), from);
        }
        if (cached[f] >= 0 && (at < 0 || cached[f] < at)) {
          at = cached[f];
        }
      }
      searchedFrom = from;
      return at;
    }

    /** The longest form found at {@code at}. */
    String formAt(int at) {
      String form = "";
      for (int f = 0; f < FORMS.size(); f++) {
        if (cached[f] == at && FORMS.get(f).length() > form.length()) {
          form = FORMS.get(f);
        }
      }
      return form;
    }
  }

  /** Where the headline starts once a section name glued in front of it is skipped. */
  private static int afterGluedCategory(String low, int start) {
    for (String category : DumpWords.CATEGORIES) {
      int end = start + category.length();
      if (!low.startsWith(category, start) || end >= low.length()) {
        continue;
      }
      char next = low.charAt(end);
      if (isSeparator(next) && !Character.isWhitespace(next)) {
        return skipSeparators(low, end);
      }
      if (next == '"' || next == '\u00AB' || Character.isDigit(next)) {
        return end;
      }
      if (Character.isLetter(next)
          && next != YEH
          && next != HEH
          && wordLength(low, end) >= MIN_WORD_AFTER_CATEGORY) {
        return end;
      }
    }
    return start;
  }

  private static int wordLength(String low, int from) {
    int i = from;
    while (i < low.length() && Character.isLetter(low.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static String trimTitle(String title) {
    int end = title.length();
    while (end > 0
        && (Character.isWhitespace(title.charAt(end - 1))
            || Character.isSpaceChar(title.charAt(end - 1))
            || ".:-|\u2013\u2014\u060C,".indexOf(title.charAt(end - 1)) >= 0)) {
      end--;
    }
    return title.substring(0, end).strip();
  }
}
