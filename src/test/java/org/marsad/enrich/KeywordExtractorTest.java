package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.eval.EvalDoc;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleText;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

class KeywordExtractorTest {
  private static final String TITLE = "مجلس الأمن يدعو إلى وقف إطلاق النار في الغوطة";
  private static final String BODY =
      "دعا مجلس الأمن الدولي يوم السبت إلى وقف إطلاق النار في الغوطة الشرقية لمدة ثلاثين يوما."
          + "\nوقال دبلوماسيون إن روسيا وافقت على نص القرار بعد مفاوضات طويلة في مجلس الأمن."
          + "\nوتحاصر القوات الحكومية الغوطة منذ سنوات، ويعيش فيها نحو 400 ألف مدني."
          + "\nوطالب الأمين العام أنطونيو غوتيريش بتطبيق وقف إطلاق النار فورا لإدخال المساعدات.";

  private static List<String> texts(List<Keyword> keywords) {
    return keywords.stream().map(Keyword::text).toList();
  }

  @Test
  void aColdStartFindsTheRepeatedPhrasesAndTitleWords() {
    KeywordExtractor cold = new KeywordExtractor(new TermCounts());
    List<String> keywords = texts(cold.keywords(TITLE, BODY, List.of(), 8));
    assertThat(keywords).contains("مجلس الأمن", "وقف إطلاق النار", "الغوطة");
    assertThat(keywords).doesNotContain("مجلس", "الأمن", "وقف", "النار", "في", "إلى", "وقال");
  }

  @Test
  void keywordsAreShownInTheArticlesOwnMostFrequentSpelling() {
    KeywordExtractor cold = new KeywordExtractor(new TermCounts());
    String body = "قال مسؤول في الامم المتحدة إن الأمم المتحدة ترسل مساعدات. والأمم المتحدة تطالب.";
    List<Keyword> keywords = cold.keywords("مساعدات الأمم المتحدة", body, List.of(), 5);
    assertThat(texts(keywords)).contains("الأمم المتحدة").doesNotContain("الامم المتحدة");
    Keyword un = keywords.stream().filter(k -> k.text().equals("الأمم المتحدة")).findFirst().get();
    assertThat(un.count()).isEqualTo(4);
    assertThat(un.key()).isEqualTo("امم متحده");
  }

  @Test
  void aConjunctionIsDroppedFromTheDisplayWhenTheTextUsesTheBareWord() {
    KeywordExtractor cold = new KeywordExtractor(new TermCounts());
    String body = "زار الوفد وسوريا ولبنان ثم وسوريا مرة أخرى، وفي سوريا التقى المسؤولين.";
    List<String> keywords = texts(cold.keywords("جولة", body, List.of(), 5));
    assertThat(keywords).contains("سوريا").doesNotContain("وسوريا");
  }

  @Test
  void anEntityMentionIsOneKeyword() {
    String text = ArticleText.of(TITLE, BODY);
    int start = text.indexOf("أنطونيو غوتيريش");
    ArticleEntity guterres =
        new ArticleEntity(
            0,
            "أنطونيو غوتيريش",
            EntityType.PERSON,
            List.of("أنطونيو غوتيريش"),
            List.of(
                new EntityMention(
                    "أنطونيو غوتيريش",
                    EntityType.PERSON,
                    start,
                    start + "أنطونيو غوتيريش".length())));
    KeywordExtractor cold = new KeywordExtractor(new TermCounts());
    List<String> keywords = texts(cold.keywords(TITLE, BODY, List.of(guterres), 20));
    assertThat(keywords).contains("أنطونيو غوتيريش").doesNotContain("أنطونيو", "غوتيريش");
  }

  @Test
  void theTextFormReadsItsFirstLineAsTheTitle() {
    KeywordExtractor cold = new KeywordExtractor(new TermCounts());
    assertThat(cold.keywords(ArticleText.of(TITLE, BODY), List.of(), 8))
        .isEqualTo(cold.keywords(TITLE, BODY, List.of(), 8));
  }

