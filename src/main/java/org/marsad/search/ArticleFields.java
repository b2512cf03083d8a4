package org.marsad.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.marsad.enrich.EntityKey;
import org.marsad.enrich.NameParticles;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * The index schema in one place: field names, how each is indexed, and the two derived keys (source
 * key, day) that indexing and querying must compute the same way. Public for the other backends
 * ({@code org.marsad.solr}), whose schema names the same fields and derives the same keys.
 */
public final class ArticleFields {

  /** The article's store id as a string term: the key {@code updateDocument} replaces on. */
  public static final String ID = "id";

  public static final String URL = "url";

  /** The publisher's display name, stored as published; also the source facet's doc values. */
  public static final String SOURCE = "source";

  /** The source name folded for matching ({@code source:} filter), see {@link #sourceKey}. */
  public static final String SOURCE_KEY = "source_key";

  public static final String TITLE = "title";
  public static final String BODY = "body";

  /**
   * The match keys ({@link #entityKey}) of every spelling of every entity the article names: what
   * {@code entity:} filters on.
   */
  public static final String ENTITY_KEY = "entity_key";

  /** The canonical names of the entities the article names: the entity facet's doc values. */
  public static final String ENTITY = "entity";

  /** The predicted category's label as shown: the category facet's doc values. */
  public static final String CATEGORY = "category";

  /**
   * The category label folded for matching ({@code category:} filter), see {@link #categoryKey}.
   */
  public static final String CATEGORY_KEY = "category_key";

  /** Epoch milliseconds: a point for ranges, doc values for sorting, stored for display. */
  public static final String PUBLISHED = "published";

  /** The UTC day of {@link #PUBLISHED} as {@code yyyy-MM-dd}: the day facet's doc values. */
  public static final String DAY = "day";

  /**
   * What search folds copies by: the article's duplicate group, or minus its id when it has no copy
   * (so every article has a key and no two ungrouped articles share one). Doc values, and a point
   * for counting a group's copies.
   */
  public static final String COPIES_KEY = "copies";

  /** The story the article belongs to (0: none yet): doc values, and a point for filtering. */
  public static final String STORY = "story";

  /**
   * The article's LSH band keys ({@link org.marsad.dedup.DuplicateKeys#filed}), indexed only: where
   * the duplicates stage finds copies its memory no longer holds ({@link SearchIndex#filedUnder}).
   */
  public static final String DUPLICATE_KEY = "dupkey";

  /** The stored fields a search hit shows, with the body its snippet is drawn from. */
  public static final List<String> HIT_FIELDS = List.of(ID, URL, TITLE, SOURCE, PUBLISHED, BODY);

  /**
   * Title and body: analyzed, stored (highlights are drawn on the stored original), with offsets in
   * the postings so the highlighter need not re-analyze.
   */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private ArticleFields() {}

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * The form of a source name that {@code source:} matches: trimmed, lower-cased, Arabic-normalized
   * (so {@code source:الجزيره} finds "الجزيرة").
   */
  public static String sourceKey(String sourceName) {
    return ArabicNormalizer.standard().normalize(sourceName.strip().toLowerCase(Locale.ROOT));
  }

  /** The form of a category label that {@code category:} matches: trimmed and lower-cased. */
  public static String categoryKey(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The form of an entity name that {@code entity:} matches, the same as the enrichment stage
   * compares names by (ال, clitics, hamza and yeh forms folded), so that {@code entity:الامم
   * المتحدة} finds "الأمم المتحدة".
   */
  public static String entityKey(String name) {
    return EntityKey.of(name);
  }

  /**
   * The keys {@code entity:} finds an entity by: those of its canonical name and of every spelling;
   * for a person also each part of the name (not particles such as بن), so that {@code
   * entity:ترامب} finds "دونالد ترامب".
   */
  public static Set<String> entityKeys(ArticleEntity entity) {
    Set<String> keys = new HashSet<>();
    keys.add(entityKey(entity.canonical()));
    entity.variants().forEach(v -> keys.add(entityKey(v)));
    if (entity.type() == EntityType.PERSON) {
      for (String key : List.copyOf(keys)) {
        for (String word : EntityKey.words(key)) {
          if (word.length() >= MIN_NAME_PART && !NameParticles.contains(word)) {
            keys.add(word);
          }
        }
      }
    }
    keys.remove("");
    return keys;
  }

  /** Shorter name parts (initials, clitics read as words) find too much to be a filter. */
  private static final int MIN_NAME_PART = 3;

  /**
   * Refuses an article the store has not given an id: the index is keyed by it.
   *
   * @throws IllegalArgumentException when the article's id is not above 0
   */
  public static void requireStored(Article article) {
    if (article.id() <= 0) {
      throw new IllegalArgumentException(
          "article must be stored (id > 0) before indexing, got id "
              + article.id()
              + ": "
              + article.url());
    }
  }

  /** The key that {@link #COPIES_KEY} holds for an article. */
  public static long copiesKey(long articleId, long duplicateGroup) {
    return duplicateGroup != 0 ? duplicateGroup : -articleId;
  }

  /** The UTC calendar day of an instant, {@code yyyy-MM-dd}. */
  public static String day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
  }
}
