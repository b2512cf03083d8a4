package org.marsad.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.store.StoreException;

/**
 * Reading and writing the typed fields of Marsad's Solr documents: numbers and instants (kept as
 * epoch milliseconds in {@code *_l} fields, so they round-trip to the millisecond exactly), JSON in
 * stored-only {@code *_x} fields, and query terms. A null value is simply not written.
 */
final class SolrFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Key texts longer than this are hashed: 4 UTF-8 bytes a char at most, well under 32 KB. */
  private static final int MAX_KEY_CHARS = 2_048;

  private SolrFields() {}

  /** A new document of a kind ({@code type_s}) with its id. */
  static SolrInputDocument document(String type, String id) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField("type_s", type);
    return doc;
  }

  static void set(SolrInputDocument doc, String field, Object value) {
    if (value != null) {
      doc.setField(field, value);
    }
  }

  static void setInstant(SolrInputDocument doc, String field, Instant value) {
    if (value != null) {
      doc.setField(field, value.toEpochMilli());
    }
  }

  static void setJson(SolrInputDocument doc, String field, Object value) {
    try {
      doc.setField(field, JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("lists of strings, numbers and records always serialize", e);
    }
  }

  static long longValue(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? 0 : ((Number) value).longValue();
  }

  static Instant instant(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : Instant.ofEpochMilli(((Number) value).longValue());
  }

  static String string(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  static <T> T json(SolrDocument doc, String field, TypeReference<T> type) {
    String text = string(doc, field);
    try {
      return JSON.readValue(text == null ? "[]" : text, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable " + field + " of " + doc.getFieldValue("id"), e);
    }
  }

  /** A copy of a stored document as an input document, for a read-modify-write. */
  static SolrInputDocument copy(SolrDocument stored) {
    SolrInputDocument doc = new SolrInputDocument();
    for (String field : stored.getFieldNames()) {
      if (!field.equals("_version_")) {
        doc.setField(field, stored.getFieldValue(field));
      }
    }
    return doc;
  }

  /**
   * The id of a key document: {@code prefix + text}, or for a text too long to be a term (the id is
   * indexed) {@code "sha256:" + prefix +} its hash: apart from every plain key, whose prefix names
   * its kind.
   */
  static String keyId(String prefix, String text) {
    if (text.length() <= MAX_KEY_CHARS) {
      return prefix + text;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + prefix + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A text cut to {@value #MAX_KEY_CHARS} chars, so it can be an indexed term; null stays null. */
  static String termSized(String text) {
    return text == null || text.length() <= MAX_KEY_CHARS ? text : text.substring(0, MAX_KEY_CHARS);
  }

  /** A query for every document of a kind. */
  static SolrQuery ofType(String type) {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(term("type_s", type));
    return query;
  }

  /** A filter matching exactly this value of a field. */
  static String term(String field, Object value) {
    return field + ":" + ClientUtils.escapeQueryChars(String.valueOf(value));
  }

  /** A filter matching any of these values of a field ({@code {!terms}}: no clause limit). */
  static String anyOf(String field, Collection<?> values) {
    return "{!terms f="
        + field
        + "}"
        + values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static List<Long> longs(Collection<Object> values) {
    return values == null ? List.of() : values.stream().map(v -> ((Number) v).longValue()).toList();
  }
}