  @Test
  void aNegativeMaxIsRejectedAndZeroGivesNothing() {
    KeywordExtractor cold = new KeywordExtractor(new TermCounts());
    assertThat(cold.keywords(TITLE, BODY, List.of(), 0)).isEmpty();
    assertThatThrownBy(() -> cold.keywords(TITLE, BODY, List.of(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void realArticlesKeywordsAreContainedInThemAndNeverEdgedByAFunctionWord() {
    KeywordExtractor warm = new KeywordExtractor(AntArticles.counts());
    int keywords = 0;
    for (EvalDoc d : AntArticles.docs()) {
      String text = AntArticles.text(d);
      for (Keyword k : warm.keywords(d.title(), d.text(), List.of(), 10)) {
        keywords++;
        assertThat(Tags.containedIn(k.text(), text)).as("%s in %s", k, d.docno()).isTrue();
        Words w = Words.of(k.text(), 1_000, null);
        assertThat(w.informative[0] && w.informative[w.size - 1]).as(k.text()).isTrue();
      }
    }
    assertThat(keywords).isGreaterThan(AntArticles.docs().size() * 8);
  }

  /**
   * Of the ANT articles naming {@code مجلس الأمن} in their title or three times, nearly all have it
   * among their ten keywords; and no article that only ever writes {@code مجلس} in {@code مجلس
   * الأمن} gets {@code مجلس} or {@code الأمن} alone.
   */
  @Test
  void theSecurityCouncilIsOneKeywordNotTwo() {
    KeywordExtractor warm = new KeywordExtractor(AntArticles.counts());
    Pattern council = Pattern.compile("مجلس الأمن");
    Pattern loneWords = Pattern.compile("مجلس(?! الأمن)|(?<!مجلس )الأمن");
    int prominent = 0;
    int found = 0;
    List<String> split = new ArrayList<>();
    for (EvalDoc d : AntArticles.docs()) {
      String text = AntArticles.text(d);
      long uses = council.matcher(text).results().count();
      if (uses == 0) {
        continue;
      }
      List<Keyword> keywords = warm.keywords(d.title(), d.text(), List.of(), 10);
      boolean asOne = keywords.stream().anyMatch(k -> (" " + k.key() + " ").contains(" مجلس امن "));
      if (uses >= 3 || d.title().contains("مجلس الأمن")) {
        prominent++;
        found += asOne ? 1 : 0;
      }
      if (!loneWords.matcher(text).find()
          && keywords.stream().anyMatch(k -> k.key().equals("مجلس") || k.key().equals("امن"))) {
        split.add(d.docno());
      }
    }
    assertThat(split).isEmpty();
    assertThat(prominent).isGreaterThan(20);
    assertThat(found).as("%d of %d", found, prominent).isGreaterThanOrEqualTo(prominent * 8 / 10);
    System.out.printf(
        Locale.ROOT,
        "مجلس الأمن a keyword of %d of %d articles naming it prominently%n",
        found,
        prominent);
  }

  @Test
  void aKnownCollocationIsAKeywordWhenTheArticleRepeatsIt() {
    KeywordExtractor warm = new KeywordExtractor(AntArticles.counts());
    int present = 0;
    int found = 0;
    for (EvalDoc d : AntArticles.docs()) {
      String text = AntArticles.text(d);
      if (text.split("وقف إطلاق النار", -1).length - 1 < 2) {
        continue;
      }
      present++;
      found +=
          warm.keywords(d.title(), d.text(), List.of(), 10).stream()
                  .anyMatch(k -> k.key().equals("وقف اطلاق نار"))
              ? 1
              : 0;
    }
    assertThat(present).isGreaterThan(5);
    assertThat(found).as("%d of %d", found, present).isGreaterThanOrEqualTo(present * 7 / 10);
  }
}
