package org.marsad.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.marsad.dedup.CanonicalCopy;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntitySummary;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.model.StorySummary;
import org.marsad.pipeline.Engine;
import org.marsad.pipeline.RelatedArticles;
import org.marsad.pipeline.RelatedHit;
import org.marsad.search.SearchFacets;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.store.Store;

/**
 * Builds the {@link PageModel}s of the reader's pages from the engine: the same store, search and
 * related-articles calls as the JSON API, turned into display text (Arabic dates, relative times,
 * decoded URLs, the page's digits).
 */
final class PageViews {
  /** Stories per home page, hits per search page. */
  static final int PAGE_SIZE = 20;

  /** Stories the home page ranks and filters, at most (the store orders them). */
  static final int HOME_STORIES = 500;

  /** The home page shows the last week's stories, or the latest ones when none is that recent. */
  static final Duration HOME_WINDOW = Duration.ofDays(7);

  /**
   * A story is breaking when at least {@value #BREAKING_SOURCES} sources carried it within {@link
   * #BREAKING_WINDOW} of now, counted from its first article: its coverage grew that fast and it is
   * that fresh.
   */
  static final int BREAKING_SOURCES = 3;

  static final Duration BREAKING_WINDOW = Duration.ofHours(2);

  /** Articles matching a category filter looked at to find their stories, at most. */
  static final int CATEGORY_ARTICLES = 1000;

  static final int RELATED = 6;
  static final int LIST_ITEMS = 20;

  private final Engine engine;
  private final ZoneId zone;

  PageViews(Engine engine, ZoneId zone) {
    this.engine = engine;
    this.zone = zone;
  }

  private Store store() {
    return engine.store();
  }

  // ---- home

  PageModel.Home home(String category, String source, int page, boolean arabic, Instant now) {
    List<StorySummary> stories = store().stories(now.minus(HOME_WINDOW), HOME_STORIES);
    if (stories.isEmpty()) {
      stories = store().stories(Instant.EPOCH, HOME_STORIES);
    }
    List<PageModel.Link> sourceLinks = sourceFilters(stories, source, category);
    if (!source.isEmpty()) {
      stories = stories.stream().filter(s -> s.sources().contains(source)).toList();
    }
    List<PageModel.Link> categoryLinks = categoryFilters(category, source);
    if (!category.isEmpty()) {
      Set<Long> inCategory = storiesInCategory(category);
      stories = stories.stream().filter(s -> inCategory.contains(s.id())).toList();
    }
    int from = Math.min(stories.size(), page * PAGE_SIZE);
    int to = Math.min(stories.size(), from + PAGE_SIZE);
    List<PageModel.StoryItem> items = new ArrayList<>();
    for (StorySummary story : stories.subList(from, to)) {
      items.add(
          new PageModel.StoryItem(
              story.id(),
              story.headline(),
              digits(ArabicCount.sources(story.sources().size()), arabic),
              String.join("، ", story.sources()),
              breaking(story, now),
              iso(story.lastSeen()),
              RelativeTime.ago(story.lastSeen(), now, arabic)));
    }
    String filter = "/?" + query("category", category) + query("source", source);
    return new PageModel.Home(
        items,
        categoryLinks,
        sourceLinks,
        String.join(" · ", nonEmpty(category, source)),
        page > 0 ? filter + "page=" + (page - 1) : "",
        to < stories.size() ? filter + "page=" + (page + 1) : "");
  }

  static boolean breaking(StorySummary story, Instant now) {
    return story.sources().size() >= BREAKING_SOURCES
        && story.firstSeen() != null
        && !story.firstSeen().isBefore(now.minus(BREAKING_WINDOW));
  }

  private List<PageModel.Link> sourceFilters(
      List<StorySummary> stories, String active, String category) {
    Map<String, Integer> counts = new TreeMap<>();
    stories.forEach(s -> s.sources().forEach(name -> counts.merge(name, 1, Integer::sum)));
    List<PageModel.Link> links = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(LIST_ITEMS)
        .forEach(
            e ->
                links.add(
                    new PageModel.Link(
                        e.getKey(),
                        "/?" + query("category", category) + query("source", e.getKey()),
                        Integer.toString(e.getValue()),
                        e.getKey().equals(active))));
    return links;
  }

