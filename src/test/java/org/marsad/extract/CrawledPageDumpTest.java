package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/** Dumps of crawled pages: the article among its site's menus, boxes and footer, none labelled. */
class CrawledPageDumpTest {
  private static final String HEADLINE = "معارضون يسيطرون على مخازن للصواريخ بريف دمشق";
  private static final List<String> BODY =
      List.of(
          "دمشق، سوريا -- أكدت جهات سورية معارضة أن فصائل مسلحة سيطرت على مخازن للصواريخ في ريف"
              + " دمشق الشرقي بعد معارك استمرت عدة أيام مع القوات الحكومية.",
          "وقال المرصد السوري لحقوق الإنسان إن المقاتلين اغتنموا أسلحة مضادة للدروع وذخائر.",
          "لم ترد تقارير عن الخسائر البشرية",
          "وفي محافظة الحسكة شمال شرقي البلاد، أفاد المرصد عن اشتباكات دارت بين مقاتلين أكراد"
              + " وعناصر من جبهة النصرة في محيط بلدة رأس العين الحدودية مع تركيا.");
  private static final List<String> MENU =
      List.of(
          "الصفحة الرئيسية",
          "فيديو",
          "الشرق الأوسط",
          "العالم",
          "اقتصاد وأعمال",
          "التعليقات",
          "شارك",
          "رياضة");
  private static final List<String> FOOTER =
      List.of(
          "القبض على شاب تحرش بطفلة في السعودية",
          "الأمير الوليد يلغي إيقاف مقدم برامج بعد مقابلة جريئة",
          "شروط الخدمة | بيان الخصوصية | الإعلانات | من نحن؟");

  private static ExtractedArticle extract(List<String> lines) {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return new PlainTextDumpExtractor().extract(new Page(bytes, "text/plain", null, false));
  }

  private static List<String> page(List<String> top, List<String> bottom) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADLINE + " - موقع الأخبار");
    lines.addAll(top);
    lines.add(HEADLINE);
    lines.addAll(BODY);
    lines.addAll(bottom);
    return lines;
  }

  @Test
  void menusAboveAndListsBelowTheArticleAreLeftOut() {
    ExtractedArticle out = extract(page(MENU, FOOTER));

    assertThat(out.paragraphs())
        .as("the short line between paragraphs stays, the menus and lists around do not")
        .containsExactlyElementsOf(BODY);
  }

  @Test
  void aCommentsOrShareItemInTheMenuDoesNotEndTheArticleBeforeItBegins() {
    ExtractedArticle out = extract(page(MENU, List.of()));

    assertThat(out.paragraphs()).containsExactlyElementsOf(BODY);
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void aPicturesCopyrightCreditDoesNotEndTheArticle() {
    List<String> lines = page(MENU, List.of("© 2013 Cable News Network. All Rights Reserved."));
    lines.add(lines.indexOf(BODY.get(1)), "© REUTERS / POOL");
    lines.add(lines.indexOf(BODY.get(3)), "(Image: © TNG Collaboration)");

    assertThat(extract(lines).paragraphs()).containsExactlyElementsOf(BODY);
  }

  @Test
  void aNoticeFarAboveAmongMenusIsNoArticleThatAShareItemEnds() {
    List<String> top = new ArrayList<>();
    top.add(
        "يستخدم موقعنا ملفات تعريف الارتباط لتحسين أدائه وتجربتك، وباستمرارك في التصفح فإنك توافق"
            + " على استخدامها وفق سياسة الخصوصية.");
    top.addAll(MENU);

    assertThat(extract(page(top, FOOTER)).paragraphs()).containsExactlyElementsOf(BODY);
  }

  @Test
  void aLineOfMarksOnlyIsNoParagraph() {
    List<String> lines = page(MENU, List.of());
    lines.add(lines.indexOf(BODY.get(3)), "\uFEFF");
    lines.add(lines.indexOf(BODY.get(3)), "* * *");

    assertThat(extract(lines).paragraphs()).containsExactlyElementsOf(BODY);
  }

  @Test
  void readersCommentsBetweenNamesAndDatesAreLeftOut() {
    List<String> comments = new ArrayList<>();
    for (String name : List.of("أبو محمد", "سارة من عمان", "مواطن عربي")) {
      comments.add(name);
      comments.add("19 نوفمبر 2019");
      comments.add("هذا خبر مهم جدا ونتمنى أن تتوقف الحرب في سوريا قريبا.");
    }

    assertThat(extract(page(MENU, comments)).paragraphs()).containsExactlyElementsOf(BODY);
  }

  @Test
  void proseIsLongOrASentenceOrACarriedOnStory() {
    assertThat(DumpBodyRegion.prose(BODY.get(0))).isTrue();
    assertThat(DumpBodyRegion.prose("وأضاف الوزير أن الإصلاحا")).isTrue();
    assertThat(DumpBodyRegion.prose("The Pentagon rejected these accusations.")).isTrue();
    assertThat(DumpBodyRegion.prose(HEADLINE)).isFalse();
    assertThat(DumpBodyRegion.prose("أمريكا: السجن 8 سنوات لشريكة \"جهاد جين\"")).isFalse();
    assertThat(DumpBodyRegion.prose("Read more.")).isFalse();
    assertThat(DumpBodyRegion.prose("هل تنجح الهدنة في غزة هذه المرة؟")).as("a teaser").isFalse();
  }

  @Test
  void withoutAnyProseEveryLineIsKept() {
    List<Integer> adjacent = MENU.stream().map(line -> 0).toList();

    assertThat(DumpBodyRegion.select(MENU, adjacent)).isEqualTo(MENU);
  }
}
