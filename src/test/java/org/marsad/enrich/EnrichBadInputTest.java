package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.eval.EvalDoc;
import org.marsad.testing.Reliability;

/**
 * The bad inputs through every keyword and tag class: no crash, a sensible result, linear
 * time (bounded by {@link Timeout}, not asserted).
 */
class EnrichBadInputTest {
  private static final String ENGLISH =
      "The central bank raised interest rates by a quarter point on Tuesday, citing inflation"
          + " that has stayed above its target for two years. The central bank said inflation"
          + " would fall next year.";

  /** Everything enrichment does with one article, with what it produced. */
  private record Run(List<Keyword> keywords, List<String> tags, List<String> generic, long ms) {}

  private static Run enrich(String title, String body, List<String> pageTags) {
    long t0 = System.nanoTime();
    TermCounts counts = new TermCounts();
    String text = org.marsad.model.ArticleText.of(title, body);
    counts.add(text);
    List<Keyword> keywords = new KeywordExtractor(counts).keywords(title, body, List.of(), 10);
    List<String> tags =
        Tags.of(text, List.of(), keywords.stream().map(Keyword::text).toList(), Tags.DEFAULT_MAX);
    List<String> generic = GenericTags.of(pageTags, text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    TagMatcher matcher = TagMatcher.of(text); // Tags.containedIn, the text read once
    for (String tag : tags) {
      assertThat(matcher.contains(tag)).as(tag).isTrue();
    }
    return new Run(keywords, tags, generic, ms);
  }

  /**
   * Real ANT bodies joined into one paragraph of {@code chars} chars (or Arabic filler without).
   */
  private static String oneParagraph(int chars) {
    StringBuilder s = new StringBuilder(chars + 10_000);
    List<EvalDoc> docs;
    try {
      docs = AntArticles.docs();
    } catch (org.opentest4j.TestAbortedException absent) {
      docs = List.of();
    }
    for (int i = 0; s.length() < chars; i++) {
      s.append(
              docs.isEmpty()
                  ? "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني "
                  : docs.get(i % docs.size()).text().replace('\n', ' '))
          .append(' ');
    }
    return s.substring(0, chars);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMegabyteInOneParagraph() {
    String body = oneParagraph(1 << 20);
    Run run = enrich("خطة اقتصادية", body, List.of("كورونا"));
    assertThat(run.keywords()).isNotEmpty();
    assertThat(run.tags()).isNotEmpty();
    Reliability.record(
        "bad-input",
        "EnrichBadInputTest.aMegabyteInOneParagraph",
        "1 MB of real ANT text in one paragraph through TermCounts, KeywordExtractor, Tags, GenericTags",
        "keywords and tags found, every tag contained in the text, no crash",
        String.format(
            Locale.ROOT,
            "%d chars, %d keywords, %d tags, %d ms",
            body.length(),
            run.keywords().size(),
            run.tags().size(),
            run.ms()));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aTokenOfTenThousandLetters() {
    String token = "ب".repeat(10_000);
    Run run =
        enrich(
            "الاقتصاد " + token,
            "قال وزير الاقتصاد " + token + " إن الاقتصاد ينمو.",
            List.of(token));
    assertThat(run.keywords()).extracting(Keyword::text).contains("الاقتصاد");
    assertThat(run.keywords())
        .allMatch(
            k -> k.text().length() <= Words.MAX_INFORMATIVE_CHARS * TermCounts.MAX_PHRASE_WORDS);
    assertThat(run.generic()).isEmpty(); // the text does contain it
    List<String> split = BUNDLED.split("سوريا " + token + " مجلس الأمن");
    assertThat(split).containsExactly("سوريا", "مجلس الأمن");
    Reliability.record(
        "bad-input",
        "EnrichBadInputTest.aTokenOfTenThousandLetters",
        "a 10,000-letter token in title, body, page tags and a tag line",
        "no keyword or tag-line tag made of it; keywords and tags from the rest",
        String.format(
            Locale.ROOT,
            "%d keywords (longest %d chars), %d tag-line tags, %d ms",
            run.keywords().size(),
            run.keywords().stream().mapToInt(k -> k.text().length()).max().orElse(0),
            split.size(),
            run.ms()));
  }

  private static final TagLineSplitter BUNDLED = new TagLineSplitter(TagLexicon.bundled());

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aTagLineOfFiveThousandWords() {
    StringBuilder line = new StringBuilder();
    List<String> pieces =
        List.of("مجلس الأمن", "سوريا", "وقف إطلاق النار", "اقتصاد", "الأمم المتحدة", "نفط", "في");
    int words = 0;
    List<String> expected = new ArrayList<>();
    for (int i = 0; words < 5_000; i++) {
      String piece = pieces.get(i % pieces.size());
      line.append(piece).append(' ');
      words += piece.split(" ").length;
      if (!piece.equals("في")) {
        expected.add(piece);
      }
    }
    long t0 = System.nanoTime();
    List<String> tags = BUNDLED.split(line.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(tags).isEqualTo(expected);
    Reliability.record(
        "bad-input",
        "EnrichBadInputTest.aTagLineOfFiveThousandWords",
        "a tag line of " + words + " words without separators",
        "cut into its known names and single words exactly, linear time",
        String.format(Locale.ROOT, "%d words, %d tags, %d ms", words, tags.size(), ms));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void textWithoutArabicAndMixedScripts() {
    Run english = enrich("Central bank raises rates", ENGLISH, List.of("كورونا", "inflation"));
    assertThat(english.keywords()).extracting(Keyword::text).contains("inflation");
    assertThat(english.keywords()).extracting(Keyword::text).doesNotContain("the", "The", "by");
    assertThat(english.generic()).containsExactly("كورونا");
    Run mixed =
        enrich(
            "آبل تطلق iPhone جديدا",
            "قالت شركة Apple إن هاتف iPhone الجديد يصل إلى الأسواق، وإن Apple تتوقع طلبا كبيرا.",
            List.of("آبل", "apple"));
    assertThat(mixed.keywords()).extracting(Keyword::text).contains("Apple", "iPhone");
    assertThat(mixed.generic()).isEmpty();
    Reliability.record(
        "bad-input",
        "EnrichBadInputTest.textWithoutArabicAndMixedScripts",
        "an English article, and an Arabic one with Latin names, with Arabic and Latin page tags",
        "keywords from either script without English function words; page tags matched in both",
        String.format(
            Locale.ROOT,
            "english %d keywords %s, mixed %d keywords, %d generic",
            english.keywords().size(),
            english.keywords().stream().limit(3).map(Keyword::text).toList(),
            mixed.keywords().size(),
            english.generic().size()));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void allDiacriticText() {
    String marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652 ".repeat(20_000);
    Run run = enrich(marks, marks, List.of("كورونا"));
    assertThat(run.keywords()).isEmpty();
    assertThat(run.tags()).isEmpty();
    assertThat(run.generic()).containsExactly("كورونا");
    assertThat(BUNDLED.split(marks)).isEmpty();
    assertThat(Tags.containedIn(marks, marks)).isFalse();
    Reliability.record(
        "bad-input",
        "EnrichBadInputTest.allDiacriticText",
        "title, body and tag line of " + marks.length() + " chars of diacritics only",
        "no keyword, no tag, every page tag generic, no crash",
        String.format(Locale.ROOT, "0 keywords, 0 tags, %d ms", run.ms()));
  }
}
