package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.extract.PageExtractor;
import org.marsad.ingest.ArticleLimits;
import org.marsad.ingest.FeedItem;
import org.marsad.model.Article;
import org.marsad.model.Source;
import org.marsad.testing.ArticlePages;

class FeedArticlesTest {
  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
  private static final Instant PUBLISHED = Instant.parse("2024-02-05T09:30:00Z");
  private static final Source SOURCE =
      new Source(7, "https://site.example/rss", "الموقع", Source.Kind.FEED, null);
  private static final List<String> PARAGRAPHS =
      List.of(
          "أعلنت وزارة الداخلية صباح اليوم عن خطة وطنية شاملة لمكافحة التطرف والإرهاب في المدن"
              + " الكبرى، تشمل تعزيز التعاون بين الأجهزة الأمنية وتبادل المعلومات مع دول الجوار.",
          "وقال القاضي المكلف بالملف إن المحاكم ستنظر في القضايا المتعلقة بتمويل الجماعات المسلحة"
              + " خلال الأشهر المقبلة، مؤكدا أن القانون سيطبق على الجميع دون استثناء.",
          "ورحبت منظمات المجتمع المدني بالخطة، لكنها طالبت بضمانات تحمي الحريات العامة وحقوق"
              + " المتهمين أثناء التحقيق والمحاكمة، وبمراجعة دورية لنتائجها.");

  private final CannedFetcher fetcher = new CannedFetcher();
  private final FeedArticles articles =
      new FeedArticles(
          fetcher,
          new PageExtractor(),
          new UrlCanonicalizer(),
          ArticleLimits.DEFAULT,
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static FeedItem item(String link, String summary, String content) {
    return new FeedItem(
        link, link, "عنوان الموجز", summary, content, PUBLISHED, null, "مراسل", List.of("سياسة"));
  }

  private static String html(List<String> paragraphs) {
    return "<p>" + String.join("</p><p>", paragraphs) + "</p>";
  }

  @Test
  void fullContentIsTakenFromTheFeedWithoutFetching() {
    FeedArticles.Outcome outcome =
        articles.toArticle(SOURCE, item("https://site.example/1", "موجز", html(PARAGRAPHS)));

    Article article = outcome.article().orElseThrow();
    assertThat(fetcher.requested).isEmpty();
    assertThat(outcome.problem()).isNull();
    assertThat(article.body()).isEqualTo(String.join("\n\n", PARAGRAPHS));
    assertThat(article.summary()).isEqualTo("موجز");
    assertThat(article.sourceId()).isEqualTo(7);
    assertThat(article.source()).isEqualTo("الموقع");
    assertThat(article.fetched()).isEqualTo(NOW);
    assertThat(article.category()).as("the feed's first category").isEqualTo("سياسة");
    assertThat(article.tags()).contains("سياسة");
  }

  @Test
  void plainTextContentKeepsItsLinesAsParagraphs() {
    Article article =
        articles
            .toArticle(SOURCE, item("https://site.example/1", null, String.join("\n", PARAGRAPHS)))
            .article()
            .orElseThrow();
    assertThat(article.body()).isEqualTo(String.join("\n\n", PARAGRAPHS));
  }

  @Test
  void summaryOnlyItemsTakeThePagesTextAndKeepTheFeedsTitleDateAndCategories() {
    fetcher.page(
        "https://site.example/1",
        ArticlePages.html("عنوان الصفحة", PARAGRAPHS, "https://site.example/1"));

    FeedArticles.Outcome outcome =
        articles.toArticle(SOURCE, item("https://site.example/1", "موجز قصير", null));

    Article article = outcome.article().orElseThrow();
    assertThat(fetcher.requested)
        .extracting(Object::toString)
        .containsExactly("https://site.example/1");
    assertThat(outcome.problem()).isNull();
    assertThat(article.body()).isEqualTo(String.join("\n\n", PARAGRAPHS));
    assertThat(article.title()).isEqualTo("عنوان الموجز");
    assertThat(article.published()).isEqualTo(PUBLISHED);
    assertThat(article.tags()).startsWith("سياسة");
    assertThat(article.author()).isEqualTo("مراسل");
    assertThat(article.summary()).isEqualTo("موجز قصير");
  }

  @Test
  void aPageThatCannotBeFetchedLeavesTheSummaryAndAProblem() {
    FeedArticles.Outcome outcome =
        articles.toArticle(SOURCE, item("https://site.example/gone", "موجز قصير", null));

    assertThat(outcome.article().orElseThrow().body()).isEqualTo("موجز قصير");
    assertThat(outcome.problem())
        .isEqualTo("full text not fetched for https://site.example/gone: HTTP 404");
  }

  @Test
  void anItemWithABadLinkIsSkippedWithAProblemNotAnException() {
    FeedArticles.Outcome notAUrl = articles.toArticle(SOURCE, item("not a url", "موجز", null));
    assertThat(notAUrl.article()).isEmpty();
    assertThat(notAUrl.problem()).startsWith("item skipped");

    FeedArticles.Outcome ftp =
        articles.toArticle(SOURCE, item("ftp://site.example/1", "موجز", html(PARAGRAPHS)));
    assertThat(ftp.article()).isEmpty();
    assertThat(ftp.problem()).startsWith("item skipped");
  }

  @Test
  void thePagesCanonicalAddressIsTheArticlesIdentity() {
    String link = "https://site.example/news/1?utm_source=rss&id=1";
    fetcher.page(
        link, ArticlePages.html("عنوان", PARAGRAPHS, "https://site.example/news/the-story"));

    Article article = articles.toArticle(SOURCE, item(link, "موجز", null)).article().orElseThrow();

    assertThat(article.url()).isEqualTo("https://site.example/news/the-story");
    assertThat(article.guid()).isEqualTo(link);
  }

  @Test
  void withoutAPageTheFeedLinkIsCanonicalized() {
    Article article =
        articles
            .toArticle(
                SOURCE,
                item(
                    "HTTPS://Site.Example:443/news/1?utm_source=rss#top", "موجز", html(PARAGRAPHS)))
            .article()
            .orElseThrow();
    assertThat(article.url()).isEqualTo("https://site.example/news/1");
  }

  @Test
  void theSiteNameTheSourcesTitlesRepeatIsTakenOffOnceThreeCarryIt() {
    List<String> headlines =
        List.of(
            "مجلس الأمن يمدد ولاية البعثة الأممية في ليبيا",
            "ارتفاع أسعار الذهب في الأسواق المحلية",
            "غزة - مراسلنا: قصف متواصل على الأحياء الشرقية");
    Source other = new Source(8, "https://other.example/rss", "آخر", Source.Kind.FEED, null);
    List<String> titles = new ArrayList<>();
    List<String> othersTitles = new ArrayList<>();
    for (int i = 0; i < headlines.size(); i++) {
      String link = "https://site.example/" + i;
      titles.add(titled(SOURCE, link, headlines.get(i) + " - الشرق الأوسط"));
      othersTitles.add(titled(other, link, headlines.get(i)));
    }

    assertThat(titles.subList(0, 2)).allMatch(t -> t.endsWith(" - الشرق الأوسط"));
    assertThat(titles.get(2)).isEqualTo(headlines.get(2));
    assertThat(othersTitles).as("a feed's titles without repetition").isEqualTo(headlines);
  }

  private String titled(Source source, String link, String title) {
    FeedItem item =
        new FeedItem(link, link, title, null, html(PARAGRAPHS), PUBLISHED, null, null, List.of());
    return articles.toArticle(source, item).article().orElseThrow().title();
  }
}
