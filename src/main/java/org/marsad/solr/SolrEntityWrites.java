package org.marsad.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.enrich.EntityKey;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.store.EntityNames;

/**
 * The entity writes of one {@code putAnalyses} call on Solr, resolving names exactly as the
 * embedded store's {@code EntityWrites} does (the stored entity of the type with one of the
 * article's whole-name spellings; else, for a person named by a short form only, the one stored
 * person with that first or last name; else a new entity). Entities made or changed by the call are
 * kept here until {@link #finish}, so later articles of the same call find them before any commit;
 * entities stored earlier are found by query.
 *
 * <p>Across processes: counts and spellings are added to an entity's document only when its {@code
 * _version_} is still the one read (re-read and re-applied otherwise), so no count is lost. Two
 * processes that meet the same new name at the same moment can each create an entity for it (the
 * name becomes findable by query only after a commit); the names then stay apart, which costs split
 * counts for that name, never a wrong article.
 */
final class SolrEntityWrites implements EntityNames.Lookups<RuntimeException> {
  static final String TYPE = "entity";

  /** Spellings listed with an entity, at most (as the embedded store). */
  static final int MAX_VARIANTS = 50;

  /** Entity ids reserved per counter request. */
  private static final int ID_BLOCK = 64;

  private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() {};

  private final SolrDocs meta;
  private final SolrCounters counters;
  private final Map<Long, Edit> edits = new LinkedHashMap<>();
  private final Map<String, Long> wholeNames = new HashMap<>();
  private final Map<String, Set<Long>> parts = new HashMap<>();
  private long nextId;
  private long lastReserved = -1;

  SolrEntityWrites(SolrDocs meta, SolrCounters counters) {
    this.meta = meta;
    this.counters = counters;
  }

  /** One spelling of an entity: its match key, and whether it is a whole name. */
  record Variant(String spelling, String key, boolean full) {}

  /** Where an article names one entity: how often, and its first mention. */
  record Mention(long entityId, int count, int firstStart, int firstEnd) {}

  static String docId(long entityId) {
    return "entity:" + entityId;
  }

  /** The match key stored for a spelling (as the embedded store's). */
  static String key(String spelling) {
    return EntityNames.key(spelling);
  }

  static List<Variant> variants(SolrDocument entity) {
    return SolrFields.json(entity, "variants_x", VARIANTS);
  }

  /**
   * Replaces what an article names: the old mentions uncounted, its entities resolved (created
   * where none fits) and counted. Returns one mention per distinct entity, and each entity's id in
   * order through {@code ids}.
   */
  List<Mention> replaceMentions(List<Mention> old, List<ArticleEntity> entities, List<Long> ids) {
    for (Mention m : old) {
      Edit edit = edit(m.entityId());
      if (edit != null) {
        edit.articles -= 1;
        edit.mentions -= m.count();
      }
    }
    Map<Long, int[]> byEntity = new LinkedHashMap<>();
    for (ArticleEntity entity : entities) {
      long id = EntityNames.resolve(entity, this);
      ids.add(id);
      int[] counted =
          byEntity.computeIfAbsent(id, k -> new int[] {0, Integer.MAX_VALUE, Integer.MAX_VALUE});
      counted[0] += entity.count();
      EntityMention first = entity.mentions().get(0);
      if (first.start() < counted[1]) {
        counted[1] = first.start();
        counted[2] = first.end();
      }
    }
    List<Mention> mentions = new ArrayList<>(byEntity.size());
    byEntity.forEach(
        (id, c) -> {
          mentions.add(new Mention(id, c[0], c[1], c[2]));
          Edit edit = edits.get(id);
          edit.articles += 1;
          edit.mentions += c[0];
        });
    return mentions;
  }

  /** Writes the entities this call made or changed. */
  void finish() {
    List<SolrInputDocument> created = new ArrayList<>();
    for (Edit edit : edits.values()) {
      if (edit.stored == null) {
        created.add(edit.document(null));
      }
    }
    meta.put(created);
    for (Edit edit : edits.values()) {
      if (edit.stored != null && edit.changed()) {
        writeChange(edit);
      }
    }
  }

  private void writeChange(Edit edit) {
    SolrDocument stored = edit.stored;
    for (int tries = 0; tries < SolrDocs.MAX_TRIES; tries++) {
      if (meta.putIfVersion(edit.document(stored), SolrFields.longValue(stored, "_version_"))) {
        return;
      }
      stored = meta.get(docId(edit.id));
    }
    throw SolrDocs.contended("entity " + edit.id);
  }

  @Override
  public void addSpellings(long id, String type, Map<String, String> spellingKeys, boolean full) {
    Edit edit = edits.get(id);
    for (Map.Entry<String, String> s : spellingKeys.entrySet()) {
      if (edit.spellings.add(s.getKey())) {
        edit.added.add(new Variant(s.getKey(), s.getValue(), full));
        if (full) {
          wholeNames.putIfAbsent(edit.type + " " + s.getValue(), edit.id);
        }
      }
    }
  }

