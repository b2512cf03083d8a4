package org.marsad.enrich;

import java.util.List;
import org.marsad.model.EntityType;

/**
 * The BIO tag set of ANERcorp, as small ints: {@code 0} is {@code O}; for the {@code k}-th type of
 * {@link #TYPES} {@code B} is {@code 1 + 2k} and {@code I} is {@code 2 + 2k}. An {@code I-X} may
 * only follow {@code B-X} or {@code I-X} ({@link #allowed}), which the decoder enforces.
 */
final class NerTags {
  /** The corpus labels of the types, in tag order. */
  static final List<String> LABELS = List.of("PERS", "LOC", "ORG", "MISC");

  static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.MISC);

  static final int OUTSIDE = 0;
  static final int COUNT = 1 + 2 * LABELS.size();

  /** The tag before the first token, for transitions. */
  static final int START = COUNT;

  private NerTags() {}

  static int begin(int type) {
    return 1 + 2 * type;
  }

  static int inside(int type) {
    return 2 + 2 * type;
  }

  static boolean isBegin(int tag) {
    return tag != OUTSIDE && tag % 2 == 1;
  }

  static boolean isInside(int tag) {
    return tag != OUTSIDE && tag % 2 == 0;
  }

  /** The type index of a B or I tag. */
  static int type(int tag) {
    return (tag - 1) / 2;
  }

  /** Whether {@code tag} may follow {@code previous} ({@link #START} before the first token). */
  static boolean allowed(int previous, int tag) {
    return !isInside(tag)
        || (previous != START && previous != OUTSIDE && type(previous) == type(tag));
  }

  static String name(int tag) {
    if (tag == OUTSIDE) {
      return "O";
    }
    return (isBegin(tag) ? "B-" : "I-") + LABELS.get(type(tag));
  }

  /**
   * The tag a corpus label names: {@code O}, {@code B-PERS}, {@code I-LOC}, ... (types as {@link
   * EntityType#parse} reads them, so {@code B-PER} works too).
   *
   * @throws IllegalArgumentException naming the label when it is not a BIO tag
   */
  static int parse(String label) {
    if (label.equals("O")) {
      return OUTSIDE;
    }
    if (label.length() > 2 && label.charAt(1) == '-') {
      char position = label.charAt(0);
      int type = TYPES.indexOf(EntityType.parse(label.substring(2)));
      if (position == 'B') {
        return begin(type);
      }
      if (position == 'I') {
        return inside(type);
      }
    }
    throw new IllegalArgumentException(
        "not a BIO tag: '" + label + "' (expected O, B-TYPE or I-TYPE)");
  }
}
