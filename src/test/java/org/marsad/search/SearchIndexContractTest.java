package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.search.FixtureArticles.*;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.dedup.DuplicateKeys;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;

/**
 * What every {@link SearchIndex} must do, run by {@code ArticleIndexContractTest} (the embedded
 * index) and {@code solr.SolrSearchIndexIT} (SolrCloud). The cases are those the embedded index was
 * first tested with, and both backends pass every one as written. What a backend does in its own
 * way (Solr: other processes on the same collection, a rebuild that fails midway) is tested by its
 * own test beside this one, and said in its javadoc.
 */
public abstract class SearchIndexContractTest {

  protected SearchIndex index;

  /** An index holding nothing (no article, store cursor 0), writable. */
  protected abstract SearchIndex emptyIndex();

  @BeforeEach
  void indexFixtures() {
    index = emptyIndex();
    FixtureArticles.ALL.forEach(index::update);
    commit();
  }

  private void commit() {
    index.commit(0);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<Long> ids(String query) {
    return ids(index.search(SearchRequest.of(query).withLimit(100)));
  }

  private static List<Long> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  /**
   * Alerts and the store follower read the cursor, then search the articles it covers: a cursor
   * must never be readable before searches see its articles. Each commit is preceded by searches,
   * so that the embedded index warms its new searcher (the slow part of a refresh) while another
   * thread reads the cursor.
   */
  @Test
  void theCursorIsReadOnlyOnceSearchesSeeItsArticles() throws Exception {
    int commits = 25;
    List<Long> missed = new CopyOnWriteArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              long seen = 0;
              while (writing.get() || seen < index.storeCursor()) {
                long cursor = index.storeCursor();
                if (cursor > seen) {
                  if (!index
                      .matching("cursorprobe", List.of(100 + cursor))
                      .contains(100 + cursor)) {
                    missed.add(cursor);
                  }
                  seen = cursor;
                }
              }
            });
    reader.start();
    for (long cursor = 1; cursor <= commits; cursor++) {
      for (int query = 0; query < 64; query++) {
        index.search(SearchRequest.of("كلمة" + query + " cursorprobe"));
      }
      index.update(article(100 + cursor, "x", null, "خبر " + cursor, "cursorprobe خبر " + cursor));
      index.commit(cursor);
    }
    writing.set(false);
    reader.join(30_000);
    assertThat(index.storeCursor()).isEqualTo(commits);
    assertThat(missed).as("cursors read before their article was searchable").isEmpty();
  }

  @Test
  void wordsMatchInTitleOrBodyAndTitleMatchesRankFirst() {
    assertThat(ids("باريس")).containsExactly(1L, 7L);
  }

  @Test
  void allWordsAreRequired() {
    assertThat(ids("هطول مطر")).containsExactlyInAnyOrder(2L, 3L);
    assertThat(ids("هطول قطار")).isEmpty();
  }

  @Test
  void phraseNeedsTheWordsAdjacentAndInOrder() {
    assertThat(ids("\"هطول مطر\"")).containsExactly(2L);
    assertThat(ids("\"مطر هطول\"")).isEmpty();
  }

  @Test
  void exclusionRemovesMatches() {
    assertThat(ids("باريس -حريق")).containsExactly(1L);
    assertThat(ids("مطر -\"هطول مطر\"")).containsExactly(3L);
  }

  @Test
  void orMatchesEitherSide() {
    assertThat(ids("تونس OR دمشق")).containsExactlyInAnyOrder(2L, 5L, 6L);
    assertThat(ids("جديد تونس OR دمشق")).containsExactly(6L);
  }

  @Test
  void hamzaAndDiacriticVariantsMatch() {
    assertThat(ids("احمد")).containsExactlyInAnyOrder(1L, 6L);
    assertThat(ids("أحمد")).containsExactlyInAnyOrder(1L, 6L);
    assertThat(ids("اعصار")).containsExactly(5L);
    assertThat(ids("مُؤْتَمَر")).containsExactly(1L);
  }

  @Test
  void titleFieldRestrictsToTitles() {
    assertThat(ids("title:قطار")).containsExactly(6L);
    assertThat(ids("title:باريس")).containsExactly(1L);
    assertThat(ids("title:\"هطول مطر\"")).containsExactly(2L);
  }

  @Test
  void sourceFilterMatchesNormalizedAndQuotedNames() {
    assertThat(ids("source:" + JAZEERA)).containsExactlyInAnyOrder(1L, 2L);
    assertThat(ids("source:الجزيره")).containsExactlyInAnyOrder(1L, 2L);
    assertThat(ids("source:\"" + SKY + "\"")).containsExactlyInAnyOrder(3L, 4L);
    assertThat(ids("source:\"" + SKY + "\" source:" + ARABIYA))
        .containsExactlyInAnyOrder(3L, 4L, 5L, 6L);
    assertThat(ids("باريس -source:" + JAZEERA)).containsExactly(7L);
  }

  @Test
  void dateRangeIncludesBothBoundaryDaysInUtc() {
    assertThat(ids("from:2024-03-01 to:2024-03-01")).containsExactlyInAnyOrder(1L, 2L);
    assertThat(ids("from:2024-03-02")).containsExactlyInAnyOrder(3L, 4L, 5L);
    assertThat(ids("to:2024-02-29")).containsExactly(7L);
    assertThat(ids("مطر from:2024-03-02 to:2024-03-02")).containsExactly(3L);
  }

  @Test
  void dateOrderIsNewestFirstWithUndatedLast() {
    SearchResult result =
        index.search(SearchRequest.of("").withOrder(SearchRequest.Order.DATE).withLimit(100));
    assertThat(ids(result)).containsExactly(5L, 4L, 3L, 2L, 1L, 7L, 6L);
  }

  @Test
  void pagesAreSlicesOfTheSameOrder() {
    SearchRequest all = SearchRequest.of("").withOrder(SearchRequest.Order.DATE).withLimit(7);
    List<Long> everything = ids(index.search(all));
    SearchResult second = index.search(all.withLimit(3).withOffset(3));
    assertThat(ids(second)).isEqualTo(everything.subList(3, 6));
    assertThat(second.total()).isEqualTo(7);
  }

  private static final String WIRE_STORY =
      "أعلن مجلس الوزراء في جلسته الأسبوعية اليوم الموافقة على نظام جديد للاستثمار يهدف إلى"
          + " تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير الإعلام أن النظام يمنح"
          + " المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى أسبوعين بدلا من ثلاثة أشهر.";

  @Test
  void articlesFiledUnderACopysDuplicateKeysAreFoundWithinTheDates() {
    Article wire =
        article(101, SKY, "2024-03-02T08:00:00Z", "مجلس الوزراء يقر نظام الاستثمار", WIRE_STORY);
    index.update(new AnalyzedArticle(wire, null));
    commit();
    List<String> copy = DuplicateKeys.sought("نظام جديد للاستثمار", WIRE_STORY + " (وكالات)");
    List<String> other =
        DuplicateKeys.sought(
            "افتتاح مستشفى في صفاقس",
            "افتتحت وزارة الصحة اليوم مستشفى جديدا في مدينة صفاقس بطاقة استيعاب تبلغ"
                + " مئتي سرير ويضم أقساما للطب الباطني والجراحة والأطفال، وقال الوزير إن"
                + " المستشفى سيخدم سكان الجهة والولايات المجاورة");

    assertThat(filedUnder(copy, "2024-03-01", "2024-03-03")).containsExactly(101L);
    assertThat(filedUnder(copy, "2024-03-03", "2024-03-09"))
        .as("published outside the dates")
        .isEmpty();
    assertThat(filedUnder(other, "2024-01-01", "2024-12-31"))
        .as("another text")
        .doesNotContain(101L);
  }

  private List<Long> filedUnder(List<String> keys, String fromDay, String toDay) {
    return index.filedUnder(
        keys, Instant.parse(fromDay + "T00:00:00Z"), Instant.parse(toDay + "T00:00:00Z"), 5);
  }

  @Test
  void facetCountsEqualABruteForceCount() {
    SearchResult result = index.search(SearchRequest.of("from:2024-03-01"));
    List<Article> matching =
        FixtureArticles.ALL.stream()
            .filter(a -> a.published() != null)
            .filter(a -> !ArticleFields.day(a.published()).startsWith("2024-02"))
            .toList();
    assertThat(result.total()).isEqualTo(matching.size());
    assertThat(asMap(result.facets().sources())).isEqualTo(countBy(matching, Article::source));
    assertThat(asMap(result.facets().days()))
        .isEqualTo(countBy(matching, a -> ArticleFields.day(a.published())));
  }

  @Test
  void withoutFacetsTheTotalAndHitsAreTheSame() {
    for (String query : List.of("", "باريس", "from:2024-03-01", "مطر OR ذهب")) {
      SearchRequest request = SearchRequest.of(query).withLimit(3);
      SearchResult with = index.search(request);
      SearchResult without = index.search(request.withFacets(false));
      assertThat(without.total()).as(query).isEqualTo(with.total());
      assertThat(without.hits()).as(query).isEqualTo(with.hits());
      assertThat(without.facets()).as(query).isEqualTo(SearchFacets.EMPTY);
      assertThat(with.facets().sources()).as(query).isNotEmpty();
    }
    assertThat(index.search(SearchRequest.of("").withLimit(1).withFacets(false)).total())
        .isEqualTo(FixtureArticles.ALL.size());
  }

  @Test
  void facetsAreOrderedByCountThenValue() {
    List<SearchFacets.FacetCount> sources = index.search(SearchRequest.of("")).facets().sources();
    assertThat(sources).extracting(SearchFacets.FacetCount::count).containsExactly(2L, 2L, 2L, 1L);
    assertThat(sources.subList(0, 3)).extracting(SearchFacets.FacetCount::value).isSorted();
  }

  @Test
  void highlightsAreTheOriginalSurfaceText() {
    SearchHit hit = index.search(SearchRequest.of("مؤتمر")).hits().get(0);
    Snippet body = hit.snippet();
    // The analyzer strips the article clitic, so المؤتمر in the second sentence matches too.
    assertThat(body.highlights())
        .extracting(range -> body.text().substring(range.start(), range.end()))
        .containsExactly(VOCALIZED_CONFERENCE, "المؤتمر");
    assertThat(PARIS_CONFERENCE.body().replace('\n', ' ')).contains(body.text().split(" … ")[0]);
    assertThat(body.marked("«", "»")).contains("«" + VOCALIZED_CONFERENCE + "»");
    Snippet title = hit.titleSnippet();
    assertThat(title.text()).isEqualTo(PARIS_CONFERENCE.title());
    assertThat(title.marked("«", "»")).isEqualTo("«مؤتمر» كبير في باريس");
  }

  @Test
  void hamzaVariantHighlightShowsThePublishersSpelling() {
    Snippet body = index.search(SearchRequest.of("اعصار")).hits().get(0).snippet();
    assertThat(body.highlights())
        .extracting(r -> body.text().substring(r.start(), r.end()))
        .containsExactly("إعصار");
  }

  @Test
  void phraseHighlightCoversTheWords() {
    Snippet body = index.search(SearchRequest.of("\"هطول مطر\"")).hits().get(0).snippet();
    String marked = body.marked("[", "]");
    assertThat(marked).contains("[هطول").contains("مطر]");
  }

  @Test
  void htmlSnippetIsEscapedAndMarked() {
    Article withMarkup =
        article(8, BBC, "2024-03-05T00:00:00Z", "باريس <script>", "باريس & <b>x</b>");
    index.update(withMarkup);
    commit();
    SearchHit hit =
        index
            .search(SearchRequest.of("باريس source:\"" + BBC + "\" from:2024-03-05"))
            .hits()
            .get(0);
    assertThat(hit.snippet().html()).isEqualTo("<mark>باريس</mark> &amp; &lt;b&gt;x&lt;/b&gt;");
    assertThat(hit.titleSnippet().html()).isEqualTo("<mark>باريس</mark> &lt;script&gt;");
  }

  @Test
  void titleOnlyMatchStillShowsTheBodyOpening() {
    SearchHit hit = index.search(SearchRequest.of("title:قطار")).hits().get(0);
    assertThat(hit.snippet().text()).isEqualTo(UNDATED_TRAIN.body());
  }

  @Test
  void updateReplacesTheArticle() {
    Article retitled =
        article(7, BBC, "2024-02-28T10:00:00Z", "حريق كبير في مصنع", PARIS_FIRE.body());
    index.update(retitled);
    commit();
    SearchResult result = index.search(SearchRequest.of("حريق"));
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.hits().get(0).title()).isEqualTo("حريق كبير في مصنع");
    assertThat(index.size()).isEqualTo(FixtureArticles.ALL.size());
  }

  @Test
  void deleteRemovesTheArticle() {
    index.delete(1);
    commit();
    assertThat(ids("باريس")).containsExactly(7L);
    assertThat(index.size()).isEqualTo(FixtureArticles.ALL.size() - 1);
  }

  @Test
  void changesAreVisibleAfterCommitOrRefreshNotBefore() {
    Article added = article(20, BBC, "2024-03-06T00:00:00Z", "زلزال في تركيا", "ضرب زلزال قوي.");
    index.update(added);
    assertThat(ids("زلزال")).isEmpty();
    index.refresh();
    assertThat(ids("زلزال")).containsExactly(20L);
    index.delete(20);
    commit();
    assertThat(ids("زلزال")).isEmpty();
  }

  @Test
  void commitRecordsTheStoreCursor() {
    assertThat(index.storeCursor()).isZero();
    index.update(article(3, SKY, null, "x", "y"));
    index.commit(42);
    assertThat(index.storeCursor()).isEqualTo(42);
  }

  @Test
  void rebuildReplacesEverything() {
    int count =
        index.rebuild(
            Stream.of(GOLD_PRICE, TUNIS_STORM).map(a -> new AnalyzedArticle(a, null)).iterator(),
            () -> 9);
    assertThat(count).isEqualTo(2);
    assertThat(index.size()).isEqualTo(2);
    assertThat(ids("باريس")).isEmpty();
    assertThat(index.storeCursor()).isEqualTo(9);
  }

  @Test
  void unstoredArticleIsRefused() {
    assertThatThrownBy(() -> index.update(article(0, BBC, null, "t", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id 0");
  }

  @Test
  void emptyQueryMatchesEverything() {
    assertThat(index.search(SearchRequest.of("  ")).total()).isEqualTo(FixtureArticles.ALL.size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"هطول مطر",
        "-",
        "- -",
        "OR OR",
        "OR",
        "باريس OR",
        "\"\"",
        "source:",
        "from:yesterday",
        "from:+999999999-12-31",
        "to:2024-13-45",
        "foo:bar",
        "((باريس",
        "*?~^\\",
        "title:",
        ":::",
        "-\"",
        "\u0000\uFFFF\uD800"
      })
  void garbageQueriesNeverThrow(String query) {
    SearchResult result = index.search(SearchRequest.of(query));
    assertThat(result.total()).isBetween(0L, (long) FixtureArticles.ALL.size());
  }

  @Test
  void veryLongQueryIsCutAndReported() {
    String query = "باريس ".repeat(2000);
    SearchResult result = index.search(SearchRequest.of(query));
    assertThat(result.hits()).extracting(SearchHit::id).containsExactly(1L, 7L);
    assertThat(result.problems()).anyMatch(p -> p.startsWith("query too long"));
  }

  @Test
  void unbalancedQuoteIsReadAsWordsWithAProblem() {
    SearchResult result = index.search(SearchRequest.of("\"هطول مطر"));
    assertThat(ids(result)).containsExactlyInAnyOrder(2L, 3L);
    assertThat(result.problems())
        .containsExactly("unbalanced quote: the rest was searched as words");
  }

  @Test
  void badDateIsIgnoredWithAProblem() {
    SearchResult result = index.search(SearchRequest.of("مطر from:2024-3-1"));
    assertThat(ids(result)).containsExactlyInAnyOrder(2L, 3L);
    assertThat(result.problems())
        .containsExactly("from:2024-3-1 is not a date (YYYY-MM-DD): ignored");
  }

  @Test
  void misplacedOrIsIgnoredWithAProblem() {
    SearchResult doubled = index.search(SearchRequest.of("باريس OR OR حريق"));
    assertThat(ids(doubled)).containsExactlyInAnyOrder(1L, 7L);
    assertThat(doubled.problems())
        .containsExactly("OR ignored: it must stand between two words or phrases");
    SearchResult leading = index.search(SearchRequest.of("OR باريس"));
    assertThat(ids(leading)).containsExactly(1L, 7L);
    assertThat(leading.problems()).hasSize(1);
    SearchResult beforeFilter = index.search(SearchRequest.of("باريس OR source:\"" + BBC + "\""));
    assertThat(ids(beforeFilter)).containsExactly(7L);
    assertThat(beforeFilter.problems()).containsExactly("OR ignored: it cannot join source:" + BBC);
  }

  @Test
  void reversedDateRangeMatchesNothingAndSaysWhy() {
    SearchResult result = index.search(SearchRequest.of("from:2024-03-05 to:2024-03-01"));
    assertThat(result.total()).isZero();
    assertThat(result.problems())
        .containsExactly("from:2024-03-05 is after to:2024-03-01: no article can match");
  }

  @Test
  void exclusionAloneFiltersEverything() {
    assertThat(ids("-باريس")).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void badRequestArgumentsFailFast() {
    assertThatThrownBy(() -> SearchRequest.of("x").withLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> SearchRequest.of("x").withOffset(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
  }

  @Test
  void copiesFoldIntoTheirBestRankedMemberWhichNamesTheOtherSources() {
    String body = "أعلنت الوزارة عن خطة جديدة لدعم المزارعين في موسم الحصاد.";
    index.update(copy(11, JAZEERA, "2024-03-01T10:00:00Z", body));
    index.update(copy(12, SKY, "2024-03-01T11:00:00Z", body));
    index.update(copy(13, ARABIYA, "2024-03-01T12:00:00Z", body));
    index.update(article(14, BBC, "2024-03-01T09:00:00Z", "خطة المزارعين", body + " تعليق."));
    index.update(article(15, SKY, "2024-03-01T08:00:00Z", "موسم الحصاد", body + " رأي."));
    commit();
    SearchRequest byDate = SearchRequest.of("المزارعين").withOrder(SearchRequest.Order.DATE);
    SearchResult folded = index.search(byDate);
    assertThat(ids(folded)).containsExactly(13L, 14L, 15L);
    assertThat(folded.hits().get(0).alsoPublishedBy()).containsExactly(JAZEERA, SKY);
    assertThat(folded.hits().get(1).alsoPublishedBy()).isEmpty();
    assertThat(folded.total()).as("the count is of matching articles").isEqualTo(5);
    SearchResult all = index.search(byDate.withAllCopies(true));
    assertThat(ids(all)).containsExactly(13L, 12L, 11L, 14L, 15L);
    assertThat(all.hits()).allSatisfy(hit -> assertThat(hit.alsoPublishedBy()).isEmpty());
    assertThat(ids(index.search(byDate.withLimit(1).withOffset(1)))).containsExactly(14L);
    assertThat(ids(index.search(byDate.withLimit(2).withOffset(2)))).containsExactly(15L);
  }

  private static AnalyzedArticle copy(long id, String source, String at, String body) {
    return new AnalyzedArticle(
        article(id, source, at, "خطة لدعم المزارعين", body), new ArticleAnalysis(1, 0));
  }

  @Test
  void entityAndCategoryFiltersAndFacetsReadWhatEnrichmentConcluded() {
    index.update(enriched(PARIS_CONFERENCE, "internationalNews", "الأمم المتحدة", "باريس"));
    index.update(enriched(DAMASCUS_RAIN, "middleEast", "دمشق"));
    index.update(enriched(BAGHDAD_RAIN, "middleEast", "بغداد", "الأمم المتحدة"));
    index.update(enriched(GOLD_PRICE, "economy"));
    commit();
    assertThat(ids("entity:\"الامم المتحده\"")).containsExactlyInAnyOrder(1L, 3L);
    assertThat(ids("entity:بغداد entity:\"الأمم المتحدة\"")).containsExactly(3L);
    assertThat(ids("entity:\"الأمم المتحدة\" -entity:بغداد")).containsExactly(1L);
    assertThat(ids("category:middleeast")).containsExactlyInAnyOrder(2L, 3L);
    assertThat(ids("category:economy category:middleEast")).containsExactlyInAnyOrder(2L, 3L, 4L);
    assertThat(ids("category:economy OR category:middleEast"))
        .containsExactlyInAnyOrder(2L, 3L, 4L);
    assertThat(ids("category:sport")).isEmpty();
    SearchFacets facets = index.search(SearchRequest.of("")).facets();
    assertThat(facets.categories())
        .containsExactly(
            new SearchFacets.FacetCount("middleEast", 2),
            new SearchFacets.FacetCount("economy", 1),
            new SearchFacets.FacetCount("internationalNews", 1));
    assertThat(facets.entities())
        .first()
        .isEqualTo(new SearchFacets.FacetCount("الأمم المتحدة", 2));
    assertThat(facets.entities()).hasSize(4);
    SearchFacets filtered = index.search(SearchRequest.of("category:middleEast")).facets();
    assertThat(filtered.entities())
        .extracting(SearchFacets.FacetCount::value)
        .containsExactlyInAnyOrder("دمشق", "بغداد", "الأمم المتحدة");
  }

  @Test
  void matchingNamesWhichOfTheGivenArticlesTheQueryFinds() {
    assertThat(index.matching("باريس", List.of(1L, 2L, 7L, 99L))).containsExactlyInAnyOrder(1L, 7L);
    assertThat(index.matching("مطر -\"هطول مطر\"", List.of(2L, 3L))).containsExactly(3L);
    assertThat(index.matching("source:الجزيره", List.of(1L, 3L))).containsExactly(1L);
    assertThat(index.matching("باريس", List.of())).isEmpty();
    assertThat(index.matching("((\"", List.of(1L, 2L))).isNotNull();
  }

  @Test
  void similarFindsArticlesSharingDistinctiveWordsLessWhatIsExcluded() {
    SimilarQuery rain =
        new SimilarQuery(
            DAMASCUS_RAIN.title(), DAMASCUS_RAIN.body(), DAMASCUS_RAIN.id(), Set.of(), Set.of(), 5);
    List<SimilarDoc> found = index.similar(rain);
    assertThat(found).extracting(SimilarDoc::id).startsWith(BAGHDAD_RAIN.id()).doesNotContain(2L);
    assertThat(found.get(0).copiesKey()).isEqualTo(-BAGHDAD_RAIN.id());
    assertThat(found.get(0).story()).isZero();
    assertThat(
            index.similar(
                new SimilarQuery(
                    DAMASCUS_RAIN.title(),
                    DAMASCUS_RAIN.body(),
                    DAMASCUS_RAIN.id(),
                    Set.of(-BAGHDAD_RAIN.id()),
                    Set.of(),
                    5)))
        .extracting(SimilarDoc::id)
        .doesNotContain(BAGHDAD_RAIN.id());
    assertThat(
            index.similar(
                new SimilarQuery(
                    DAMASCUS_RAIN.title(), DAMASCUS_RAIN.body(), 0, Set.of(), Set.of(0L), 5)))
        .as("every fixture is in story 0")
        .isEmpty();
    assertThat(index.similar(SimilarQuery.headline("مطر في بغداد", 3)))
        .extracting(SimilarDoc::id)
        .first()
        .isEqualTo(BAGHDAD_RAIN.id());
    assertThat(index.similar(SimilarQuery.headline("  ", 3))).isEmpty();
  }

  @Test
  void documentFrequenciesNeverCountLow() {
    List<String> words = List.of("مطر", "باريس", "دمشق", "الذهب", "كبير", "في", "بطريق");
    DocumentFrequencies frequencies = index.documentFrequencies(words);
    assertThat(frequencies.documents()).isEqualTo(FixtureArticles.ALL.size());
    for (String word : words) {
      String key = ArabicNewsAnalyzer.keyTokens(word).get(0);
      long holding =
          FixtureArticles.ALL.stream()
              .filter(a -> ArabicNewsAnalyzer.keyTokens(a.title() + " " + a.body()).contains(key))
              .count();
      assertThat((long) frequencies.byWord().get(word)).as(word).isGreaterThanOrEqualTo(holding);
    }
    assertThat(frequencies.byWord().get("في"))
        .as("a stop word")
        .isEqualTo(FixtureArticles.ALL.size());
    assertThat(frequencies.byWord().get("بطريق")).isZero();
    assertThat(frequencies.byWord().get("باريس")).isEqualTo(2);
  }

  private static Map<String, Long> asMap(List<SearchFacets.FacetCount> counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    counts.forEach(c -> map.put(c.value(), c.count()));
    return map;
  }

  private static Map<String, Long> countBy(List<Article> articles, Function<Article, String> key) {
    return articles.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
