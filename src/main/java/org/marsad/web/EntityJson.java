package org.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntitySummary;
import org.marsad.store.Store;

/**
 * The JSON of entities ({@code /api/entities}, {@code /api/entities/{id}}, {@code marsad
 * entities}), read from the store.
 */
public final class EntityJson {
  /** Stories, co-occurring entities and recent articles listed with an entity, at most. */
  public static final int DETAIL_ITEMS = 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EntityJson() {}

  public static ObjectNode summary(EntitySummary entity) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", entity.id());
    node.put("canonical", entity.canonical());
    node.put("type", entity.type().name());
    ArrayNode variants = node.putArray("variants");
    entity.variants().forEach(variants::add);
    node.put("articleCount", entity.articles());
    node.put("mentionCount", entity.mentions());
    return node;
  }

  public static ObjectNode list(List<EntitySummary> entities) {
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode list = body.putArray("entities");
    entities.forEach(e -> list.add(summary(e)));
    return body;
  }

  /**
   * An entity with its mentions per day (oldest first), its stories (most recent first), the
   * entities named in the same articles (most shared first) and its latest articles.
   */
  public static ObjectNode detail(Store store, EntitySummary entity) {
    ObjectNode node = summary(entity);
    ArrayNode days = node.putArray("mentionsByDay");
    for (EntityDay day : store.entityMentionsByDay(entity.id())) {
      days.addObject()
          .put("day", day.day().toString())
          .put("articles", day.articles())
          .put("mentions", day.mentions());
    }
    ArrayNode stories = node.putArray("stories");
    store.entityStories(entity.id(), DETAIL_ITEMS).forEach(s -> stories.add(StoryJson.summary(s)));
    ArrayNode company = node.putArray("coOccurring");
    for (EntityCoOccurrence c : store.coOccurringEntities(entity.id(), DETAIL_ITEMS)) {
      company
          .addObject()
          .put("id", c.entity().id())
          .put("canonical", c.entity().canonical())
          .put("type", c.entity().type().name())
          .put("sharedArticles", c.sharedArticles());
    }
    ArrayNode articles = node.putArray("articles");
    for (long id : store.entityArticles(entity.id(), DETAIL_ITEMS)) {
      store.article(id).ifPresent(a -> articles.add(StoryJson.brief(a)));
    }
    return node;
  }
}
