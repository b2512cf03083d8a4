package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;
import org.marsad.testing.FuzzRow;
import org.marsad.testing.Mutations;
import org.marsad.testing.PropertyRows;
import org.marsad.testing.RealFragments;

/**
 * The extractors' contract ({@link ArticleExtractor}: never throw, say what was odd) as properties
 * over the golden pages and dumps, damaged a few edits at a time.
 */
@AddLifecycleHook(PropertyRows.class)
class ExtractorsPropertyTest {
  /** Markup, encodings and the labels the extractors look for. */
  static final List<String> PAGE_TOKENS =
      List.of(
          "<p>",
          "</p>",
          "<div>",
          "</div>",
          "<div><div><div><div>",
          "<script>",
          "</script>",
          "<style>",
          "<!--",
          "-->",
          "<meta charset=\"windows-1256\">",
          "<meta charset=\"utf-16\">",
          "<meta property=\"og:title\" content=\"",
          "<meta name=\"author\" content=\"",
          "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"",
          "\",\"datePublished\":\"",
          "\"}",
          "</script>",
          "<a href=\"",
          "\">",
          "</a>",
          "<br>",
          "&nbsp;",
          "&#x1F600;",
          "&#0;",
          "&",
          "<h1>",
          "</h1>",
          "<table><tr><td>",
          "<li>",
          "<article>",
          "<time datetime=\"",
          "اقرأ أيضا",
          "اقرأ أيضاً:",
          "المصدر:",
          "كلمات مفتاحية",
          "مواضيع ذات صلة",
          "\n",
          "\n\n",
          "\r",
          "\u0000",
          "\uFEFF",
          "\u00D8\u00A7",
          "Ø§Ù„",
          "٢٠٢٣",
          "12 فبراير 2023",
          "http://127.0.0.1/a.html",
          "|",
          "•",
          ":",
          "\uD800");

  private static final List<String> CONTENT_TYPES =
      Arrays.asList(
          null,
          "text/html",
          "text/html; charset=windows-1256",
          "text/plain; charset=utf-8",
          "application/octet-stream",
          "text/html; charset=utf-16",
          "text/html; charset=nonsense");

  private final PageExtractor pages = new PageExtractor();
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final PlainTextDumpExtractor dumps = new PlainTextDumpExtractor();

  @Provide
  Arbitrary<Page> damagedPages() {
    List<byte[]> seeds = new ArrayList<>(RealFragments.resourceFiles("/extract", ".html", ".txt"));
    seeds.addAll(RealFragments.resourceFiles("/ingest", ".html"));
    return page(seeds);
  }

  @Provide
  Arbitrary<Page> damagedHtml() {
    return page(RealFragments.resourceFiles("/extract", ".html"));
  }

  @Provide
  Arbitrary<Page> damagedDumps() {
    return page(RealFragments.resourceFiles("/extract/dump", ".txt"));
  }

  private static Arbitrary<Page> page(List<byte[]> seeds) {
    return net.jqwik.api.Combinators.combine(
            Mutations.ofBytes(seeds, PAGE_TOKENS),
            Arbitraries.of(CONTENT_TYPES),
            Arbitraries.of(null, "https://www.alarabiya.net/ar/a.html", "not a url"),
            Arbitraries.of(false, true))
        .as(Page::new);
  }

  @Property(tries = 100)
  @FuzzRow(
      tries =
          "PageExtractor.extract on the golden HTML pages and text dumps with up to 6 random"
              + " edits, odd Content-Types and URLs",
      mustHold =
          "no exception; body = paragraphs joined by blank lines; no blank paragraph; the"
              + " paragraphs hold no more chars than the page has bytes; problems bounded")
  void anyDamagedPageGivesAnArticleNeverAnException(@ForAll("damagedPages") Page page) {
    assertWithinContract(pages.extract(page), page);
  }

  @Property(tries = 100)
  @FuzzRow(
      tries = "HtmlArticleExtractor.extract on the golden HTML pages with up to 6 random edits",
      mustHold = "as for PageExtractor, and at most the default paragraph limit")
  void anyDamagedHtmlPageGivesAnArticleNeverAnException(@ForAll("damagedHtml") Page page) {
    ExtractedArticle article = html.extract(page);
    assertWithinContract(article, page);
    assertThat(article.paragraphs())
        .hasSizeLessThanOrEqualTo(ExtractionLimits.DEFAULT.maxParagraphs());
  }

  @Property(tries = 200)
  @FuzzRow(
      tries = "PlainTextDumpExtractor.extract on the golden dumps with up to 6 random edits",
      mustHold = "as for PageExtractor, language ar, and the reason named when the body is empty")
  void anyDamagedDumpGivesAnArticleNeverAnException(@ForAll("damagedDumps") Page page) {
    ExtractedArticle article = dumps.extract(page);
    assertWithinContract(article, page);
    if (article.body().isEmpty()) {
      assertThat(article.problems()).isNotEmpty();
    }
  }

  /** What {@link ArticleExtractor} promises, for any page. */
  static void assertWithinContract(ExtractedArticle article, Page page) {
    assertThat(article.body()).isEqualTo(String.join("\n\n", article.paragraphs()));
    assertThat(article.paragraphs()).noneMatch(String::isBlank);
    int chars = article.paragraphs().stream().mapToInt(String::length).sum();
    assertThat(chars).isLessThanOrEqualTo(page.bytes().length);
    // The limit, plus one line counting the problems not listed.
    assertThat(article.problems())
        .hasSizeLessThanOrEqualTo(ExtractionLimits.DEFAULT.maxProblems() + 1);
    assertThat(article.problems()).noneMatch(String::isBlank);
  }
}