  @Override
  public long existing(long id, String type) {
    Edit edit = edit(id);
    return edit != null && edit.type.equals(type) ? id : 0;
  }

  @Override
  public long byWholeName(String type, String key) {
    Long known = wholeNames.get(type + " " + key);
    if (known != null) {
      return known;
    }
    SolrQuery query = entityQuery(type, "fkeys_ss", key, 1);
    long id =
        meta.find(query).stream()
            .mapToLong(d -> SolrFields.longValue(d, "eid_l"))
            .findFirst()
            .orElse(0);
    if (id != 0 && edit(id) != null) {
      wholeNames.put(type + " " + key, id);
      return id;
    }
    return 0;
  }

  /** The one person with this first or last name part; 0 when none or several have it. */
  @Override
  public long byNamePart(String type, String part) {
    Set<Long> found = new LinkedHashSet<>(parts.getOrDefault(type + " " + part, Set.of()));
    meta.find(entityQuery(type, "parts_ss", part, 2))
        .forEach(d -> found.add(SolrFields.longValue(d, "eid_l")));
    return found.size() == 1 && edit(found.iterator().next()) != null ? found.iterator().next() : 0;
  }

  private static SolrQuery entityQuery(String type, String field, String value, int rows) {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(SolrFields.term("type_s", TYPE), SolrFields.term("etype_s", type));
    query.addFilterQuery(SolrFields.term(field, value));
    query.setFields("eid_l");
    query.setSort("eid_l", SolrQuery.ORDER.asc);
    query.setRows(rows);
    return query;
  }

  @Override
  public long insert(String type, String canonical, String key) {
    if (lastReserved < nextId) {
      nextId = counters.next(TYPE, ID_BLOCK);
      lastReserved = nextId + ID_BLOCK - 1;
    }
    long id = nextId++;
    Edit edit = new Edit(id, type, canonical, key, null);
    if (type.equals(EntityType.PERSON.name())) {
      edit.parts.addAll(EntityKey.nameParts(key));
      edit.parts.forEach(
          p -> parts.computeIfAbsent(type + " " + p, k -> new LinkedHashSet<>()).add(id));
    }
    edits.put(id, edit);
    return id;
  }

  /** The edit of a stored or new entity, read when first needed; null when no such entity. */
  private Edit edit(long id) {
    Edit edit = edits.get(id);
    if (edit == null) {
      SolrDocument stored = meta.get(docId(id));
      if (stored == null) {
        return null;
      }
      edit =
          new Edit(
              id,
              SolrFields.string(stored, "etype_s"),
              SolrFields.string(stored, "canonical_s"),
              SolrFields.string(stored, "key_s"),
              stored);
      edits.put(id, edit);
    }
    return edit;
  }

  /** What this call changes of one entity: counts to add, spellings to append. */
  private static final class Edit {
    final long id;
    final String type;
    final String canonical;
    final String key;
    final SolrDocument stored;
    final Set<String> spellings = new LinkedHashSet<>();
    final List<Variant> added = new ArrayList<>();
    final List<String> parts = new ArrayList<>();
    long articles;
    long mentions;

    Edit(long id, String type, String canonical, String key, SolrDocument stored) {
      this.id = id;
      this.type = type;
      this.canonical = canonical;
      this.key = key;
      this.stored = stored;
      if (stored != null) {
        variants(stored).forEach(v -> spellings.add(v.spelling()));
        parts.addAll(
            stored.getFieldValues("parts_ss") == null
                ? List.of()
                : stored.getFieldValues("parts_ss").stream().map(Object::toString).toList());
      }
    }

    boolean changed() {
      return articles != 0 || mentions != 0 || !added.isEmpty();
    }

    /** The entity's document: {@code base} (as stored now, or null) with this edit applied. */
    SolrInputDocument document(SolrDocument base) {
      SolrInputDocument doc = SolrFields.document(TYPE, docId(id));
      doc.setField("eid_l", id);
      doc.setField("etype_s", type);
      doc.setField("canonical_s", canonical);
      doc.setField("key_s", key);
      doc.setField(
          "articles_l", (base == null ? 0 : SolrFields.longValue(base, "articles_l")) + articles);
      doc.setField(
          "mentions_l", (base == null ? 0 : SolrFields.longValue(base, "mentions_l")) + mentions);
      List<Variant> all = new ArrayList<>(base == null ? List.of() : variants(base));
      Set<String> seen = new LinkedHashSet<>();
      all.forEach(v -> seen.add(v.spelling()));
      added.stream().filter(v -> seen.add(v.spelling())).forEach(all::add);
      SolrFields.setJson(doc, "variants_x", all);
      all.forEach(v -> doc.addField("vkeys_ss", v.key()));
      all.stream().filter(Variant::full).forEach(v -> doc.addField("fkeys_ss", v.key()));
      parts.forEach(p -> doc.addField("parts_ss", p));
      return doc;
    }
  }
}
