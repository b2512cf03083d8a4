package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  @Test
  void hamzaFormsAndHarakatFoldTogether() {
    assertThat(normalizer.normalize("الإرهابَ")).isEqualTo("الارهاب");
    assertThat(normalizer.normalize("للإرهاب")).isEqualTo("للارهاب");
  }

  @Test
  void decomposedAlefHamzaNormalizesLikePrecomposed() {
    assertThat(normalizer.normalize("\u0627\u0654حمد")).isEqualTo(normalizer.normalize("أحمد"));
    assertThat(normalizer.normalize("\u0627\u0654حمد")).isEqualTo("احمد");
  }

  @Test
  void nfdTextNormalizesLikeNfcText() {
    String nfc = "أَعلنَ رئيسُ المؤتمرِ آمالَ الشُؤونِ الإسلاميّة";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(normalizer.normalize(nfd)).isEqualTo(normalizer.normalize(nfc));
    assertThat(normalizer.normalize(nfd)).contains("رئيس", "المؤتمر", "الشؤون");
  }

  @Test
  void persianYehWordMatchesArabicYehWord() {
    assertThat(normalizer.normalize("الإسلامی")).isEqualTo(normalizer.normalize("الإسلامي"));
  }

  @Test
  void ligaturesExpandThenFold() {
    assertThat(normalizer.normalize("\uFEF7\uFEE3\uFEE8")).isEqualTo("لامن");
    assertThat(normalizer.normalize("\uFDFA")).isEqualTo("صلي الله عليه وسلم");
  }

  @Test
  void presentationFormOfFarsiYehFoldsToArabicYeh() {
    assertThat(normalizer.normalize("\uFBFC")).isEqualTo("ي");
  }

  @Test
  void fullNewsSentence() {
    String s = "\u200Fقالَ الرئيسُ «محمّد» في ٢٠٢٥،\u00A0 إنّ الوضــع صعبٌ؟";
    assertThat(normalizer.normalize(s)).isEqualTo("قال الرئيس \"محمد\" في 2025, ان الوضع صعب?");
  }

  @Test
  void perCharRulesTouchDisjointChars() {
    List<CharMappingRule> mappings = new ArrayList<>();
    for (NormalizationRule rule : ArabicNormalizer.standardRules()) {
      if (rule instanceof CharMappingRule mapping) {
        mappings.add(mapping);
      }
    }
    assertThat(mappings).hasSize(9);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int touching = 0;
      for (CharMappingRule rule : mappings) {
        if (rule.map(c) != c) {
          touching++;
        }
      }
      assertThat(touching).as("rules changing U+%04X", (int) c).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void perCharRulesDoNotProduceWhatAnotherPerCharRuleChanges() {
    List<NormalizationRule> rules = ArabicNormalizer.standardRules();
    for (NormalizationRule rule : rules) {
      if (!(rule instanceof CharMappingRule mapping)) {
        continue;
      }
      for (char c = 0; c < Character.MAX_VALUE; c++) {
        int m = mapping.map(c);
        if (m != c && m != CharMappingRule.DROP) {
          for (NormalizationRule other : rules) {
            if (other instanceof CharMappingRule o) {
              assertThat(o.map((char) m)).as("%s after %s", other.name(), rule.name()).isEqualTo(m);
            }
          }
        }
      }
    }
  }

  @Test
  void subsetOfRulesAppliesOnlyThoseRules() {
    ArabicNormalizer light =
        ArabicNormalizer.of(List.of(new InvisibleCharsRule(), new WhitespaceRule()));
    assertThat(light.normalize("الإرهابَ\u200F  ٢٠٢٥")).isEqualTo("الإرهابَ ٢٠٢٥");
  }

  @Test
  void traceCountsEachRuleInOrder() {
    NormalizationTrace trace = normalizer.trace("الإرهـابَ ٢٠٢٥");
    assertThat(trace.result().text()).isEqualTo("الارهاب 2025");
    assertThat(trace.changesByRule().keySet())
        .containsExactlyElementsOf(
            ArabicNormalizer.standardRules().stream().map(NormalizationRule::name).toList());
    assertThat(trace.changesByRule())
        .containsEntry("tatweel", 1)
        .containsEntry("diacritics", 1)
        .containsEntry("alef-forms", 1)
        .containsEntry("arabic-digits", 4)
        .containsEntry("whitespace", 0);
  }

  @Test
  void emptyStringNormalizesToEmpty() {
    assertThat(normalizer.normalizeAligned("").text()).isEmpty();
    assertThat(normalizer.normalizeAligned("").toOriginal()).containsExactly(0);
  }

  @Test
  void misuseFailsWithAClearMessage() {
    assertThatThrownBy(() -> normalizer.normalize(null)).hasMessageContaining("text");
    assertThatThrownBy(() -> ArabicNormalizer.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one rule");
  }
}
