package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.testing.Reliability;

/**
 * The bad inputs of issue 8 through both recognizers: each gives a result (never an exception),
 * every mention is its original range, and time stays linear (bounded by {@link Timeout}).
 */
class NerBadInputTest {
  private static final String SENTENCE = "قال الرئيس الأمريكي جورج بوش في واشنطن إن العراق ";
  private final List<EntityRecognizer> recognizers =
      List.of(EntityRecognizers.shipped(), new RuleEntityRecognizer());

  private static void assertOriginalRanges(String text, List<EntityMention> mentions) {
    int previousEnd = 0;
    for (EntityMention m : mentions) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      previousEnd = m.end();
    }
  }

  private static String name(EntityRecognizer r) {
    return r.getClass().getSimpleName();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oneMegabyteParagraphWithoutPunctuation() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 1_000_000) {
      text.append(SENTENCE.replace(" إن", ""));
    }
    String paragraph = text.toString();
    StringBuilder measured = new StringBuilder();
    for (EntityRecognizer r : recognizers) {
      long start = System.nanoTime();
      List<EntityMention> mentions = r.recognize(paragraph);
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertOriginalRanges(paragraph, mentions);
      assertThat(mentions).extracting(EntityMention::text).contains("واشنطن");
      measured.append(
          String.format(Locale.ROOT, "%s: %d mentions in %d ms; ", name(r), mentions.size(), ms));
    }
    Reliability.record(
        "bad-input",
        "NerBadInputTest.oneMegabyteParagraphWithoutPunctuation",
        "recognize 1 MB of Arabic news words in one paragraph, no punctuation or line break",
        "mentions found throughout, each its original range; cost bounded by sentence windows",
        measured.toString());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void tenThousandLetterTokenAndAllDiacriticText() {
    String token = "ب".repeat(10_000);
    String longToken = SENTENCE + token + " " + SENTENCE;
    String diacritics = "\u064E\u064F\u0650\u0651\u0652".repeat(20_000);
    StringBuilder measured = new StringBuilder();
    for (EntityRecognizer r : recognizers) {
      List<EntityMention> mentions = r.recognize(longToken);
      assertOriginalRanges(longToken, mentions);
      assertThat(mentions).extracting(EntityMention::text).doesNotContain(token);
      List<EntityMention> marks = r.recognize(diacritics);
      assertOriginalRanges(diacritics, marks);
      measured.append(
          String.format(
              Locale.ROOT,
              "%s: %d mentions around the long token, %d in 100,000 diacritics; ",
              name(r),
              mentions.size(),
              marks.size()));
    }
    Reliability.record(
        "bad-input",
        "NerBadInputTest.tenThousandLetterTokenAndAllDiacriticText",
        "a 10,000-letter token between two news sentences; 100,000 harakat and nothing else",
        "no crash, the long token is no name, mentions are original ranges",
        measured.toString());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void textWithoutArabicAndMixedScripts() {
    String english = "The quick brown fox jumps over the lazy dog. 1,234.56 % $ @ #\n".repeat(500);
    String mixed =
        "أعلنت شركة Apple في Cupertino أن Tim Cook سيزور دبي، والتقى بـ«Reuters» 🙂 في الرياض.";
    StringBuilder measured = new StringBuilder();
    for (EntityRecognizer r : recognizers) {
      List<EntityMention> none = r.recognize(english);
      assertOriginalRanges(english, none);
      List<EntityMention> found = r.recognize(mixed);
      assertOriginalRanges(mixed, found);
      assertThat(found)
          .filteredOn(m -> m.type() == EntityType.LOCATION)
          .extracting(EntityMention::text)
          .contains("الرياض");
      measured.append(
          String.format(
              Locale.ROOT,
              "%s: %d mentions in 31 KB of English, %d in the mixed sentence; ",
              name(r),
              none.size(),
              found.size()));
    }
    Reliability.record(
        "bad-input",
        "NerBadInputTest.textWithoutArabicAndMixedScripts",
        "31 KB of English and symbols; an Arabic sentence with Latin names, guillemets, an emoji",
        "no crash, offsets are original ranges, the Arabic place is still found",
        measured.toString());
  }
}
