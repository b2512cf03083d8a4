package org.marsad.enrich;

import java.util.Set;

/**
 * Words that join the parts of a name ({@code بن} in {@code محمد بن سلمان}) and never name a person
 * alone, in key form ({@link EntityKey}: hamza folded, article stripped).
 */
public final class NameParticles {
  private static final Set<String> KEYS =
      Set.of(
          "بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "ولد", "بو", "دي", "دا", "دو", "فان",
          "فون", "لا", "de", "da", "van", "von", "al", "el", "bin", "ibn", "abu");

  private NameParticles() {}

  public static boolean contains(String wordKey) {
    return KEYS.contains(wordKey);
  }
}
