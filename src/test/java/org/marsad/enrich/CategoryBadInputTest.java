package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.model.Category;
import org.marsad.testing.Reliability;

/**
 * The inputs of the "Bad input" section through the shipped category model: each gets a
 * category or null, never an exception, in time bounded by the body cap.
 */
class CategoryBadInputTest {
  private static final LinearCategoryClassifier MODEL = shipped();

  private static LinearCategoryClassifier shipped() {
    LinearCategoryClassifier model = CategoryClassifiers.shipped();
    return model != null ? model : SmallCategoryCorpus.train();
  }

  @Test
  void textWithoutArabicGetsACategoryOrNone() {
    Category english =
        MODEL.classify("Oil prices rise", "Brent crude rose 3% after OPEC cut its output.");
    Category symbols = MODEL.classify("*** ### ***", "!!! ??? ... --- 2018 / 12 / 05");
    Category emoji = MODEL.classify("\ud83d\ude00\ud83d\ude00", "\ud83c\udf89 \u2705 \u2764");
    assertThat(english).isNotNull();
    assertThat(MODEL.labels()).contains(english.label());
    assertThat(symbols).isNull();
    assertThat(emoji).isNull();
    Reliability.record(
        "bad-input",
        "CategoryBadInputTest.textWithoutArabicGetsACategoryOrNone",
        "classify English, symbols-and-digits and emoji-only articles",
        "English words give a known label, no letters give null, no exception",
        "English -> " + english.label() + String.format(Locale.ROOT, " (%.2f)", english.score()));
  }

  @Test
  void allDiacriticTextGetsNone() {
    String diacritics = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652".repeat(500);
    assertThat(MODEL.classify(diacritics, diacritics)).isNull();
    Reliability.record(
        "bad-input",
        "CategoryBadInputTest.allDiacriticTextGetsNone",
        "classify title and body of 4,000 diacritics each",
        "null (no word), no exception",
        "null");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void megabyteParagraphCostsNoMoreThanTheBodyCap() {
    String sentence = "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج، ";
    String paragraph = sentence.repeat(1_000_000 / sentence.length() + 1);
    Category whole = MODEL.classify("النفط", paragraph);
    Category head =
        MODEL.classify("النفط", paragraph.substring(0, MODEL.features().maxBodyChars()));
    assertThat(paragraph.length()).isGreaterThanOrEqualTo(1_000_000);
    assertThat(whole).isEqualTo(head);
    Reliability.record(
        "bad-input",
        "CategoryBadInputTest.megabyteParagraphCostsNoMoreThanTheBodyCap",
        "classify a 1 MB body in one paragraph",
        "only the first maxBodyChars chars are read: same category as that head, within 10 s",
        String.format(
            Locale.ROOT,
            "%d chars, %d read, %s %.2f",
            paragraph.length(),
            MODEL.features().maxBodyChars(),
            whole.label(),
            whole.score()));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void tokenOfTenThousandLettersIsPassedOver() {
    String body = "سجل اللاعب هدفين في المباراة ";
    Category plain = MODEL.classify("", body);
    Category withToken = MODEL.classify("", body + "ك".repeat(10_000));
    Category onlyToken = MODEL.classify("", "ك".repeat(10_000));
    assertThat(withToken).isEqualTo(plain);
    assertThat(onlyToken).isNull();
    Reliability.record(
        "bad-input",
        "CategoryBadInputTest.tokenOfTenThousandLettersIsPassedOver",
        "classify a body with a 10,000-letter token, and one of that token alone",
        "the token is not a word: same category as without it; alone: null",
        "with token -> " + withToken.label() + ", alone -> null");
  }

  @Test
  void mixedScriptsGetACategory() {
    Category mixed =
        MODEL.classify(
            "Apple تطلق iPhone جديدا",
            "أعلنت شركة Apple عن هاتف iPhone الجديد بمعالج A12 وكاميرا أفضل، وسعره 999 dollars");
    assertThat(mixed).isNotNull();
    assertThat(MODEL.labels()).contains(mixed.label());
    Reliability.record(
        "bad-input",
        "CategoryBadInputTest.mixedScriptsGetACategory",
        "classify an article mixing Arabic and Latin words and digits",
        "a known label with a score in [0, 1], no exception",
        mixed.label() + String.format(Locale.ROOT, " (%.2f)", mixed.score()));
  }
}
