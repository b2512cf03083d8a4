package org.marsad.model;

import java.util.Locale;

/** The kinds of named entity Marsad recognizes: the classes of Arabic news NER corpora. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Other names (events, nationalities, products) where the training data marks them. */
  MISC;

  /**
   * The type a label names: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC},
   * or the short forms corpora use ({@code PERS}, {@code PER}, {@code ORG}, {@code LOC}), any case.
   *
   * @throws IllegalArgumentException naming the label when it is none of these
   */
  public static EntityType parse(String label) {
    String l = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
    return switch (l) {
      case "PERSON", "PERS", "PER" -> PERSON;
      case "ORGANIZATION", "ORGANISATION", "ORG" -> ORGANIZATION;
      case "LOCATION", "LOC", "GPE" -> LOCATION;
      case "MISC" -> MISC;
      default ->
          throw new IllegalArgumentException(
              "unknown entity type '"
                  + label
                  + "': expected PERSON, ORGANIZATION, LOCATION or MISC");
    };
  }
}
