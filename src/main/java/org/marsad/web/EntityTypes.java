package org.marsad.web;

import org.marsad.model.EntityType;

/** The Arabic name of each kind of entity, for the pages. */
final class EntityTypes {
  private EntityTypes() {}

  static String arabic(EntityType type) {
    return switch (type) {
      case PERSON -> "شخص";
      case ORGANIZATION -> "منظمة";
      case LOCATION -> "مكان";
      case MISC -> "أخرى";
    };
  }
}