  private List<PageModel.Link> categoryFilters(String active, String source) {
    SearchResult all = engine.index().search(SearchRequest.of("").withLimit(1).withAllCopies(true));
    List<PageModel.Link> links = new ArrayList<>();
    for (SearchFacets.FacetCount c : all.facets().categories()) {
      links.add(
          new PageModel.Link(
              CategoryNames.display(c.value()),
              "/?" + query("category", c.value()) + query("source", source),
              Long.toString(c.count()),
              c.value().equals(active)));
    }
    return links;
  }

  private Set<Long> storiesInCategory(String category) {
    SearchResult result =
        engine
            .index()
            .search(
                SearchRequest.of("category:" + quoted(category))
                    .withLimit(CATEGORY_ARTICLES)
                    .withOrder(SearchRequest.Order.DATE)
                    .withFacets(false)
                    .withAllCopies(true));
    Set<Long> stories = new HashSet<>();
    store()
        .analyses(result.hits().stream().map(SearchHit::id).toList())
        .values()
        .forEach(a -> stories.add(a.story()));
    return stories;
  }

  // ---- story

  Optional<PageModel.Story> story(long id, boolean arabic, Instant now) {
    Optional<StorySummary> found = store().story(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StorySummary story = found.get();
    List<Article> articles = articles(store().storyArticles(id, StoryJson.MAX_MEMBERS));
    Map<Long, ArticleAnalysis> analyses =
        store().analyses(articles.stream().map(Article::id).toList());
    Map<Long, List<Article>> groups = new LinkedHashMap<>();
    for (Article article : articles) {
      long group = analyses.getOrDefault(article.id(), ArticleAnalysis.NONE).duplicateGroup();
      groups
          .computeIfAbsent(group == 0 ? -article.id() : group, g -> new ArrayList<>())
          .add(article);
    }
    List<PageModel.Version> versions = new ArrayList<>();
    for (List<Article> group : groups.values()) {
      int canonical = canonical(group);
      List<PageModel.Item> copies = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) {
        if (i != canonical) {
          copies.add(item(group.get(i), "", arabic, now));
        }
      }
      versions.add(new PageModel.Version(item(group.get(canonical), "", arabic, now), copies));
    }
    return Optional.of(
        new PageModel.Story(
            id,
            story.headline(),
            digits(ArabicCount.of(story.articles(), ArabicCount.ARTICLE), arabic),
            digits(ArabicCount.sources(story.sources().size()), arabic),
            ArabicDates.gregorian(story.firstSeen(), zone, arabic),
            ArabicDates.gregorian(story.lastSeen(), zone, arabic),
            BarChartSvg.render(
                "timeline", "المقالات في كل ساعة حسب المصدر", hourly(articles, arabic), arabic),
            versions));
  }

  private List<BarChartSvg.Bar> hourly(List<Article> articles, boolean arabic) {
    TreeMap<Instant, Map<String, Integer>> byHour = new TreeMap<>();
    for (Article article : articles) {
      Instant at = when(article);
      if (at != null) {
        byHour
            .computeIfAbsent(at.truncatedTo(ChronoUnit.HOURS), h -> new TreeMap<>())
            .merge(sourceName(article), 1, Integer::sum);
      }
    }
    List<BarChartSvg.Bar> bars = new ArrayList<>();
    if (byHour.isEmpty()) {
      return bars;
    }
    // Every hour from the first to the last, empty ones included, so the gaps show.
    Instant last = byHour.lastKey();
    Instant first = byHour.firstKey();
    if (Duration.between(first, last).toHours() >= BarChartSvg.MAX_BARS) {
      first = last.minus(Duration.ofHours(BarChartSvg.MAX_BARS - 1));
    }
    for (Instant hour = first; !hour.isAfter(last); hour = hour.plus(Duration.ofHours(1))) {
      String label = hourLabel(hour);
      bars.add(new BarChartSvg.Bar(label, byHour.getOrDefault(hour, Map.of())));
    }
    return bars;
  }

  private String hourLabel(Instant hour) {
    var at = hour.atZone(zone);
    return String.format(
        java.util.Locale.ROOT,
        "%02d/%02d %02d:00",
        at.getDayOfMonth(),
        at.getMonthValue(),
        at.getHour());
  }

  // ---- article

