package org.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.dedup.CanonicalCopy;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.StorySummary;
import org.marsad.store.Store;

/**
 * The JSON of stories ({@code /api/stories}, {@code /api/stories/{id}}) and of an article's place
 * among them (its story and its copies, in {@code /api/articles/{id}}), read from the store.
 */
public final class StoryJson {
  /** Articles listed with a story, and copies with an article, at most. */
  static final int MAX_MEMBERS = 500;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StoryJson() {}

  public static ObjectNode summary(StorySummary story) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", story.id());
    node.put("headline", story.headline());
    node.put("articleCount", story.articles());
    ArrayNode sources = node.putArray("sources");
    story.sources().forEach(sources::add);
    node.put("firstSeen", ArticleJson.iso(story.firstSeen()));
    node.put("lastSeen", ArticleJson.iso(story.lastSeen()));
    return node;
  }

  /** A story with its articles, oldest first, and its timeline: articles and sources per day. */
  public static ObjectNode detail(Store store, StorySummary story) {
    ObjectNode node = summary(story);
    List<Article> articles = articles(store, store.storyArticles(story.id(), MAX_MEMBERS));
    Map<Long, ArticleAnalysis> analyses =
        store.analyses(articles.stream().map(Article::id).toList());
    ArrayNode list = node.putArray("articles");
    Map<LocalDate, List<Article>> byDay = new TreeMap<>();
    for (Article article : articles) {
      ObjectNode item = brief(article);
      ArticleAnalysis analysis = analyses.getOrDefault(article.id(), ArticleAnalysis.NONE);
      item.put("duplicateGroup", analysis.duplicateGroup());
      list.add(item);
      byDay.computeIfAbsent(day(article), d -> new ArrayList<>()).add(article);
    }
    ArrayNode timeline = node.putArray("timeline");
    byDay.forEach(
        (day, ofDay) -> {
          ObjectNode entry = timeline.addObject();
          entry.put("day", day.toString());
          entry.put("articles", ofDay.size());
          ArrayNode sources = entry.putArray("sources");
          new TreeSet<>(ofDay.stream().map(StoryJson::sourceName).toList()).forEach(sources::add);
        });
    return node;
  }

  /**
   * The copies of an article: its duplicate group's other members and which one is the original;
   * null when it has none.
   */
  static ObjectNode duplicates(Store store, Article article, ArticleAnalysis analysis) {
    List<Long> ids = store.duplicateGroup(analysis.duplicateGroup(), MAX_MEMBERS);
    if (ids.size() < 2) {
      return null;
    }
    List<Article> members = articles(store, ids);
    int canonical =
        CanonicalCopy.choose(
            members.stream()
                .map(m -> CanonicalCopy.Member.of(m.source(), m.body(), m.published()))
                .toList());
    ObjectNode node = MAPPER.createObjectNode();
    node.put("group", analysis.duplicateGroup());
    node.put("canonical", members.get(canonical).id());
    ArrayNode copies = node.putArray("copies");
    for (Article member : members) {
      if (member.id() != article.id()) {
        copies.add(brief(member));
      }
    }
    return node;
  }

  /** The story of an article, as a summary; null when it has none yet. */
  static ObjectNode storyOf(Store store, ArticleAnalysis analysis) {
    Optional<StorySummary> story = store.story(analysis.story());
    return story.map(StoryJson::summary).orElse(null);
  }

  static ObjectNode brief(Article article) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("id", article.id());
    item.put("title", article.title());
    item.put("url", article.url());
    item.put("source", article.source());
    item.put("published", ArticleJson.iso(article.published()));
    return item;
  }

  private static List<Article> articles(Store store, List<Long> ids) {
    List<Article> articles = new ArrayList<>(ids.size());
    ids.forEach(id -> store.article(id).ifPresent(articles::add));
    return articles;
  }

  private static LocalDate day(Article article) {
    Instant at = article.published() != null ? article.published() : article.fetched();
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private static String sourceName(Article article) {
    return article.source() == null ? "" : article.source();
  }
}
