package org.marsad.story;

import java.util.Set;

/**
 * Arabic function words, normalized like the text they meet ({@code إلى} -> {@code الي}, {@code
 * على} -> {@code علي}): never informative, whatever the document frequencies learned so far say.
 * Without them a cold start (no statistics yet) would treat {@code في} as a rare name. {@code علي}
 * is here although it is also the name Ali: as a word it is nearly always the preposition.
 */
final class FunctionWords {
  private static final Set<String> WORDS =
      Set.of(
          "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "قد", "لا", "ما", "لم", "لن",
          "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "يكون", "تكون", "وقد",
          "وفي", "ومن", "والي", "وعلي", "كما", "بعد", "قبل", "عند", "حيث", "بين", "حتي", "اذا",
          "اي", "كل", "غير", "بعض", "منذ", "خلال", "الا", "انه", "انها", "ايضا", "وان", "فان",
          "لها", "له", "لهم", "هو", "هي", "هم", "نحن", "عليه", "عليها", "منه", "منها", "فيه",
          "فيها", "به", "بها", "قال", "وقال", "واضاف", "اضاف", "وهو", "وهي", "هناك", "لدي", "لكن",
          "ولكن", "ام", "وذلك", "كذلك", "اليوم", "امس", "يوم", "عام", "بان", "لان", "فقد", "وكان",
          "وكانت", "اكثر", "اول", "اخر", "عبر", "ضمن", "دون", "تم", "يتم", "مما", "وما", "ولا",
          "لقد", "the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "as", "by",
          "at", "an", "be", "it", "was", "are", "from", "has", "have", "this");

  private FunctionWords() {}

  static boolean contains(String term) {
    return WORDS.contains(term);
  }
}
