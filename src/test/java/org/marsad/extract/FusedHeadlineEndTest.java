package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per cue that ends a read-also headline glued to the article text after it. */
class FusedHeadlineEndTest {

  /** The headline found at the start of {@code glued}, the finder knowing {@code page}. */
  private static String headline(String glued, String page) {
    MatchText text = MatchText.of(glued);
    FusedHeadlineEnd.Cut cut =
        FusedHeadlineEnd.forPage(page + "\n" + glued).find(text, 0, text.low().length());
    return text.originalSlice(0, cut.titleEnd());
  }

  private static String headline(String glued) {
    return headline(glued, "");
  }

  @Test
  void endsAfterTehMarbutaGluedToAWord() {
    assertThat(headline("شهادة رئيس فيسبوك أمام الكونغرس تثير دعوى قضائيةأما في العراق فقد ظل"))
        .isEqualTo("شهادة رئيس فيسبوك أمام الكونغرس تثير دعوى قضائية");
  }

  @Test
  void endsAfterAlefMaksuraGluedToAWord() {
    assertThat(headline("روبوت يشبه الكلب يرقص على أنغام الموسيقىوستقام المباراة النهائية"))
        .isEqualTo("روبوت يشبه الكلب يرقص على أنغام الموسيقى");
  }

  @Test
  void endsAfterTanweenGluedToAWord() {
    assertThat(headline("أوباما على نتفليكس قريباًوفاة مفاجئة لقائد فريق فيورنتينا"))
        .isEqualTo("أوباما على نتفليكس قريباً");
  }

  @Test
  void tehMarbutaFollowedByASpaceIsNoCue() {
    assertThat(headline("قمة عربية طارئة في القاهرة لبحث الأزمة"))
        .isEqualTo("قمة عربية طارئة في القاهرة لبحث الأزمة");
  }

  /** Main-article text around the fragment: the continuation repeats its words. */
  private static final String MAIN_ARTICLE =
      "أعلن البنك المركزي المصري تعويم سعر صرف الجنيه في خطوة تهدف إلى جذب الاستثمارات الأجنبية."
          + " وقال محافظ البنك المركزي إن النظام العائم سيحل محل سعر الصرف الثابت في البلاد.";

  @Test
  void endsWhereAConjunctionAndVerbAreGluedToTheLastWord() {
    assertThat(
            headline(
                "المغرب والجزائر يجريان مفاوضات الصحراء في جنيفويحل النظام العائم الجديد محل سعر"
                    + " الصرف الثابت في البلاد. ثم",
                MAIN_ARTICLE))
        .isEqualTo("المغرب والجزائر يجريان مفاوضات الصحراء في جنيف");
  }

  @Test
  void endsWhereAClosedClassOpenerIsGluedToTheLastWord() {
    assertThat(
            headline(
                "سامسونغ في ورطة هواتف ترسل صور المستخدمين دون علمهمغير أن البنك المركزي أبقى سعر"
                    + " الصرف الثابت.",
                MAIN_ARTICLE))
        .isEqualTo("سامسونغ في ورطة هواتف ترسل صور المستخدمين دون علمهم");
  }

  @Test
  void keepsWawAndFehInsideHeadlineWords() {
    String alone = "العراق يستدعي سفير الجزائر بعد هتافات مسيئة في مباراة لماذا ظهر إيبولا";
    assertThat(headline(alone, MAIN_ARTICLE + " هتافات مسيئة في مباراة")).isEqualTo(alone);
  }

  @Test
  void needsTheTextAfterTheJoinToContinueTheMainArticle() {
    String unrelated =
        "المغرب والجزائر يجريان مفاوضات الصحراء في جنيفويحل فريق الكرة ضيفا على ملعب.";
    assertThat(headline(unrelated, MAIN_ARTICLE))
        .isEqualTo(unrelated.substring(0, unrelated.length() - 1));
  }

  @Test
  void takesARestWithoutAStopWholeEvenWhenItsTailRepeatsThePage() {
    String alone = "ما الذي تريده كل دولة أوروبية من قمة بروكسل بخصوص اللاجئين";
    String page =
        "اجتمع القادة في قمة بروكسل لبحث ملف اللاجئين وبخصوص اللاجئين قالت القمة إن بروكسل";
    assertThat(headline(alone, page)).isEqualTo(alone);
  }
}
