package org.marsad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.enrich.EntitySpelling;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/**
 * The JSON columns of {@code article_analysis}: string lists, and an article's entities without
 * their ids ({@code [{"canonical", "type", "variants", "mentions": [[start, end, text]...]}]}), so
 * that equal entities give equal text and an unchanged article is recognised by comparing it. Names
 * and mention texts are cut to {@link EntitySpelling#MAX_CHARS}. Public: the Solr backend keeps the
 * same JSON.
 */
public final class EnrichmentJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Long>> LONGS = new TypeReference<>() {};

  private EnrichmentJson() {}

  public static String strings(List<String> values) {
    return write(values);
  }

  public static String longs(List<Long> values) {
    return write(values);
  }

  public static List<String> strings(String json, long articleId) {
    return read(json, STRINGS, articleId);
  }

  public static List<Long> longs(String json, long articleId) {
    return read(json, LONGS, articleId);
  }

  public static String entities(List<ArticleEntity> entities) {
    if (entities.isEmpty()) {
      return "[]";
    }
    StringWriter out = new StringWriter(64 * entities.size());
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      json.writeStartArray();
      for (ArticleEntity e : entities) {
        json.writeStartObject();
        json.writeStringField("canonical", EntitySpelling.capped(e.canonical()));
        json.writeStringField("type", e.type().name());
        json.writeArrayFieldStart("variants");
        for (String v : e.variants()) {
          json.writeString(EntitySpelling.capped(v));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("mentions");
        for (EntityMention m : e.mentions()) {
          json.writeStartArray();
          json.writeNumber(m.start());
          json.writeNumber(m.end());
          json.writeString(EntitySpelling.capped(m.text()));
          json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /** The entities of {@link #entities(List)}, with the stored ids (0 where the list is short). */
  public static List<ArticleEntity> entities(String json, List<Long> ids, long articleId) {
    JsonNode list = tree(json, articleId);
    List<ArticleEntity> entities = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      EntityType type = EntityType.valueOf(node.path("type").asText());
      List<String> variants = new ArrayList<>();
      node.path("variants").forEach(v -> variants.add(v.asText()));
      List<EntityMention> mentions = new ArrayList<>();
      for (JsonNode m : node.path("mentions")) {
        mentions.add(
            new EntityMention(m.get(2).asText(), type, m.get(0).asInt(), m.get(1).asInt()));
      }
      long id = i < ids.size() ? ids.get(i) : 0;
      entities.add(
          new ArticleEntity(id, node.path("canonical").asText(), type, variants, mentions));
    }
    return entities;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("lists of strings and numbers always serialize", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type, long articleId) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable enrichment of article " + articleId, e);
    }
  }

  private static JsonNode tree(String json, long articleId) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable entities of article " + articleId, e);
    }
  }
}
