package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagLineSplitterTest {
  private static final TagLineSplitter BUNDLED = new TagLineSplitter(TagLexicon.bundled());

  @Test
  void theIssuesTagLineIsCutIntoItsNames() {
    assertThat(BUNDLED.split("مجلس الأمن الأمم المتحدة سوريا وقف إطلاق النار بشار الأسد"))
        .containsExactly("مجلس الأمن", "الأمم المتحدة", "سوريا", "وقف إطلاق النار", "بشار الأسد");
  }

  @Test
  void theLongestKnownNameWinsOverItsParts() {
    assertThat(BUNDLED.split("مجلس الأمن الدولي الولايات المتحدة الأمريكية إيران"))
        .containsExactly("مجلس الأمن الدولي", "الولايات المتحدة الأمريكية", "إيران");
  }

  @Test
  void matchingIgnoresSpellingVariantsAndKeepsTheLinesSpelling() {
    assertThat(BUNDLED.split("الامم المتحده  ســوريا   حقوق الانسان"))
        .containsExactly("الامم المتحده", "ســوريا", "حقوق الانسان");
  }

  @Test
  void unknownWordsAreTagsOfTheirOwnAndLoneFunctionWordsNone() {
    assertThat(BUNDLED.split("اقتصاد في نفط مجلس الأمن ذهب"))
        .containsExactly("اقتصاد", "نفط", "مجلس الأمن", "ذهب");
  }

  @Test
  void punctuationStillSeparates() {
    assertThat(BUNDLED.split("مجلس، الأمن الأمم المتحدة"))
        .containsExactly("مجلس", "الأمن", "الأمم المتحدة");
  }

  @Test
  void entityNamesTheStoreKnowsExtendTheLexicon() {
    TagLineSplitter splitter =
        new TagLineSplitter(TagLexicon.bundled().plus(List.of("مرام البلوشي", "حماية الأجور")));
    assertThat(splitter.split("مرام البلوشي حماية الأجور الأمم المتحدة"))
        .containsExactly("مرام البلوشي", "حماية الأجور", "الأمم المتحدة");
  }

  @Test
  void onlyOverlongPageTagsAreResplit() {
    assertThat(
            BUNDLED.resplit(
                List.of("سوريا", "وقف إطلاق النار", "مجلس الأمن الأمم المتحدة سوريا بشار الأسد")))
        .containsExactly(
            "سوريا", "وقف إطلاق النار", "مجلس الأمن", "الأمم المتحدة", "سوريا", "بشار الأسد");
  }

  @Test
  void blankLinesGiveNoTags() {
    assertThat(BUNDLED.split("")).isEmpty();
    assertThat(BUNDLED.split(null)).isEmpty();
    assertThat(BUNDLED.split(" ،، ")).isEmpty();
  }

  @Test
  void theAnerGazetteersNameAgenciesAndPlaces() throws IOException {
    assumeTrue(
        Files.isDirectory(AntArticles.GAZETTEERS),
        "ANERcorp gazetteers absent (" + AntArticles.GAZETTEERS + "): test skipped");
    List<String> names = new ArrayList<>();
    for (String file : List.of("ANERGazet_Loc.txt", "ANERGazet_Org.txt", "ANERGazet_Pers.txt")) {
      for (String line :
          Files.readAllLines(AntArticles.GAZETTEERS.resolve(file), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("====") && !line.startsWith("****")) {
          names.add(line.strip());
        }
      }
    }
    TagLineSplitter splitter = new TagLineSplitter(TagLexicon.of(names));
    assertThat(splitter.split("وكالة الأنباء السعودية حزب الله تل أبيب الشرق الأوسط لبنان"))
        .containsExactly("وكالة الأنباء السعودية", "حزب الله", "تل أبيب", "الشرق الأوسط", "لبنان");
  }

  @Test
  void collocationsLearnedFromTheAntSampleCutWhatNoListNames() {
    TagLineSplitter splitter =
        new TagLineSplitter(TagLexicon.of(List.of()).withCollocations(AntArticles.counts()));
    assertThat(splitter.split("دونالد ترامب كوريا الشمالية كأس العالم برشلونة بايرن ميونخ"))
        .containsExactly("دونالد ترامب", "كوريا الشمالية", "كأس العالم", "برشلونة", "بايرن ميونخ");
  }
}
