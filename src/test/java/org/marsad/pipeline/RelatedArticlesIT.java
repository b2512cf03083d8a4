package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.Link;
import org.marsad.model.LinkKind;
import org.marsad.model.PageParts;
import org.marsad.model.RelatedArticle;
import org.marsad.search.ArticleIndex;
import org.marsad.store.SqliteStore;

/**
 * Related articles over a real store and index, with duplicate groups and stories set by hand so
 * that each rule is seen at work: X's copy, its story, the page's linked and embedded stories are
 * left out; a story with two candidates shows one; the reason is the phrase both articles share.
 */
class RelatedArticlesIT {
  private static final String STRATEGY = "استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب";
  private static final Instant DAY = Instant.parse("2026-06-20T10:00:00Z");

  @TempDir Path data;
  private SqliteStore store;
  private ArticleIndex index;
  private final List<AnalyzedArticle> stored = new ArrayList<>();

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

  private long add(String url, String source, String title, String body, PageParts page) {
    Article article =
        new Article(
            0, url, null, 0, source, title, body, null, DAY, DAY, null, null, List.of(), page);
    long id = store.upsert(article).id();
    stored.add(new AnalyzedArticle(article.withId(id), ArticleAnalysis.NONE));
    return id;
  }

  /** Records the group and story of the article {@code id} in the store and the index. */
  private void place(long id, long group, long story) {
    for (int i = 0; i < stored.size(); i++) {
      if (stored.get(i).id() == id) {
        AnalyzedArticle placed = stored.get(i).with(new ArticleAnalysis(group, story));
        stored.set(i, placed);
        store.putAnalyses(List.of(placed));
        index.update(placed);
      }
    }
  }

  @Test
  void leavesOutCopiesOwnStoryAndWhatThePageShowsAndShowsOneArticlePerStory() {
    String xBody =
        "اعتمدت الجمعية العامة للأمم المتحدة اليوم المراجعة الثامنة لـ"
            + STRATEGY
            + " بعد مفاوضات طويلة بين الدول الأعضاء في نيويورك.";
    long linked =
        add(
            "https://b.example/linked",
            "ب",
            "مجلس الأمن يناقش تمويل الجماعات الإرهابية",
            "ناقش مجلس الأمن الدولي تمويل الجماعات الإرهابية وتطبيق " + STRATEGY + " في أفريقيا.",
            PageParts.NONE);
    long linkedStoryMate =
        add(
            "https://c.example/linked-2",
            "ج",
            "مجلس الأمن يبحث مصادر تمويل الإرهاب",
            "بحث مجلس الأمن الدولي مصادر تمويل الإرهاب وسبل تطبيق " + STRATEGY + ".",
            PageParts.NONE);
    long embedded =
        add(
            "https://b.example/embedded",
            "ب",
            "مكتب مكافحة الإرهاب يطلق برنامجا لحماية الحدود",
            "أطلق مكتب الأمم المتحدة لمكافحة الإرهاب برنامجا لحماية الحدود ضمن " + STRATEGY + ".",
            PageParts.NONE);
    long x =
        add(
            "https://a.example/x",
            "أ",
            "الأمم المتحدة تعتمد مراجعة استراتيجيتها لمكافحة الإرهاب",
            xBody,
            new PageParts(
                "ar",
                List.of(),
                List.of(
                    new RelatedArticle(
                        "مكتب مكافحة الإرهاب يطلق برنامجا لحماية الحدود", "نص مضمن في الصفحة.")),
                List.of(
                    new Link(
                        "مجلس الأمن يناقش تمويل الجماعات",
                        "https://b.example/linked",
                        LinkKind.READ_ALSO))));
    long copy =
        add(
            "https://d.example/copy",
            "د",
            "الجمعية العامة تعتمد مراجعة استراتيجية مكافحة الإرهاب",
            xBody,
            PageParts.NONE);
    long sameStory =
        add(
            "https://e.example/same",
            "هـ",
            "ترحيب دولي باعتماد مراجعة استراتيجية مكافحة الإرهاب",
            "رحبت دول عديدة باعتماد الجمعية العامة المراجعة الثامنة لـ" + STRATEGY + ".",
            PageParts.NONE);
    long guterres =
        add(
            "https://f.example/guterres",
            "و",
            "غوتيريش يدعو إلى تنفيذ استراتيجية مكافحة الإرهاب",
            "دعا الأمين العام غوتيريش الدول إلى تنفيذ " + STRATEGY + " كاملة.",
            PageParts.NONE);
    long guterresAgain =
        add(
            "https://g.example/guterres-2",
            "ز",
            "غوتيريش يحث الدول على تنفيذ استراتيجية مكافحة الإرهاب",
            "حث الأمين العام غوتيريش الدول على تنفيذ " + STRATEGY + ".",
            PageParts.NONE);
    long football =
        add(
            "https://h.example/football",
            "ح",
            "الأهلي يفوز على الزمالك في نهائي الكأس",
            "فاز الأهلي على الزمالك بهدفين نظيفين في نهائي كأس مصر.",
            PageParts.NONE);
    place(linked, linked, linked);
    place(linkedStoryMate, linkedStoryMate, linked);
    place(embedded, embedded, embedded);
    place(x, x, x);
    place(copy, x, x);
    place(sameStory, sameStory, x);
    place(guterres, guterres, guterres);
    place(guterresAgain, guterresAgain, guterres);
    place(football, football, football);
    index.commit(0);

    RelatedArticles.Result result =
        new RelatedArticles(store, index, RelatedArticles.Settings.DEFAULTS)
            .of(x, 10)
            .orElseThrow();

    assertThat(result.article().id()).isEqualTo(x);
    assertThat(result.related()).hasSize(1);
    RelatedHit hit = result.related().get(0);
    assertThat(hit.article().id()).isIn(guterres, guterresAgain);
    assertThat(hit.story()).isEqualTo(guterres);
    assertThat(hit.similarity()).isBetween(0.05, 0.8);
    assertThat(hit.reasons()).first().asString().contains("الأمم المتحدة العالمية لمكافحة الإرهاب");
  }

  @Test
  void anUnknownArticleHasNoResultAndABadLimitIsRefused() {
    RelatedArticles related = new RelatedArticles(store, index, RelatedArticles.Settings.DEFAULTS);
    assertThat(related.of(12345, 5)).isEmpty();
    assertThatThrownBy(() -> related.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> related.of(1, RelatedArticles.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
