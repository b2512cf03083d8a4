package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Link;
import org.marsad.model.LinkKind;
import org.marsad.model.Page;
import org.marsad.model.RelatedArticle;
import org.marsad.text.dates.DatelineReader;

class PlainTextDumpExtractorTest {
  private static final String BEFORE =
      "وقال الوزير إن الخطة تشمل ترشيد الإنفاق.وأكد الوزير أن الحكومة ماضية في خططها.";
  private static final String AFTER = "وأضاف الوزير أن الإصلاحات ستشمل مراجعة برامج الدعم تدريجيا.";
  private static final String HEADLINE = "ارتفاع أسعار النفط إلى أعلى مستوى منذ 2014";

  private final PlainTextDumpExtractor extractor = new PlainTextDumpExtractor();

  private ExtractedArticle extract(String text) {
    return extract(text.getBytes(StandardCharsets.UTF_8));
  }

  private ExtractedArticle extract(byte[] bytes) {
    return extractor.extract(new Page(bytes, null, null, false));
  }

  @Test
  void cutsGluedReadAlsoFragmentWithCategoryOutOfTheBody() {
    ExtractedArticle out = extract(BEFORE + "اقرأ أيضاًالعالم" + HEADLINE + AFTER);

    assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER);
    assertThat(out.links()).containsExactly(new Link(HEADLINE, null, LinkKind.READ_ALSO));
  }

  @Test
  void cutsReadAlsoWithColonOrSpaceAfterTheLabel() {
    ExtractedArticle colon = extract(BEFORE + " اقرأ أيضا: " + HEADLINE + "\n" + AFTER);
    ExtractedArticle space = extract(BEFORE + " إقرأ أيضاً " + HEADLINE + "\n" + AFTER);

    for (ExtractedArticle out : new ExtractedArticle[] {colon, space}) {
      assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER);
      assertThat(out.links()).extracting(Link::title).containsExactly(HEADLINE);
    }
  }

  @Test
  void readsHeadlineLinesAfterLabelAtLineEnd() {
    ExtractedArticle out =
        extract(BEFORE + "اقرأ أيضاً\n" + HEADLINE + "\nالذهب يتراجع مع صعود الدولار\n" + AFTER);

    assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER);
    assertThat(out.links())
        .extracting(Link::title)
        .containsExactly(HEADLINE, "الذهب يتراجع مع صعود الدولار");
  }

  @Test
  void relatedArticleOpeningWithAVerbWhoseRootStartsWithWawIsStillRelated() {
    String oil = "تراجعت أسعار النفط مساء الثلاثاء بعد إعلان الانسحاب من الاتفاق النووي.";
    String oilMore = "وكانت أسعار النفط قد تراجعت عن أعلى مستوى لها في ثلاثة أعوام.";
    String relatedTitle = "البرلمان المصري يقر علاوة لموظفي الحكومة";
    String relatedBody = "وافق البرلمان المصري على مشروع قانون يمنح موظفي الحكومة علاوة خاصة.";
    ExtractedArticle out =
        extract(
            "النفط يعوض بعض خسائره\n\n"
                + oil
                + "\n"
                + oilMore
                + "\n\nمقالات ذات صلة\n"
                + relatedTitle
                + "\n"
                + relatedBody
                + "\n");

    assertThat(out.paragraphs()).containsExactly(oil, oilMore);
    assertThat(out.related())
        .extracting(RelatedArticle::title, RelatedArticle::body)
        .containsExactly(tuple(relatedTitle, relatedBody));
  }

  @Test
  void subheadingAfterAReadAlsoBoxWithAConjunctionParagraphStaysInTheBody() {
    String after = "ويمر ريال مدريد بصيف عاصف بعد رحيل هازارد وكورتوا عن التدريبات.";
    ExtractedArticle out =
        extract(BEFORE + "\nاقرأ أيضاً\n" + HEADLINE + "\nهازارد وكورتوا\n" + after + "\n");

    assertThat(out.related()).isEmpty();
    assertThat(out.paragraphs()).startsWith(BEFORE).endsWith(after);
  }

  @Test
  void continuationAfterAReadAlsoBoxStaysInTheBody() {
    ExtractedArticle out = extract(BEFORE + "\nاقرأ أيضاً\n" + HEADLINE + "\n" + AFTER + "\n");

    assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER);
    assertThat(out.related()).isEmpty();
  }

  @Test
  void leavesReadAlsoInsideASentenceAlone() {
    String sentence =
        "ودعا الكاتب قراءه قائلا اقرأ أيضا ما كتبه الآخرون عن الأزمة قبل الحكم عليها.";

    ExtractedArticle out = extract(sentence);

    assertThat(out.paragraphs()).containsExactly(sentence);
    assertThat(out.links()).isEmpty();
  }

  @Test
  void keepsUnlabelledCategoryWhenASpaceFollowsIt() {
    ExtractedArticle out =
        extract(BEFORE + "اقرأ أيضاً: اقتصاد مصر ينمو بأسرع وتيرة منذ عقد\n" + AFTER);

    assertThat(out.links())
        .extracting(Link::title)
        .containsExactly("اقتصاد مصر ينمو بأسرع وتيرة منذ عقد");
  }

  @Test
  void similarListOfOneStoryTwiceStaysOutOfTheBody() {
    String first = "رئيس الوزراء يفتتح محطة عملاقة لتحلية مياه البحر";
    String second = "تدشين أضخم مشروع لتحلية المياه بطاقة مليون متر مكعب يوميا";

    ExtractedArticle out =
        extract(BEFORE + "\n" + AFTER + "\n\nمقالات مشابهة\n" + first + "\n" + second);

    assertThat(out.links())
        .containsExactly(
            new Link(first, null, LinkKind.SIMILAR), new Link(second, null, LinkKind.SIMILAR));
    assertThat(out.body()).doesNotContain(first).doesNotContain(second);
  }

  @Test
  void labelWordsStartingProseAreNotLabels() {
    String source = "المصدر الرئيسي لدخل البلاد هو تصدير النفط والغاز إلى الأسواق الآسيوية.";
    String share = "شارك الآلاف في المسيرة التي جابت شوارع المدينة.";

    ExtractedArticle out = extract(BEFORE + "\n" + source + "\n" + share);

    assertThat(out.paragraphs()).containsExactly(BEFORE, source, share);
    assertThat(out.source()).isNull();
  }

  @Test
  void readsSourceVariants() {
    assertThat(extract(BEFORE + "\nالمصدر : وكالة الأنباء").source()).isEqualTo("وكالة الأنباء");
    assertThat(extract(BEFORE + "\nالمصدر - رويترز").source()).isEqualTo("رويترز");
    assertThat(extract(BEFORE + "\nالمصدر:\nفرانس برس").source()).isEqualTo("فرانس برس");
  }

  @Test
  void splitsTagLinesOnEverySeparatorButInWordDashes() {
    assertThat(extract(BEFORE + "\nوسوم: النفط | أوبك / كوفيد-19; الطاقة").pageTags())
        .containsExactly("النفط", "أوبك", "كوفيد-19", "الطاقة");
    assertThat(extract(BEFORE + "\nالكلمات المفتاحية: الذهب - الدولار، البورصة").pageTags())
        .containsExactly("الذهب", "الدولار", "البورصة");
  }

  @Test
  void readsAuthorCues() {
    assertThat(extract("كتب: أحمد علي\n" + BEFORE).author()).isEqualTo("أحمد علي");
    assertThat(extract("بقلم سارة محمود\n" + BEFORE).author()).isEqualTo("سارة محمود");
    assertThat(extract("الكاتب - خالد يوسف\n" + BEFORE).author()).isEqualTo("خالد يوسف");
  }

  @Test
  void readsDatesThroughThePluggedReader() {
    OffsetDateTime fifthOfMarch = OffsetDateTime.of(2024, 3, 5, 0, 0, 0, 0, ZoneOffset.UTC);
    PlainTextDumpExtractor arabic =
        new PlainTextDumpExtractor(
            s -> s.equals("5 مارس 2024") ? Optional.of(fifthOfMarch) : Optional.empty(),
            PlainTextDumpExtractor.DEFAULT_MAX_BYTES);

    ExtractedArticle out =
        arabic.extract(
            new Page(
                ("عنوان الخبر\nنشر في: 5 مارس 2024\n" + BEFORE).getBytes(StandardCharsets.UTF_8),
                null,
                null,
                false));

    assertThat(out.published()).isEqualTo(fifthOfMarch);
    assertThat(out.paragraphs()).containsExactly(BEFORE);
    assertThat(extract("عنوان\nنشر في: قريبا\n" + BEFORE).problems())
        .containsExactly("date not understood: قريبا");
  }

  @Test
  void defaultReaderTakesArabicDatelines() {
    assertThat(extract("عنوان الخبر\nنشر في: الثلاثاء 5 مارس 2024\n" + BEFORE).published())
        .isEqualTo(OffsetDateTime.of(2024, 3, 5, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void dropsCrumbsShareBarsAdsAndCopyright() {
    ExtractedArticle out =
        extract(
            "الرئيسية » أخبار » العالم\nعنوان الخبر\nشارك على فيسبوك تويتر واتساب\n"
                + BEFORE
                + "\nإعلان\n"
                + AFTER
                + "\nجميع الحقوق محفوظة © 2024");

    assertThat(out.title()).isEqualTo("عنوان الخبر");
    assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER);
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void emptyAndBlankPagesGiveProblems() {
    assertThat(extract(new byte[0]).problems()).containsExactly("empty page");
    ExtractedArticle blank = extract(" \n\t\n  ");
    assertThat(blank.body()).isEmpty();
    assertThat(blank.problems()).contains("page holds only whitespace");
  }

  @Test
  void binaryBytesAreRefused() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};

    ExtractedArticle out = extract(binary);

    assertThat(out.body()).isEmpty();
    assertThat(out.problems())
        .containsExactly("binary content, not a text dump: nothing extracted");
  }

  @Test
  void invalidUtf8IsReplacedAndReported() {
    byte[] good = ("عنوان الخبر\n" + BEFORE).getBytes(StandardCharsets.UTF_8);
    byte[] rest = ("\n" + AFTER).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2 + rest.length];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3;
    bytes[good.length + 1] = (byte) 0x28;
    System.arraycopy(rest, 0, bytes, good.length + 2, rest.length);

    ExtractedArticle out = extract(bytes);

    assertThat(out.title()).isEqualTo("عنوان الخبر");
    assertThat(out.paragraphs()).containsExactly(BEFORE + "\uFFFD(", AFTER);
    assertThat(out.problems()).containsExactly("invalid UTF-8: 1 bytes replaced");
  }

  @Test
  void windows1256BytesAreDetectedAndDecoded() {
    byte[] cp1256 = (BEFORE + "\n" + AFTER).getBytes(Charset.forName("windows-1256"));

    ExtractedArticle out = extract(cp1256);

    assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER);
    assertThat(out.problems())
        .containsExactly("not valid UTF-8; decoded as windows-1256 (mostly Arabic in it)");
  }

  @Test
  void iso88596BytesAreDetectedAndDecoded() {
    byte[] iso = (BEFORE + "\n" + AFTER).getBytes(Charset.forName("ISO-8859-6"));

    ExtractedArticle out = extract(iso);

    assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER);
    assertThat(out.problems())
        .containsExactly("not valid UTF-8; decoded as ISO-8859-6 (mostly Arabic in it)");
  }

  @Test
  void oversizedInputIsCutAtTheCapWithoutSplittingACharacter() {
    PlainTextDumpExtractor small = new PlainTextDumpExtractor(DatelineReader.systemUtc(), 189);
    byte[] bytes = (BEFORE + "\n" + AFTER).getBytes(StandardCharsets.UTF_8);

    ExtractedArticle out = small.extract(new Page(bytes, null, null, false));

    // 188 bytes end after "الإصلاحا"; byte 189 would split the two-byte ت.
    assertThat(out.problems())
        .containsExactly("input cut at 188 of " + bytes.length + " bytes (size cap)");
    assertThat(out.paragraphs()).containsExactly(BEFORE, AFTER.substring(0, 24));
  }

  @Test
  void megabyteLineWithoutNewlinesIsReadInOneSweep() {
    StringBuilder line = new StringBuilder();
    while (line.length() < 1_000_000) {
      line.append(BEFORE)
          .append("اقرأ أيضاًالعالم")
          .append(HEADLINE)
          .append(AFTER.replace(".", " "));
    }

    ExtractedArticle out = extract(line.toString());

    assertThat(out.links()).isNotEmpty().allMatch(l -> l.title().equals(HEADLINE));
    assertThat(out.body()).doesNotContain("اقرأ أيضا");
  }

  @Test
  void megabyteLineOfOneWordRepeatedReturns() {
    ExtractedArticle out = extract("اقرأ".repeat(250_000) + " أيضا" + "ا".repeat(100_000));

    assertThat(out.problems()).isNotNull();
  }

  @Test
  void rejectsBadConfiguration() {
    assertThatThrownBy(() -> new PlainTextDumpExtractor(DatelineReader.systemUtc(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be positive, was 0");
  }
}
