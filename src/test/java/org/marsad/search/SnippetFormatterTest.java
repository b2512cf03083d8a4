package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

  private final SnippetFormatter formatter = new SnippetFormatter();

  private static Passage passage(int start, int end, int... matches) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2) {
      passage.addMatch(matches[i], matches[i + 1], new BytesRef("x"), 1);
    }
    return passage;
  }

  private static String highlighted(Snippet snippet, int i) {
    Snippet.Range range = snippet.highlights().get(i);
    return snippet.text().substring(range.start(), range.end());
  }

  @Test
  void passagesAreTrimmedJoinedAndShifted() {
    String content = "  أعلن أحمد\nعن مؤتمر.  وقال باريس كبيرة. ";
    int ahmad = content.indexOf("أحمد");
    int paris = content.indexOf("باريس");
    int secondStart = content.indexOf("وقال");
    Snippet snippet =
        formatter.format(
            new Passage[] {
              passage(0, secondStart, ahmad, ahmad + 4),
              passage(secondStart, content.length(), paris, paris + 5)
            },
            content);
    assertThat(snippet.text()).isEqualTo("أعلن أحمد عن مؤتمر." + " … " + "وقال باريس كبيرة.");
    assertThat(highlighted(snippet, 0)).isEqualTo("أحمد");
    assertThat(highlighted(snippet, 1)).isEqualTo("باريس");
  }

  @Test
  void overlappingMatchesMerge() {
    String content = "هطول مطر غزير";
    Snippet snippet = formatter.format(new Passage[] {passage(0, 13, 0, 8, 5, 8)}, content);
    assertThat(snippet.highlights()).containsExactly(new Snippet.Range(0, 8));
  }

  @Test
  void longSentenceIsCutToAWindowAroundTheFirstMatchAtWordEdges() {
    String before = "كلمة ".repeat(100);
    String content = before + "باريس " + "نص ".repeat(200);
    int paris = before.length();
    Snippet snippet =
        formatter.format(new Passage[] {passage(0, content.length(), paris, paris + 5)}, content);
    assertThat(snippet.text()).startsWith("… كلمة").endsWith(" …");
    assertThat(highlighted(snippet, 0)).isEqualTo("باريس");
    String inner = snippet.text().substring(2, snippet.text().length() - 2);
    assertThat(inner.length()).isLessThanOrEqualTo(SnippetFormatter.MAX_PASSAGE_CHARS);
    assertThat(content).contains(inner);
    assertThat(inner).doesNotStartWith(" ").doesNotEndWith(" ");
    assertThat(paris - content.indexOf(inner))
        .isLessThanOrEqualTo(SnippetFormatter.CONTEXT_BEFORE_MATCH);
  }

  @Test
  void longSentenceWithoutMatchesShowsItsOpening() {
    String content = "بداية " + "نص ".repeat(200);
    Snippet snippet = formatter.format(new Passage[] {passage(0, content.length())}, content);
    assertThat(snippet.text()).startsWith("بداية").endsWith(" …");
    assertThat(snippet.highlights()).isEmpty();
  }

  @Test
  void matchesCutOffByTheWindowAreDropped() {
    String content = "باريس " + "نص ".repeat(200) + "باريس";
    int last = content.lastIndexOf("باريس");
    Snippet snippet =
        formatter.format(
            new Passage[] {passage(0, content.length(), 0, 5, last, last + 5)}, content);
    assertThat(snippet.highlights()).containsExactly(new Snippet.Range(0, 5));
  }
}
