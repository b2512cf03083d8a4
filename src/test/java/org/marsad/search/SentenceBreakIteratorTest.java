package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {
  /** The boundary rule written independently, as a regular expression over the whole text. */
  private static final Pattern STARTS = Pattern.compile("(?:[.!?؟؛…]\\s+|\\s*\\n\\s*)(?=\\S)");

  private static TreeSet<Integer> boundaries(String text, int begin) {
    TreeSet<Integer> all = new TreeSet<>(List.of(begin, begin + text.length()));
    Matcher m = STARTS.matcher(text);
    while (m.find()) {
      if (m.end() > 0) {
        all.add(begin + m.end());
      }
    }
    return all;
  }

  @Test
  void breaksArabicProseAfterTerminatorsAndLineBreaks() {
    String text = "قال الوزير إن الخطة جاهزة. وأضاف: هل تنجح؟ نعم\nالفقرة الثانية… تبدأ هنا";
    BreakIterator breaks = new SentenceBreakIterator();
    breaks.setText(text);

    List<Integer> found = new ArrayList<>();
    for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
      found.add(b);
    }

    assertThat(found)
        .containsExactly(
            0,
            text.indexOf("وأضاف"),
            text.indexOf("نعم"),
            text.indexOf("الفقرة"),
            text.indexOf("تبدأ"),
            text.length());
  }

  @Test
  void followingAndPrecedingAgreeWithTheRuleAtEveryOffsetOfRandomText() {
    Random random = new Random(20261130);
    char[] alphabet = {'ا', 'ب', 'x', ' ', ' ', '.', '؟', '!', '\n', '،', '…', '\t'};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      int begin = random.nextInt(3) == 0 ? 0 : random.nextInt(5);
      String padded = "#".repeat(begin) + text;
      BreakIterator breaks = new SentenceBreakIterator();
      breaks.setText(new StringCharacterIterator(padded, begin, padded.length(), begin));
      TreeSet<Integer> expected = boundaries(text, begin);

      for (int offset = begin; offset <= begin + text.length(); offset++) {
        Integer after = expected.higher(offset);
        Integer before = expected.lower(offset);
        assertThat(breaks.following(offset))
            .as("following(%d) in [%s]", offset, padded)
            .isEqualTo(after == null ? BreakIterator.DONE : after);
        assertThat(breaks.preceding(offset))
            .as("preceding(%d) in [%s]", offset, padded)
            .isEqualTo(before == null ? BreakIterator.DONE : before);
      }
      assertThat(breaks.first()).isEqualTo(begin);
      assertThat(breaks.last()).isEqualTo(begin + text.length());
    }
  }
}
