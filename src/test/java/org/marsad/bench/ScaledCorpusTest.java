package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.dedup.InvalidUrlException;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.model.Article;

class ScaledCorpusTest {
  private static final List<BenchDoc> DOCS =
      List.of(
          doc(
              "https://www.alarabiya.net/ar/2018/02/16/خبر.html",
              "خبر أول",
              "Fri, 16 Feb 2018 22:08:10 +0400"),
          doc("https://example.com/news?id=7", "خبر ثان", "غير معروف"),
          doc("", "خبر ثالث", ""));

  private static BenchDoc doc(String url, String title, String date) {
    return new BenchDoc(url, title, "نص " + title, "العربية", "culture", "", date, "");
  }

  @Test
  void repeatsTheCorpusWithDistinctUrlsAndIds() {
    List<Article> articles = new ArrayList<>();
    new ScaledCorpus(DOCS, 10).forEach(articles::add);
    assertThat(articles).hasSize(10);
    assertThat(articles)
        .extracting(Article::id)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(new HashSet<>(articles.stream().map(Article::url).toList())).hasSize(10);
    assertThat(articles.get(3).title()).isEqualTo("خبر أول");
    assertThat(articles.get(3).body()).isSameAs(articles.get(0).body());
    assertThat(articles.get(0).url()).isEqualTo(DOCS.get(0).url());
    assertThat(articles.get(4).url()).isEqualTo("https://example.com/news?id=7&copy=1");
  }

  @Test
  void urlsStayDistinctAfterCanonicalization() throws InvalidUrlException {
    UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    Set<String> canonical = new HashSet<>();
    for (Article a : new ScaledCorpus(DOCS, 30)) {
      canonical.add(canonicalizer.canonicalize(a.url()));
    }
    assertThat(canonical).hasSize(30);
  }

  @Test
  void readsPublicationDatesItUnderstands() {
    ScaledCorpus corpus = new ScaledCorpus(DOCS, 3);
    assertThat(corpus.article(0).published()).hasToString("2018-02-16T18:08:10Z");
    assertThat(corpus.article(1).published()).isNull();
  }

  @Test
  void aScaleBelowTheCorpusTakesItsFirstArticles() {
    List<Article> articles = new ArrayList<>();
    new ScaledCorpus(DOCS, 2).forEach(articles::add);
    assertThat(articles).extracting(Article::title).containsExactly("خبر أول", "خبر ثان");
  }
}
