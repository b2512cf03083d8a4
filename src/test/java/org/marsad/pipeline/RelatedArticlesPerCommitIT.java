package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.PageParts;
import org.marsad.search.ArticleIndex;
import org.marsad.store.SqliteStore;

/**
 * An article's related articles are computed once per index commit: every reader of the article
 * until the next commit gets that one list, and an article related to it that a commit brings in is
 * in the list asked for after that commit.
 */
class RelatedArticlesPerCommitIT {
  private static final String STRATEGY = "استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب";
  private static final Instant DAY = Instant.parse("2026-06-20T10:00:00Z");

  @TempDir Path data;
  private SqliteStore store;
  private ArticleIndex index;

  @BeforeEach
  void open() {
    store = SqliteStore.open(data);
    index = ArticleIndex.inMemory();
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  /** Stores and indexes an article, its own story. */
  private long add(String url, String title, String body) {
    Article article =
        new Article(
            0,
            url,
            null,
            0,
            "مصدر",
            title,
            body,
            null,
            DAY,
            DAY,
            null,
            null,
            List.of(),
            PageParts.NONE);
    long id = store.upsert(article).id();
    AnalyzedArticle analyzed = new AnalyzedArticle(article.withId(id), new ArticleAnalysis(id, id));
    store.putAnalyses(List.of(analyzed));
    index.update(analyzed);
    return id;
  }

  @Test
  void theSameCommitGivesTheSameListAndANewCommitBringsANewRelatedArticle() {
    long x =
        add(
            "https://a.example/x",
            "الأمم المتحدة تعتمد مراجعة استراتيجيتها لمكافحة الإرهاب",
            "اعتمدت الجمعية العامة للأمم المتحدة اليوم المراجعة الثامنة لـ" + STRATEGY + ".");
    long guterres =
        add(
            "https://b.example/guterres",
            "غوتيريش يدعو إلى تنفيذ استراتيجية مكافحة الإرهاب",
            "دعا الأمين العام غوتيريش الدول إلى تنفيذ " + STRATEGY + " كاملة.");
    add(
        "https://c.example/football",
        "الأهلي يفوز على الزمالك في نهائي الكأس",
        "فاز الأهلي على الزمالك بهدفين نظيفين في نهائي كأس مصر.");
    index.commit(0);
    RelatedArticles related = new RelatedArticles(store, index, RelatedArticles.Settings.DEFAULTS);

    RelatedArticles.Result first = related.of(x, 5).orElseThrow();
    assertThat(first.related()).extracting(hit -> hit.article().id()).containsExactly(guterres);
    assertThat(related.of(x, 5).orElseThrow()).as("the same commit's list").isSameAs(first);

    long council =
        add(
            "https://d.example/council",
            "مجلس الأمن يناقش تطبيق استراتيجية مكافحة الإرهاب",
            "ناقش مجلس الأمن الدولي تمويل الجماعات الإرهابية وتطبيق " + STRATEGY + " في أفريقيا.");
    assertThat(related.of(x, 5).orElseThrow())
        .as("not committed yet: the commit's list")
        .isSameAs(first);

    index.commit(0);
    assertThat(related.of(x, 5).orElseThrow().related())
        .extracting(hit -> hit.article().id())
        .containsExactlyInAnyOrder(guterres, council);
  }
}
