package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.model.AlertDelivery;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntityMention;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;
import org.marsad.model.SavedSearch;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.model.StorySummary;
import org.marsad.store.UpsertResult.Outcome;

/**
 * The behaviour every {@link Store} must have; each backend's test extends this class and says how
 * to open an empty store.
 */
abstract class StoreContractTest {
  static final Instant PUBLISHED = Instant.parse("2018-02-16T18:08:10Z");
  static final Instant FIRST_FETCH = Instant.parse("2026-11-28T10:00:00Z");

  Store store;

  /** A new, empty store. */
  abstract Store openEmptyStore();

  @BeforeEach
  void open() {
    store = openEmptyStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static Article article(String url, String title, String body) {
    return new Article(
        0,
        url,
        null,
        0,
        "alarabia",
        title,
        body,
        "ملخص",
        PUBLISHED,
        null,
        "العربية.نت",
        "culture",
        List.of());
  }

  static Article fromFeed(long sourceId, String guid, String url, String title) {
    return new Article(
        0,
        url,
        guid,
        sourceId,
        "bbc",
        title,
        "نص الخبر",
        null,
        PUBLISHED,
        null,
        null,
        null,
        List.of());
  }

  static Source feed(String url) {
    return new Source(0, url, null, Source.Kind.UNKNOWN, Duration.ofMinutes(10));
  }

  // ---- sources

  @Test
  void addedSourceGetsAnIdAndIsFoundByIdAndUrl() {
    Source added = store.addSource(feed("https://feeds.bbci.co.uk/arabic/rss.xml"));
    assertThat(added.id()).isPositive();
    assertThat(added.url()).isEqualTo("https://feeds.bbci.co.uk/arabic/rss.xml");
    assertThat(store.source(added.id())).contains(added);
    assertThat(store.sourceByUrl(added.url())).contains(added);
    assertThat(store.source(added.id() + 100)).isEmpty();
    assertThat(store.sourceByUrl("https://example.com/other")).isEmpty();
  }

  @Test
  void aSourceWithoutAnIntervalOfItsOwnKeepsNone() {
    Source added =
        store.addSource(new Source(0, "https://a.example/rss", null, Source.Kind.UNKNOWN, null));
    assertThat(store.source(added.id()).orElseThrow().pollInterval()).isNull();
    assertThatThrownBy(
            () ->
                store.addSource(
                    new Source(0, "https://b.example/rss", null, Source.Kind.FEED, Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("poll interval");
  }

  @Test
  void addingAFollowedUrlAgainChangesNothing() {
    Source first = store.addSource(feed("https://a.example/rss"));
    Source again =
        store.addSource(
            new Source(0, "https://a.example/rss", "other", Source.Kind.FEED, Duration.ofHours(1)));
    assertThat(again).isEqualTo(first);
    assertThat(store.sources()).containsExactly(first);
  }

  @Test
  void sourcesAreListedInTheOrderAdded() {
    Source b = store.addSource(feed("https://b.example/rss"));
    Source a = store.addSource(feed("https://a.example/rss"));
    assertThat(store.sources()).containsExactly(b, a);
  }

  @Test
  void updateSourceKeepsUrlAndChangesTheRest() {
    Source added = store.addSource(feed("https://a.example/rss"));
    Source sniffed =
        new Source(
            added.id(),
            "https://ignored.example/",
            "العربية",
            Source.Kind.FEED,
            Duration.ofMinutes(30));
    assertThat(store.updateSource(sniffed)).isTrue();
    assertThat(store.source(added.id()))
        .contains(
            new Source(
                added.id(), added.url(), "العربية", Source.Kind.FEED, Duration.ofMinutes(30)));
    assertThat(store.updateSource(sniffed.withId(added.id() + 100))).isFalse();
  }

  @Test
  void duplicateGroupingIsOnForANewSourceAndItsSwitchIsKept() {
    Source added = store.addSource(feed("https://a.example/rss"));
    assertThat(added.groupDuplicates()).isTrue();
    assertThat(store.updateSource(added.withGroupDuplicates(false))).isTrue();
    assertThat(store.source(added.id())).get().extracting(Source::groupDuplicates).isEqualTo(false);
    assertThat(store.sources()).extracting(Source::groupDuplicates).containsExactly(false);
  }

  @Test
  void invalidSourcesAreRefused() {
    assertThatThrownBy(() -> store.addSource(feed(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                store.addSource(
                    new Source(0, "https://a.example/", null, Source.Kind.FEED, Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removingASourceForgetsItsStateAndLogButKeepsItsArticles() {
    Source source = store.addSource(feed("https://a.example/rss"));
    store.putSourceState(
        new SourceState(source.id(), FIRST_FETCH, null, null, 0, null, "e1", null));
    store.appendFetchLog(ok(source.id(), FIRST_FETCH));
    long articleId = store.upsert(fromFeed(source.id(), "g1", "https://a.example/1", "خبر")).id();

    assertThat(store.removeSource(source.id())).isTrue();
    assertThat(store.removeSource(source.id())).isFalse();
    assertThat(store.source(source.id())).isEmpty();
    assertThat(store.sourceState(source.id())).isEqualTo(SourceState.initial(source.id()));
    assertThat(store.fetchLog(source.id(), 10)).isEmpty();
    assertThat(store.article(articleId)).get().extracting(Article::sourceId).isEqualTo(0L);
  }

  @Test
  void sourceStateStartsInitialAndRoundTrips() {
    Source source = store.addSource(feed("https://a.example/rss"));
    assertThat(store.sourceState(source.id())).isEqualTo(SourceState.initial(source.id()));
    SourceState failing =
        new SourceState(
            source.id(),
            FIRST_FETCH,
            FIRST_FETCH.plusSeconds(600),
            "HTTP 503 from a.example",
            3,
            FIRST_FETCH.plusSeconds(3600),
            "\"abc\"",
            "Fri, 16 Feb 2018 22:08:10 GMT");
    store.putSourceState(failing);
    assertThat(store.sourceState(source.id())).isEqualTo(failing);
    SourceState recovered =
        new SourceState(
            source.id(), FIRST_FETCH.plusSeconds(7200), null, null, 0, null, null, null);
    store.putSourceState(recovered);
    assertThat(store.sourceState(source.id())).isEqualTo(recovered);
  }

  @Test
  void stateAndLogOfAnUnknownSourceAreRefused() {
    assertThatThrownBy(() -> store.putSourceState(SourceState.initial(42)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.appendFetchLog(ok(42, FIRST_FETCH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordPollSavesStateAndLogTogetherOrNeither() {
    Source source = store.addSource(feed("https://a.example/rss"));
    SourceState polled =
        new SourceState(
            source.id(), FIRST_FETCH, null, null, 0, FIRST_FETCH.plusSeconds(400), "\"v2\"", null);
    store.recordPoll(polled, ok(source.id(), FIRST_FETCH));
    assertThat(store.sourceState(source.id())).isEqualTo(polled);
    assertThat(store.fetchLog(source.id(), 10)).containsExactly(ok(source.id(), FIRST_FETCH));

    Source other = store.addSource(feed("https://b.example/rss"));
    SourceState later =
        new SourceState(source.id(), FIRST_FETCH.plusSeconds(600), null, null, 0, null, null, null);
    assertThatThrownBy(() -> store.recordPoll(later, ok(other.id(), FIRST_FETCH)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.recordPoll(SourceState.initial(42), ok(42, FIRST_FETCH)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.sourceState(source.id())).isEqualTo(polled);
    assertThat(store.fetchLog(source.id(), 10)).hasSize(1);
    assertThat(store.fetchLog(other.id(), 10)).isEmpty();
  }

  @Test
  void fetchLogIsNewestFirstAndLimited() {
    Source source = store.addSource(feed("https://a.example/rss"));
    FetchLogEntry first = ok(source.id(), FIRST_FETCH);
    FetchLogEntry second =
        new FetchLogEntry(
            source.id(),
            FIRST_FETCH.plusSeconds(600),
            FetchLogEntry.Outcome.FAILED,
            503,
            "HTTP 503",
            0,
            0,
            0,
            0);
    FetchLogEntry third =
        new FetchLogEntry(
            source.id(),
            FIRST_FETCH.plusSeconds(1200),
            FetchLogEntry.Outcome.NOT_MODIFIED,
            304,
            null,
            0,
            0,
            0,
            0);
    store.appendFetchLog(first);
    store.appendFetchLog(second);
    store.appendFetchLog(third);
    assertThat(store.fetchLog(source.id(), 10)).containsExactly(third, second, first);
    assertThat(store.fetchLog(source.id(), 2)).containsExactly(third, second);
  }

  static FetchLogEntry ok(long sourceId, Instant at) {
    return new FetchLogEntry(sourceId, at, FetchLogEntry.Outcome.OK, 200, null, 5, 2, 10, 1);
  }

  // ---- articles: identity

  @Test
  void newArticleGetsAnIdAndReadsBackAsStored() {
    Article article = article("https://a.example/1", "عنوان", "فقرة أولى\n\nفقرة ثانية");
    UpsertResult result = store.upsert(article);
    assertThat(result.outcome()).isEqualTo(Outcome.NEW);
    assertThat(result.id()).isPositive();
    Article stored = store.article(result.id()).orElseThrow();
    assertThat(stored.fetched()).isNotNull();
    assertThat(stored)
        .isEqualTo(
            new Article(
                result.id(),
                article.url(),
                null,
                0,
                "alarabia",
                "عنوان",
                "فقرة أولى\n\nفقرة ثانية",
                "ملخص",
                PUBLISHED,
                stored.fetched(),
                "العربية.نت",
                "culture",
                List.of()));
    assertThat(store.articleByUrl(article.url())).contains(stored);
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void sameItemTwiceIsStoredOnce() {
    Article article = article("https://a.example/1", "عنوان", "نص");
    UpsertResult first = store.upsert(article);
    UpsertResult second = store.upsert(article);
    assertThat(second).isEqualTo(new UpsertResult(first.id(), Outcome.UNCHANGED));
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.revisions(first.id())).isEmpty();
  }

  @Test
  void identityIsNeverTheTitle() {
    store.upsert(article("https://a.example/1", "نفس العنوان", "نص أول"));
    store.upsert(article("https://a.example/2", "نفس العنوان", "نص ثان"));
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void retitledArticleIsUpdatedAndKeepsTheOldVersionAsRevision() {
    long id = store.upsert(article("https://a.example/1", "عنوان أول", "نص أول")).id();
    Instant firstFetch = store.article(id).orElseThrow().fetched();

    UpsertResult result = store.upsert(article("https://a.example/1", "عنوان معدل", "نص معدل"));

    assertThat(result).isEqualTo(new UpsertResult(id, Outcome.UPDATED));
    Article now = store.article(id).orElseThrow();
    assertThat(now.title()).isEqualTo("عنوان معدل");
    assertThat(now.body()).isEqualTo("نص معدل");
    assertThat(now.fetched()).isEqualTo(firstFetch);
    List<Revision> revisions = store.revisions(id);
    assertThat(revisions).hasSize(1);
    assertThat(revisions.get(0).articleId()).isEqualTo(id);
    assertThat(revisions.get(0).title()).isEqualTo("عنوان أول");
    assertThat(revisions.get(0).body()).isEqualTo("نص أول");
    assertThat(revisions.get(0).replacedAt()).isNotNull();
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void revisionsAccumulateOldestFirst() {
    long id = store.upsert(article("https://a.example/1", "١", "نص")).id();
    store.upsert(article("https://a.example/1", "٢", "نص"));
    store.upsert(article("https://a.example/1", "٣", "نص"));
    assertThat(store.revisions(id)).extracting(Revision::title).containsExactly("١", "٢");
    assertThat(store.revisions(id + 1000)).isEmpty();
  }

  @Test
  void fillingAnEmptyBodyLeavesNoRevision() {
    long id = store.upsert(article("https://a.example/1", "عنوان", null)).id();
    assertThat(store.article(id).orElseThrow().body()).isEmpty();
    assertThat(store.upsert(article("https://a.example/1", "عنوان", "النص الكامل")).outcome())
        .isEqualTo(Outcome.UPDATED);
    assertThat(store.article(id).orElseThrow().body()).isEqualTo("النص الكامل");
    assertThat(store.revisions(id)).isEmpty();
  }

  @Test
  void otherFieldChangesUpdateWithoutRevision() {
    long id = store.upsert(article("https://a.example/1", "عنوان", "نص")).id();
    Article recategorized =
        new Article(
            0,
            "https://a.example/1",
            null,
            0,
            "alarabia",
            "عنوان",
            "نص",
            "ملخص",
            PUBLISHED,
            null,
            "العربية.نت",
            "sport",
            List.of("كرة"));
    assertThat(store.upsert(recategorized).outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(store.article(id).orElseThrow().category()).isEqualTo("sport");
    assertThat(store.article(id).orElseThrow().tags()).containsExactly("كرة");
    assertThat(store.revisions(id)).isEmpty();
  }

  @Test
  void missingFieldsKeepWhatIsStored() {
    long id = store.upsert(article("https://a.example/1", "عنوان", "نص")).id();
    Article sparse =
        new Article(
            0, "https://a.example/1", null, 0, null, null, " ", null, null, null, null, null, null);
    assertThat(store.upsert(sparse)).isEqualTo(new UpsertResult(id, Outcome.UNCHANGED));
    assertThat(store.article(id).orElseThrow().title()).isEqualTo("عنوان");
  }

  @Test
  void guidFromTheSameSourceIsTheSameArticleEvenAtANewUrl() {
    long source = store.addSource(feed("https://a.example/rss")).id();
    long id = store.upsert(fromFeed(source, "urn:item:1", "https://a.example/old-slug", "أ")).id();
    UpsertResult moved =
        store.upsert(fromFeed(source, "urn:item:1", "https://a.example/new-slug", "أ"));
    assertThat(moved).isEqualTo(new UpsertResult(id, Outcome.UPDATED));
    assertThat(store.article(id).orElseThrow().url()).isEqualTo("https://a.example/new-slug");
    assertThat(store.articleByUrl("https://a.example/old-slug")).isEmpty();
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void sameGuidFromAnotherSourceIsAnotherArticle() {
    long a = store.addSource(feed("https://a.example/rss")).id();
    long b = store.addSource(feed("https://b.example/rss")).id();
    store.upsert(fromFeed(a, "123", "https://a.example/123", "أ"));
    assertThat(store.upsert(fromFeed(b, "123", "https://b.example/123", "ب")).outcome())
        .isEqualTo(Outcome.NEW);
    assertThat(store.articleCount()).isEqualTo(2);
    assertThat(store.articleByGuid(b, "123")).get().extracting(Article::title).isEqualTo("ب");
    assertThat(store.articleByGuid(a, "124")).isEmpty();
  }

  @Test
  void guidMatchKeepsItsUrlWhenTheNewUrlBelongsToAnotherArticle() {
    long source = store.addSource(feed("https://a.example/rss")).id();
    long first = store.upsert(fromFeed(source, "g1", "https://a.example/1", "أ")).id();
    long second = store.upsert(fromFeed(source, "g2", "https://a.example/2", "ب")).id();
    store.upsert(fromFeed(source, "g1", "https://a.example/2", "أ معدل"));
    assertThat(store.article(first).orElseThrow().url()).isEqualTo("https://a.example/1");
    assertThat(store.article(first).orElseThrow().title()).isEqualTo("أ معدل");
    assertThat(store.article(second).orElseThrow().title()).isEqualTo("ب");
  }

  @Test
  void urlMatchFillsAMissingGuid() {
    long source = store.addSource(feed("https://a.example/rss")).id();
    long id = store.upsert(fromFeed(source, null, "https://a.example/1", "أ")).id();
    assertThat(store.upsert(fromFeed(source, "g1", "https://a.example/1", "أ")).id()).isEqualTo(id);
    assertThat(store.article(id).orElseThrow().guid()).isEqualTo("g1");
    assertThat(store.upsert(fromFeed(source, "g1", "https://a.example/1?x", "أ")).id())
        .isEqualTo(id);
  }

  @Test
  void urlsAndGuidsWithCommasSpacesAndQuotesAreTheirOwnIdentity() {
    long source = store.addSource(feed("https://a.example/rss?a=1,2")).id();
    String url = "https://a.example/a,b c\"d\\e:f";
    long id = store.upsert(fromFeed(source, "g,1 \"x\"", url, "أ")).id();
    long other = store.upsert(article("https://a.example/a", "ب", "نص")).id();
    assertThat(other).isNotEqualTo(id);
    assertThat(store.upsert(fromFeed(source, "g,1 \"x\"", url, "أ")))
        .isEqualTo(new UpsertResult(id, Outcome.UNCHANGED));
    assertThat(store.articleByUrl(url)).get().extracting(Article::id).isEqualTo(id);
    assertThat(store.articleByGuid(source, "g,1 \"x\""))
        .get()
        .extracting(Article::id)
        .isEqualTo(id);
    assertThat(store.articleByGuid(source, "g")).isEmpty();
    assertThat(store.sourceByUrl("https://a.example/rss?a=1,2"))
        .get()
        .extracting(Source::id)
        .isEqualTo(source);
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void unicodeRoundTrips() {
    String title = "«عاجل»: مُحَمَّد ـ إِنْ شاءَ الله \u200F😀 \u0627\u0655 ﷺ";
    String body = "سطر أول\n\nسطر ثانٍ مع تطويـــل و\u200Cفاصل\tو\"اقتباس\" و'فاصلة' \\";
    Article article =
        new Article(
            0,
            "https://example.com/%D8%A7",
            null,
            0,
            "سكاي نيوز",
            title,
            body,
            "ملخّص",
            null,
            null,
            "كاتب",
            "اقتصاد",
            List.of("مصر", "السعودية", "😀"));
    long id = store.upsert(article).id();
    Article stored = store.article(id).orElseThrow();
    assertThat(stored.title()).isEqualTo(title);
    assertThat(stored.body()).isEqualTo(body);
    assertThat(stored.source()).isEqualTo("سكاي نيوز");
    assertThat(stored.tags()).containsExactly("مصر", "السعودية", "😀");
    assertThat(store.upsert(article).outcome()).isEqualTo(Outcome.UNCHANGED);
  }

  @Test
  void instantsAreKeptToTheMillisecond() {
    Instant fine = Instant.parse("2018-02-16T18:08:10.123456789Z");
    Article article =
        new Article(
            0,
            "https://a.example/1",
            null,
            0,
            null,
            "أ",
            "نص",
            null,
            fine,
            Instant.parse("2026-01-01T00:00:00.987654321Z"),
            null,
            null,
            null);
    long id = store.upsert(article).id();
    Article stored = store.article(id).orElseThrow();
    assertThat(stored.published()).isEqualTo(Instant.parse("2018-02-16T18:08:10.123Z"));
    assertThat(stored.fetched()).isEqualTo(Instant.parse("2026-01-01T00:00:00.987Z"));
    assertThat(store.upsert(article).outcome()).isEqualTo(Outcome.UNCHANGED);
  }

  @Test
  void articleWithoutUrlIsRefused() {
    assertThatThrownBy(() -> store.upsert(article(null, "أ", "نص")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.upsert(article("", "أ", "نص")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- articles: batches and paging

  @Test
  void batchUpsertStoresRepeatsOnceInOrder() {
    List<UpsertResult> results =
        store.upsertAll(
            List.of(
                article("https://a.example/1", "أ", "نص"),
                article("https://a.example/2", "ب", "نص"),
                article("https://a.example/1", "أ", "نص"),
                article("https://a.example/1", "أ معدل", "نص")));
    assertThat(results)
        .extracting(UpsertResult::outcome)
        .containsExactly(Outcome.NEW, Outcome.NEW, Outcome.UNCHANGED, Outcome.UPDATED);
    assertThat(results.get(2).id()).isEqualTo(results.get(0).id());
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void batchIsAllOrNothing() {
    store.upsert(article("https://a.example/0", "٠", "نص"));
    List<Article> batch =
        List.of(
            article("https://a.example/1", "أ", "نص"),
            fromFeed(999, "g", "https://a.example/2", "from a source that does not exist"));
    assertThatThrownBy(() -> store.upsertAll(batch)).isInstanceOf(RuntimeException.class);
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.articleByUrl("https://a.example/1")).isEmpty();
    assertThat(store.upsert(article("https://a.example/1", "أ", "نص")).outcome())
        .isEqualTo(Outcome.NEW);
  }

  @Test
  void articlesAfterPagesInIdOrder() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ids.add(store.upsert(article("https://a.example/" + i, "خبر " + i, "نص")).id());
    }
    assertThat(store.articlesAfter(0, 3))
        .extracting(Article::id)
        .containsExactlyElementsOf(ids.subList(0, 3));
    assertThat(store.articlesAfter(ids.get(2), 3))
        .extracting(Article::id)
        .containsExactlyElementsOf(ids.subList(3, 6));
    assertThat(store.articlesAfter(ids.get(6), 3)).isEmpty();
  }

  @Test
  void forEachArticleBatchVisitsEveryArticleOnceInIdOrder() {
    for (int i = 0; i < 10; i++) {
      store.upsert(article("https://a.example/" + i, "خبر " + i, "نص"));
    }
    List<Integer> sizes = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    store.forEachArticleBatch(
        4,
        batch -> {
          sizes.add(batch.size());
          batch.forEach(a -> seen.add(a.id()));
        });
    assertThat(sizes).containsExactly(4, 4, 2);
    assertThat(seen).hasSize(10).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void changesSinceIncludesUpdatesOfOldArticles() {
    long first = store.upsert(article("https://a.example/1", "أ", "نص")).id();
    long second = store.upsert(article("https://a.example/2", "ب", "نص")).id();
    ArticleChanges all = store.changesSince(0, 10);
    assertThat(all.articles()).extracting(Article::id).containsExactly(first, second);

    store.upsert(article("https://a.example/1", "أ معدل", "نص"));
    store.upsert(article("https://a.example/2", "ب", "نص"));
    ArticleChanges later = store.changesSince(all.cursor(), 10);
    assertThat(later.articles()).extracting(Article::title).containsExactly("أ معدل");
    assertThat(store.changesSince(later.cursor(), 10))
        .isEqualTo(new ArticleChanges(List.of(), later.cursor()));
    assertThat(store.changesSince(0, 10).articles())
        .extracting(Article::id)
        .containsExactly(second, first);
  }

  @Test
  void badLimitsAreRefused() {
    assertThatThrownBy(() -> store.articlesAfter(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.forEachArticleBatch(0, b -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closedStoreRefusesWork() {
    store.close();
    assertThatThrownBy(() -> store.articleCount()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.upsert(article("https://a.example/1", "أ", "نص")))
        .isInstanceOf(IllegalStateException.class);
    store.close();
  }

  @Test
  void analysesAreRecordedApartFromArticleChangesAndRefusedForUnknownArticles() {
    Article stored =
        store.upsert(article("https://a.example/1", "عنوان", "نص")).id() > 0
            ? store.articleByUrl("https://a.example/1").orElseThrow()
            : null;
    long cursor = store.changesSince(0, 10).cursor();
    assertThat(store.analyses(List.of(stored.id()))).isEmpty();

    store.putAnalyses(List.of(new AnalyzedArticle(stored, new ArticleAnalysis(7, 9))));
    store.putAnalyses(List.of(new AnalyzedArticle(stored, new ArticleAnalysis(7, 11))));

    assertThat(store.analyses(List.of(stored.id(), 12345L)))
        .containsExactly(java.util.Map.entry(stored.id(), new ArticleAnalysis(7, 11)));
    assertThat(store.changesSince(cursor, 10).articles())
        .as("an analysis is not a change of the article")
        .isEmpty();
    assertThatThrownBy(
            () ->
                store.putAnalyses(
                    List.of(
                        new AnalyzedArticle(stored, new ArticleAnalysis(1, 1)),
                        new AnalyzedArticle(stored.withId(999), new ArticleAnalysis(1, 1)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.analyses(List.of(stored.id())))
        .as("all or nothing")
        .containsEntry(stored.id(), new ArticleAnalysis(7, 11));
  }

  private Article storedFrom(String source, String url, String title, String published) {
    Article a =
        new Article(
            0,
            url,
            null,
            0,
            source,
            title,
            "نص",
            null,
            Instant.parse(published),
            null,
            null,
            null,
            List.of());
    return a.withId(store.upsert(a).id());
  }

  @Test
  void storiesAndDuplicateGroupsAreReadFromTheAnalyses() {
    Article first = storedFrom("سكاي", "https://a.example/1", "أول", "2024-03-01T10:00:00Z");
    Article copy = storedFrom("العربية", "https://b.example/1", "نسخة", "2024-03-01T11:00:00Z");
    Article follow = storedFrom("سكاي", "https://a.example/2", "متابعة", "2024-03-02T09:00:00Z");
    Article other = storedFrom("بي بي سي", "https://c.example/9", "آخر", "2024-03-03T09:00:00Z");
    long story = first.id();
    store.putAnalyses(
        List.of(
            new AnalyzedArticle(follow, new ArticleAnalysis(follow.id(), story)),
            new AnalyzedArticle(copy, new ArticleAnalysis(first.id(), story)),
            new AnalyzedArticle(first, new ArticleAnalysis(first.id(), story)),
            new AnalyzedArticle(other, new ArticleAnalysis(other.id(), other.id()))));

    assertThat(store.stories(Instant.parse("2024-01-01T00:00:00Z"), 10))
        .containsExactly(
            new StorySummary(
                story,
                "أول",
                3,
                List.of("العربية", "سكاي"),
                Instant.parse("2024-03-01T10:00:00Z"),
                Instant.parse("2024-03-02T09:00:00Z")),
            new StorySummary(
                other.id(),
                "آخر",
                1,
                List.of("بي بي سي"),
                Instant.parse("2024-03-03T09:00:00Z"),
                Instant.parse("2024-03-03T09:00:00Z")));
    assertThat(store.stories(Instant.parse("2024-03-02T12:00:00Z"), 10))
        .extracting(StorySummary::id)
        .as("only stories seen since")
        .containsExactly(other.id());
    assertThat(store.story(story)).get().extracting(StorySummary::articles).isEqualTo(3);
    assertThat(store.story(424242)).isEmpty();
    assertThat(store.storyArticles(story, 10))
        .as("the timeline, oldest first")
        .containsExactly(first.id(), copy.id(), follow.id());
    assertThat(store.duplicateGroup(first.id(), 10)).containsExactly(first.id(), copy.id());
    assertThat(store.duplicateGroup(0, 10)).isEmpty();
  }

  // ---- entities

  /** An article's entity named once per spelling, at made-up offsets. */
  static ArticleEntity named(String canonical, EntityType type, String... spellings) {
    List<String> variants = spellings.length == 0 ? List.of(canonical) : List.of(spellings);
    List<EntityMention> mentions = new ArrayList<>();
    int at = 0;
    for (String v : variants) {
      mentions.add(new EntityMention(v, type, at, at + v.length()));
      at += v.length() + 10;
    }
    return new ArticleEntity(0, canonical, type, variants, mentions);
  }

  private Article enriched(String url, String published, ArticleEntity... entities) {
    Article a = storedFrom("سكاي", url, "عنوان " + url, published);
    store.putAnalyses(List.of(new AnalyzedArticle(a, analysisNaming(a.id(), entities))));
    return a;
  }

  private static ArticleAnalysis analysisNaming(long story, ArticleEntity... entities) {
    return new ArticleAnalysis(
        0, story, new Enrichment(List.of(entities), List.of(), List.of(), List.of(), null));
  }

  private List<Long> idsOf(Article a) {
    return store.analyses(List.of(a.id())).get(a.id()).enrichment().entities().stream()
        .map(ArticleEntity::id)
        .toList();
  }

  @Test
  void aFullEnrichmentRoundTripsWithStoredEntityIds() {
    Article a =
        storedFrom("سكاي", "https://a.example/1", "غوتيريش في الرياض", "2024-03-01T10:00:00Z");
    ArticleEntity guterres =
        new ArticleEntity(
            0,
            "أنطونيو غوتيريش",
            EntityType.PERSON,
            List.of("غوتيريش", "أنطونيو غوتيريش"),
            List.of(
                new EntityMention("غوتيريش", EntityType.PERSON, 0, 7),
                new EntityMention("أنطونيو غوتيريش", EntityType.PERSON, 40, 55),
                new EntityMention("وغوتيريش", EntityType.PERSON, 80, 88)));
    ArticleEntity riyadh = named("الرياض", EntityType.LOCATION);
    Enrichment enrichment =
        new Enrichment(
            List.of(guterres, riyadh),
            List.of("وقف إطلاق النار", "مجلس الأمن"),
            List.of("أنطونيو غوتيريش", "الرياض", "وقف إطلاق النار"),
            List.of("كورونا"),
            new Category("internationalNews", 0.875));
    store.putAnalyses(List.of(new AnalyzedArticle(a, new ArticleAnalysis(a.id(), 42, enrichment))));

    ArticleAnalysis back = store.analyses(List.of(a.id())).get(a.id());
    List<ArticleEntity> entities = back.enrichment().entities();
    assertThat(entities).extracting(ArticleEntity::id).doesNotContain(0L).doesNotHaveDuplicates();
    assertThat(back)
        .isEqualTo(
            new ArticleAnalysis(
                a.id(),
                42,
                new Enrichment(
                    List.of(
                        guterres.withId(entities.get(0).id()), riyadh.withId(entities.get(1).id())),
                    enrichment.keywords(),
                    enrichment.tags(),
                    enrichment.genericPageTags(),
                    enrichment.category())));
    EntitySummary stored = store.entity(entities.get(0).id()).orElseThrow();
    assertThat(stored.canonical()).isEqualTo("أنطونيو غوتيريش");
    assertThat(stored.type()).isEqualTo(EntityType.PERSON);
    assertThat(stored.variants()).containsExactly("أنطونيو غوتيريش", "غوتيريش");
    assertThat(stored.articles()).isEqualTo(1);
    assertThat(stored.mentions()).isEqualTo(3);
    assertThat(store.entity(987654)).isEmpty();
  }

  @Test
  void articlesShareAnEntityByAnySpellingOfItsWholeNameButNotAcrossTypes() {
    long un =
        idsOf(
                enriched(
                    "https://a.example/1",
                    "2024-03-01T10:00:00Z",
                    named("الأمم المتحدة", EntityType.ORGANIZATION)))
            .get(0);
    assertThat(
            idsOf(
                enriched(
                    "https://a.example/2",
                    "2024-03-01T11:00:00Z",
                    named("الامم المتحده", EntityType.ORGANIZATION, "للأمم المتحدة"))))
        .containsExactly(un);
    assertThat(
            idsOf(
                enriched(
                    "https://a.example/3",
                    "2024-03-01T12:00:00Z",
                    named("أمم متحدة", EntityType.ORGANIZATION))))
        .containsExactly(un);
    assertThat(
            idsOf(
                enriched(
                    "https://a.example/4",
                    "2024-03-01T12:00:00Z",
                    named("الأمم المتحدة", EntityType.LOCATION))))
        .doesNotContain(un);
    assertThat(store.entity(un).orElseThrow().articles()).isEqualTo(3);
    assertThat(store.entity(un).orElseThrow().canonical())
        .as("the first article's spelling")
        .isEqualTo("الأمم المتحدة");
  }

  @Test
  void aShortFormJoinsTheOnePersonItCanNameAndStaysApartWhenTwoFit() {
    long guterres =
        idsOf(
                enriched(
                    "https://a.example/1",
                    "2024-03-01T10:00:00Z",
                    named("أنطونيو غوتيريش", EntityType.PERSON)))
            .get(0);
    assertThat(
            idsOf(
                enriched(
                    "https://a.example/2",
                    "2024-03-01T11:00:00Z",
                    named("غوتيريش", EntityType.PERSON))))
        .containsExactly(guterres);

    long joe =
        idsOf(
                enriched(
                    "https://a.example/3",
                    "2024-03-02T10:00:00Z",
                    named("جو بايدن", EntityType.PERSON)))
            .get(0);
    long hunter =
        idsOf(
                enriched(
                    "https://a.example/4",
                    "2024-03-02T11:00:00Z",
                    named("هانتر بايدن", EntityType.PERSON)))
            .get(0);
    assertThat(hunter).isNotEqualTo(joe);
    long biden =
        idsOf(
                enriched(
                    "https://a.example/5",
                    "2024-03-02T12:00:00Z",
                    named("بايدن", EntityType.PERSON)))
            .get(0);
    assertThat(biden).as("'بايدن' could be either").isNotIn(joe, hunter);
    assertThat(
            idsOf(
                enriched(
                    "https://a.example/6",
                    "2024-03-02T13:00:00Z",
                    named("بايدن", EntityType.PERSON))))
        .as("and is the same short-form entity next time")
        .containsExactly(biden);
    assertThat(
            idsOf(
                enriched(
                    "https://a.example/7",
                    "2024-03-02T14:00:00Z",
                    named("غوتيريش", EntityType.ORGANIZATION))))
        .as("parts join people only")
        .doesNotContain(guterres);
    assertThat(store.entity(guterres).orElseThrow().variants())
        .containsExactly("أنطونيو غوتيريش", "غوتيريش");
  }

  @Test
  void reputtingAnArticleReplacesItsMentionsWithoutCountingTwice() {
    Article a =
        enriched(
            "https://a.example/1",
            "2024-03-01T10:00:00Z",
            named("قطر", EntityType.LOCATION, "قطر", "وقطر"));
    long qatar = idsOf(a).get(0);
    store.putAnalyses(
        List.of(
            new AnalyzedArticle(
                a, analysisNaming(a.id(), named("قطر", EntityType.LOCATION, "قطر", "وقطر")))));
    assertThat(store.entity(qatar).orElseThrow())
        .extracting(EntitySummary::articles, EntitySummary::mentions)
        .containsExactly(1, 2);
    store.putAnalyses(
        List.of(
            new AnalyzedArticle(
                a,
                analysisNaming(
                    a.id(), named("قطر", EntityType.LOCATION, "قطر", "قطر", "القطرية")))));
    assertThat(store.entity(qatar).orElseThrow())
        .extracting(EntitySummary::articles, EntitySummary::mentions)
        .containsExactly(1, 3);

    store.putAnalyses(
        List.of(new AnalyzedArticle(a, analysisNaming(a.id(), named("مصر", EntityType.LOCATION)))));
    assertThat(store.entity(qatar).orElseThrow().articles()).isZero();
    assertThat(store.entities("", null, 10))
        .extracting(EntitySummary::canonical)
        .containsExactly("مصر");
    assertThat(store.entityArticles(qatar, 10)).isEmpty();
  }

  @Test
  void entitiesAreFoundByAnySpellingMostNamedFirstWithTheirDaysStoriesArticlesAndCompany() {
    ArticleEntity guterres =
        named("أنطونيو غوتيريش", EntityType.PERSON, "أنطونيو غوتيريش", "غوتيريش");
    ArticleEntity un = named("الأمم المتحدة", EntityType.ORGANIZATION);
    ArticleEntity gaza = named("غزة", EntityType.LOCATION);
    Article a1 = storedFrom("سكاي", "https://a.example/1", "أول", "2024-03-01T10:00:00Z");
    Article a2 = storedFrom("العربية", "https://b.example/1", "ثان", "2024-03-01T18:00:00Z");
    Article a3 = storedFrom("سكاي", "https://a.example/2", "ثالث", "2024-03-03T09:00:00Z");
    store.putAnalyses(
        List.of(
            new AnalyzedArticle(a1, analysisNaming(a1.id(), guterres, un, gaza)),
            new AnalyzedArticle(a2, analysisNaming(a1.id(), guterres, gaza)),
            new AnalyzedArticle(
                a3, analysisNaming(a3.id(), named("غوتيريش", EntityType.PERSON), un))));
    long id = idsOf(a1).get(0);

    assertThat(store.entities("غوتيريش", null, 10))
        .extracting(EntitySummary::id)
        .containsExactly(id);
    assertThat(store.entities("انطونيو", EntityType.PERSON, 10))
        .extracting(EntitySummary::id)
        .containsExactly(id);
    assertThat(store.entities("غوتيريش", EntityType.LOCATION, 10)).isEmpty();
    assertThat(store.entities("", null, 10))
        .extracting(EntitySummary::canonical)
        .containsExactly("أنطونيو غوتيريش", "الأمم المتحدة", "غزة");
    assertThat(store.entities("", null, 1)).hasSize(1);
    assertThat(store.entities("100%_", null, 10)).as("LIKE wildcards are literal").isEmpty();
    assertThat(store.entity(id).orElseThrow())
        .extracting(EntitySummary::articles, EntitySummary::mentions)
        .containsExactly(3, 5);

    assertThat(store.entityMentionsByDay(id))
        .containsExactly(
            new EntityDay(java.time.LocalDate.parse("2024-03-01"), 2, 4),
            new EntityDay(java.time.LocalDate.parse("2024-03-03"), 1, 1));
    assertThat(store.entityArticles(id, 10)).containsExactly(a3.id(), a2.id(), a1.id());
    assertThat(store.entityArticles(id, 1)).containsExactly(a3.id());
    assertThat(store.entityStories(id, 10))
        .extracting(StorySummary::id)
        .containsExactly(a3.id(), a1.id());
    assertThat(store.entityStories(idsOf(a1).get(2), 10))
        .extracting(StorySummary::id, StorySummary::articles)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(a1.id(), 2));
    assertThat(store.coOccurringEntities(id, 10))
        .extracting(c -> c.entity().canonical(), EntityCoOccurrence::sharedArticles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("الأمم المتحدة", 2),
            org.assertj.core.groups.Tuple.tuple("غزة", 2));
    assertThat(store.coOccurringEntities(987654, 10)).isEmpty();
    assertThatThrownBy(() -> store.entities("", null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRefusedPutLeavesNoEntityBehindAndTheNextPutStoresIt() {
    Article a = storedFrom("سكاي", "https://a.example/1", "أول", "2024-03-01T10:00:00Z");
    assertThatThrownBy(
            () ->
                store.putAnalyses(
                    List.of(
                        new AnalyzedArticle(
                            a, analysisNaming(a.id(), named("الدوحة", EntityType.LOCATION))),
                        new AnalyzedArticle(
                            a.withId(999),
                            analysisNaming(1, named("الدوحة", EntityType.LOCATION))))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.entities("الدوحة", null, 5)).isEmpty();

    store.putAnalyses(
        List.of(
            new AnalyzedArticle(a, analysisNaming(a.id(), named("الدوحة", EntityType.LOCATION)))));
    long id = idsOf(a).get(0);
    assertThat(store.entity(id)).get().extracting(EntitySummary::articles).isEqualTo(1);
  }

  @Test
  void aNameOf10000LettersIsStoredCutAndAThousandEntitiesInOneArticleAreAllStored() {
    String runaway = "ب".repeat(10_000);
    Article a =
        enriched("https://a.example/1", "2024-03-01T10:00:00Z", named(runaway, EntityType.PERSON));
    ArticleEntity back = store.analyses(List.of(a.id())).get(a.id()).enrichment().entities().get(0);
    EntitySummary stored = store.entity(back.id()).orElseThrow();
    assertThat(stored.canonical())
        .isEqualTo("ب".repeat(org.marsad.enrich.EntitySpelling.MAX_CHARS));
    assertThat(back.mentions().get(0).end()).as("offsets kept").isEqualTo(10_000);

    ArticleEntity[] many = new ArticleEntity[1_000];
    for (int i = 0; i < many.length; i++) {
      many[i] = named("شخص رقم " + i, EntityType.PERSON);
    }
    Article b = enriched("https://a.example/2", "2024-03-01T11:00:00Z", many);
    assertThat(idsOf(b)).hasSize(1_000).doesNotHaveDuplicates();
    assertThat(store.entities("شخص", EntityType.PERSON, 2_000)).hasSize(1_000);
    org.marsad.testing.Reliability.record(
        "bad-input",
        getClass().getSimpleName()
            + ".aNameOf10000LettersIsStoredCutAndAThousandEntitiesInOneArticleAreAllStored",
        "1 name of 10,000 letters, 1 article with 1,000 entities",
        "names stored cut to "
            + org.marsad.enrich.EntitySpelling.MAX_CHARS
            + " chars; every entity stored once",
        "canonical " + stored.canonical().length() + " chars; " + idsOf(b).size() + " entity ids");
  }

  // ---- saved searches and alerts

  static SavedSearch saved(String name, String query, String webhook) {
    return new SavedSearch(0, name, query, webhook, FIRST_FETCH, 0);
  }

  @Test
  void savedSearchGetsAnIdAndIsListedInTheOrderAdded() {
    SavedSearch first = store.addSavedSearch(saved("غزة", "غزة", "https://hooks.example/a"));
    SavedSearch second = store.addSavedSearch(saved("نفط", "نفط OR بترول", null));
    assertThat(first.id()).isPositive();
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(store.savedSearch(first.id())).contains(first);
    assertThat(first.webhookUrl()).isEqualTo("https://hooks.example/a");
    assertThat(second.hasWebhook()).isFalse();
    assertThat(store.savedSearches()).containsExactly(first, second);
    assertThatThrownBy(() -> store.addSavedSearch(saved(" ", "غزة", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void matchesBecomePendingDeliveriesOnceAndMoveTheCursor() {
    long a = store.upsert(article("https://a.example/1", "غزة اليوم", "نص")).id();
    long b = store.upsert(article("https://a.example/2", "غزة غدا", "نص")).id();
    SavedSearch search = store.addSavedSearch(saved("غزة", "غزة", "https://hooks.example/a"));

    assertThat(store.recordAlertMatches(search.id(), List.of(a, b), 7)).isEqualTo(2);
    assertThat(store.recordAlertMatches(search.id(), List.of(a), 9))
        .as("a pair already recorded is not recorded again")
        .isZero();
    assertThat(store.savedSearch(search.id()).orElseThrow().checkedCursor()).isEqualTo(9);
    store.recordAlertMatches(search.id(), List.of(), 3);
    assertThat(store.savedSearch(search.id()).orElseThrow().checkedCursor())
        .as("the cursor never goes back")
        .isEqualTo(9);
    assertThat(store.dueDeliveries(Instant.now().plusSeconds(1), 10))
        .extracting(AlertDelivery::articleId)
        .containsExactlyInAnyOrder(a, b);
  }

  @Test
  void aSearchWithoutWebhookRecordsNoDeliveryButMovesItsCursor() {
    long a = store.upsert(article("https://a.example/1", "غزة", "نص")).id();
    SavedSearch search = store.addSavedSearch(saved("غزة", "غزة", null));
    assertThat(store.recordAlertMatches(search.id(), List.of(a), 4)).isZero();
    assertThat(store.deliveries(search.id(), 10)).isEmpty();
    assertThat(store.savedSearch(search.id()).orElseThrow().checkedCursor()).isEqualTo(4);
  }

  @Test
  void matchesOfAnUnknownSearchOrArticleAreRefusedWhole() {
    long a = store.upsert(article("https://a.example/1", "غزة", "نص")).id();
    SavedSearch search = store.addSavedSearch(saved("غزة", "غزة", "https://hooks.example/a"));
    assertThatThrownBy(() -> store.recordAlertMatches(search.id() + 1, List.of(a), 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.recordAlertMatches(search.id(), List.of(a, a + 100), 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.deliveries(search.id(), 10)).as("all or nothing").isEmpty();
    assertThat(store.savedSearch(search.id()).orElseThrow().checkedCursor()).isZero();
  }

  @Test
  void attemptsAreLoggedAndADeliveredOneIsNeverReopened() {
    long a = store.upsert(article("https://a.example/1", "غزة", "نص")).id();
    SavedSearch search = store.addSavedSearch(saved("غزة", "غزة", "https://hooks.example/a"));
    store.recordAlertMatches(search.id(), List.of(a), 1);
    AlertDelivery due = store.dueDeliveries(Instant.now().plusSeconds(1), 10).get(0);
    Instant first = Instant.parse("2026-11-30T10:00:00Z");
    Instant later = first.plusSeconds(3600);

    assertThat(
            store.recordDeliveryAttempt(
                due.id(),
                new AlertDelivery.Attempt(first, 500, "HTTP 500"),
                AlertDelivery.Status.PENDING,
                later))
        .isTrue();
    assertThat(store.dueDeliveries(first.plusSeconds(1), 10))
        .as("not due before its next attempt")
        .isEmpty();
    assertThat(store.dueDeliveries(later, 10)).hasSize(1);
    assertThat(
            store.recordDeliveryAttempt(
                due.id(),
                new AlertDelivery.Attempt(later, 204, null),
                AlertDelivery.Status.DELIVERED,
                null))
        .isTrue();
    assertThat(
            store.recordDeliveryAttempt(
                due.id(),
                new AlertDelivery.Attempt(later, 204, null),
                AlertDelivery.Status.PENDING,
                later))
        .as("a delivered row is never reopened")
        .isFalse();

    AlertDelivery logged = store.deliveries(search.id(), 10).get(0);
    assertThat(logged.status()).isEqualTo(AlertDelivery.Status.DELIVERED);
    assertThat(logged.nextAttempt()).isNull();
    assertThat(logged.attempts())
        .containsExactly(
            new AlertDelivery.Attempt(first, 500, "HTTP 500"),
            new AlertDelivery.Attempt(later, 204, null));
    assertThat(store.dueDeliveries(later.plusSeconds(86_400), 10)).isEmpty();
  }

  @Test
  void removingASavedSearchForgetsItsDeliveries() {
    long a = store.upsert(article("https://a.example/1", "غزة", "نص")).id();
    SavedSearch search = store.addSavedSearch(saved("غزة", "غزة", "https://hooks.example/a"));
    store.recordAlertMatches(search.id(), List.of(a), 1);
    assertThat(store.removeSavedSearch(search.id())).isTrue();
    assertThat(store.removeSavedSearch(search.id())).isFalse();
    assertThat(store.savedSearch(search.id())).isEmpty();
    assertThat(store.deliveries(search.id(), 10)).isEmpty();
    assertThat(store.dueDeliveries(Instant.now().plusSeconds(1), 10)).isEmpty();
    assertThat(store.article(a)).as("the articles stay").isPresent();
  }
}