  Optional<PageModel.Article> article(
      long id, boolean arabic, Instant now, Supplier<Optional<RelatedArticles.Result>> related) {
    Optional<Article> found = store().article(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Article article = found.get();
    ArticleAnalysis analysis = store().analyses(List.of(id)).getOrDefault(id, ArticleAnalysis.NONE);
    List<PageModel.EntityLink> entities = new ArrayList<>();
    for (ArticleEntity e : analysis.enrichment().entities()) {
      if (e.id() > 0) {
        entities.add(new PageModel.EntityLink(e.id(), e.canonical(), EntityTypes.arabic(e.type())));
      }
    }
    List<PageModel.Link> keywords = new ArrayList<>();
    for (String keyword : analysis.enrichment().keywords()) {
      keywords.add(new PageModel.Link(keyword, "/search?q=" + encode(quoted(keyword)), "", false));
    }
    List<PageModel.Item> readAlso = new ArrayList<>();
    Set<Long> shown = new HashSet<>();
    related
        .get()
        .ifPresent(
            r -> {
              for (RelatedHit hit : r.related()) {
                shown.add(hit.story());
                readAlso.add(item(hit.article(), reason(hit.reasons()), arabic, now));
              }
            });
    List<Long> copyIds =
        analysis.duplicateGroup() == 0
            ? List.of()
            : store().duplicateGroup(analysis.duplicateGroup(), StoryJson.MAX_MEMBERS);
    List<PageModel.Item> alsoPublished = new ArrayList<>();
    for (Article copy : articles(copyIds)) {
      if (copy.id() != id) {
        alsoPublished.add(item(copy, "", arabic, now));
      }
    }
    PageModel.Item storyItem = null;
    List<PageModel.Item> similar = new ArrayList<>();
    Optional<StorySummary> story = store().story(analysis.story());
    if (story.isPresent()) {
      StorySummary s = story.get();
      storyItem =
          new PageModel.Item(
              s.id(),
              s.headline(),
              digits(ArabicCount.sources(s.sources().size()), arabic),
              iso(s.lastSeen()),
              ArabicDates.gregorian(s.lastSeen(), zone, arabic),
              RelativeTime.ago(s.lastSeen(), now, arabic),
              "");
      Set<Long> copies = new HashSet<>(copyIds);
      // Articles are read one by one, and only until enough are found: a story may be large.
      for (long otherId : store().storyArticles(s.id(), StoryJson.MAX_MEMBERS)) {
        if (similar.size() >= RELATED) {
          break;
        }
        if (otherId != id && !copies.contains(otherId)) {
          store()
              .article(otherId)
              .ifPresent(
                  other ->
                      similar.add(
                          item(other, "من القصة نفسها، برواية " + sourceName(other), arabic, now)));
        }
      }
    }
    return Optional.of(
        new PageModel.Article(
            id,
            article.title(),
            sourceName(article),
            article.author() == null ? "" : article.author(),
            linkable(article.url()),
            DecodedUrl.display(article.url()),
            iso(when(article)),
            ArabicDates.gregorian(when(article), zone, arabic),
            ArabicDates.hijri(when(article), zone, arabic),
            RelativeTime.ago(when(article), now, arabic),
            analysis.enrichment().category() == null
                ? (article.category() == null ? "" : article.category())
                : analysis.enrichment().category().label(),
            ArticleBody.paragraphs(article.body()),
            entities,
            keywords,
            readAlso,
            similar,
            alsoPublished,
            article.page().pageTags().isEmpty() ? article.tags() : article.page().pageTags(),
            storyItem));
  }

  private static String reason(List<String> reasons) {
    return reasons.isEmpty() ? "" : "يشتركان في: " + String.join("، ", reasons);
  }

  // ---- entity

  Optional<PageModel.Entity> entity(long id, boolean arabic, Instant now) {
    Optional<EntitySummary> found = store().entity(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    EntitySummary entity = found.get();
    List<BarChartSvg.Bar> bars = new ArrayList<>();
    for (EntityDay day : store().entityMentionsByDay(id)) {
      bars.add(new BarChartSvg.Bar(day.day().toString(), Map.of("الإشارات", day.mentions())));
    }
    List<PageModel.Item> stories = new ArrayList<>();
    for (StorySummary s : store().entityStories(id, EntityJson.DETAIL_ITEMS)) {
      stories.add(
          new PageModel.Item(
              s.id(),
              s.headline(),
              digits(ArabicCount.sources(s.sources().size()), arabic),
              iso(s.lastSeen()),
              ArabicDates.gregorian(s.lastSeen(), zone, arabic),
              RelativeTime.ago(s.lastSeen(), now, arabic),
              ""));
    }
    List<PageModel.EntityLink> company = new ArrayList<>();
    for (EntityCoOccurrence c : store().coOccurringEntities(id, EntityJson.DETAIL_ITEMS)) {
      company.add(
          new PageModel.EntityLink(
              c.entity().id(), c.entity().canonical(), EntityTypes.arabic(c.entity().type())));
    }
    List<PageModel.Item> latest = new ArrayList<>();
    for (Article a : articles(store().entityArticles(id, EntityJson.DETAIL_ITEMS))) {
      latest.add(item(a, "", arabic, now));
    }
    return Optional.of(
        new PageModel.Entity(
            id,
            entity.canonical(),
            EntityTypes.arabic(entity.type()),
            String.join("، ", entity.variants()),
            digits(ArabicCount.of(entity.articles(), ArabicCount.ARTICLE), arabic),
            digits(ArabicCount.of(entity.mentions(), ArabicCount.MENTION), arabic),
            BarChartSvg.render("mentions-chart", "الإشارات في كل يوم", bars, arabic),
            stories,
            company,
            latest));
  }

  // ---- search

  /** The search page's filters: each adds a clause of the search package's query syntax. */
  static final List<String> FILTERS = List.of("source", "category", "entity", "day");

  /**
   * The search page for {@code q} (the query syntax of {@code SearchQueryParser}) narrowed by the
   * {@link #FILTERS} in {@code filters}, ordered by {@code sort} (relevance or date), page {@code
   * page} (from 0).
   */
  PageModel.Search search(
      String q,
      Map<String, String> filters,
      boolean byDate,
      int page,
      boolean arabic,
      Instant now,
      java.util.function.Function<SearchRequest, SearchResult> searcher) {
    List<String> problems = new ArrayList<>();
    StringBuilder query = new StringBuilder(q);
    for (String name : FILTERS) {
      String value = filters.getOrDefault(name, "");
      if (value.isEmpty()) {
        continue;
      }
      if (name.equals("day")) {
        try {
          LocalDate day = LocalDate.parse(value);
          query.append(" from:").append(day).append(" to:").append(day);
        } catch (java.time.format.DateTimeParseException e) {
          problems.add("اليوم '" + value + "' ليس تاريخًا بصيغة YYYY-MM-DD، فلم يُطبَّق");
        }
      } else {
        query.append(' ').append(name).append(':').append(quoted(value));
      }
    }
    int offset = Math.min(page * PAGE_SIZE, SearchRequest.MAX_OFFSET);
    SearchResult result =
        searcher.apply(
            SearchRequest.of(query.toString().strip())
                .withLimit(PAGE_SIZE)
                .withOffset(offset)
                .withOrder(byDate ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE));
    problems.addAll(result.problems());
    List<PageModel.Hit> hits = new ArrayList<>();
    for (SearchHit hit : result.hits()) {
      hits.add(
          new PageModel.Hit(
              hit.id(),
              hit.titleSnippet().text().isEmpty()
                  ? BarChartSvg.escape(hit.title())
                  : hit.titleSnippet().html(),
              hit.snippet().html(),
              hit.source() == null ? "" : hit.source(),
              DecodedUrl.display(hit.url()),
              iso(hit.published()),
              ArabicDates.gregorian(hit.published(), zone, arabic),
              RelativeTime.ago(hit.published(), now, arabic),
              String.join("، ", hit.alsoPublishedBy())));
    }
    String sort = byDate ? "date" : "relevance";
    List<PageModel.Facet> facets =
        List.of(
            facet("source", "المصدر", result.facets().sources(), q, filters, sort, arabic),
            facet("category", "التصنيف", result.facets().categories(), q, filters, sort, arabic),
            facet("entity", "الأسماء", result.facets().entities(), q, filters, sort, arabic),
            facet("day", "اليوم", result.facets().days(), q, filters, sort, arabic));
    List<PageModel.Filter> active = new ArrayList<>();
    for (String name : FILTERS) {
      String value = filters.getOrDefault(name, "");
      if (!value.isEmpty()) {
        Map<String, String> without = new LinkedHashMap<>(filters);
        without.remove(name);
        active.add(new PageModel.Filter(name, value, searchHref(q, without, sort, 0)));
      }
    }
    return new PageModel.Search(
        q,
        sort,
        digits(Long.toString(result.total()), arabic),
        hits,
        facets,
        active,
        problems,
        searchHref(q, filters, "relevance", 0),
        searchHref(q, filters, "date", 0),
        page > 0 ? searchHref(q, filters, sort, page - 1) : "",
        offset + hits.size() < result.total() && offset + PAGE_SIZE <= SearchRequest.MAX_OFFSET
            ? searchHref(q, filters, sort, page + 1)
            : "");
  }

  private PageModel.Facet facet(
      String name,
      String heading,
      List<SearchFacets.FacetCount> counts,
      String q,
      Map<String, String> filters,
      String sort,
      boolean arabic) {
    List<PageModel.Link> links = new ArrayList<>();
    for (SearchFacets.FacetCount count : counts) {
      Map<String, String> with = new LinkedHashMap<>(filters);
      with.put(name, count.value());
      links.add(
          new PageModel.Link(
              switch (name) {
                case "day" -> digits(count.value(), arabic);
                case "category" -> CategoryNames.display(count.value());
                default -> count.value();
              },
              searchHref(q, with, sort, 0),
              digits(Long.toString(count.count()), arabic),
              count.value().equals(filters.get(name))));
    }
    return new PageModel.Facet(name, heading, links);
  }

  static String searchHref(String q, Map<String, String> filters, String sort, int page) {
    StringBuilder href = new StringBuilder("/search?").append(query("q", q));
    for (String name : FILTERS) {
      href.append(query(name, filters.getOrDefault(name, "")));
    }
    href.append(query("sort", sort.equals("relevance") ? "" : sort));
    href.append(page > 0 ? "page=" + page : "");
    String out = href.toString();
    return out.endsWith("&") || out.endsWith("?") ? out.substring(0, out.length() - 1) : out;
  }

  // ---- sources

  PageModel.Sources sources(String message, List<String> notes, boolean arabic, Instant now) {
    List<PageModel.SourceRow> rows = new ArrayList<>();
    for (Source source : engine.sources().list()) {
      SourceState state = store().sourceState(source.id());
      rows.add(
          new PageModel.SourceRow(
              source.id(),
              source.title() == null ? "" : source.title(),
              linkable(source.url()),
              DecodedUrl.display(source.url()),
              source.kind().name().toLowerCase(java.util.Locale.ROOT),
              source.groupDuplicates(),
              RelativeTime.ago(state.lastSuccess(), now, arabic),
              RelativeTime.ago(state.lastError(), now, arabic),
              state.lastErrorMessage() == null ? "" : state.lastErrorMessage(),
              digits(Integer.toString(state.consecutiveFailures()), arabic),
              ArabicDates.gregorian(state.nextAttempt(), zone, arabic)));
    }
    return new PageModel.Sources(rows, message, notes);
  }

  // ---- shared

  PageModel.Item item(Article article, String reason, boolean arabic, Instant now) {
    Instant at = when(article);
    return new PageModel.Item(
        article.id(),
        article.title() == null ? "" : article.title(),
        sourceName(article),
        iso(at),
        ArabicDates.gregorian(at, zone, arabic),
        RelativeTime.ago(at, now, arabic),
        reason);
  }

  private List<Article> articles(List<Long> ids) {
    List<Article> articles = new ArrayList<>(ids.size());
    ids.forEach(id -> store().article(id).ifPresent(articles::add));
    return articles;
  }

  private static int canonical(List<Article> group) {
    if (group.size() == 1) {
      return 0;
    }
    return CanonicalCopy.choose(
        group.stream()
            .map(m -> CanonicalCopy.Member.of(m.source(), m.body(), m.published()))
            .toList());
  }

  /**
   * {@code url} when it is an http or https URL a page may link to; "" otherwise ({@code
   * javascript:}, {@code data:} and other schemes from a hostile feed are never links).
   */
  static String linkable(String url) {
    if (url == null) {
      return "";
    }
    String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : "";
  }

  static Instant when(Article article) {
    return article.published() != null ? article.published() : article.fetched();
  }

  static String sourceName(Article article) {
    return article.source() == null ? "" : article.source();
  }

  static String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String digits(String text, boolean arabic) {
    return arabic ? Digits.arabicIndic(text) : text;
  }

  /** {@code name=value&} for a non-empty value, URL-encoded; "" otherwise. */
  static String query(String name, String value) {
    return value == null || value.isEmpty() ? "" : name + "=" + encode(value) + "&";
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A value as one term of the query syntax: in double quotes, its own quotes dropped. */
  static String quoted(String value) {
    return "\"" + value.replace("\"", " ").strip() + "\"";
  }

  private static List<String> nonEmpty(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }
}
