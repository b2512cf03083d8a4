package org.marsad.enrich;

import java.util.Set;

/**
 * Words that never make a keyword or a tag, nor start or end a phrase: Arabic function words
 * (prepositions, pronouns, demonstratives, relatives, particles, auxiliaries), the reporting verbs
 * of news prose ({@code قال، أضاف، أكد}) and vague time words, normalized like the text they meet
 * ({@code إلى} is {@code الي}, {@code التي} stays {@code التي}). A word is a stopword when its
 * normalized form, that form without a leading {@code و}/{@code ف}, or its {@link WordKeys#key} is
 * listed. Wider than {@code story.FunctionWords}, which must keep words that still tell two stories
 * apart; a keyword must characterise an article on its own, and must do so on a cold start, before
 * any corpus statistics say that {@code أكد} is in every second article.
 */
final class KeywordStopwords {
  private static final Set<String> WORDS =
      Set.of(
          // prepositions and particles
          "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ام", "ثم", "قد", "لقد", "لا", "ما",
          "لم", "لن", "ليس", "ليست", "كما", "بعد", "قبل", "عند", "عندما", "حيث", "حين", "بين",
          "حتي", "اذا", "اذ", "لو", "لولا", "اي", "ايه", "الا", "منذ", "خلال", "عبر", "ضمن", "دون",
          "نحو", "حول", "لدي", "لكن", "بل", "كل", "كلا", "بعض", "غير", "سوي", "ايضا", "كذلك",
          "فقط", "جدا", "ربما", "لان", "بان", "كي", "لكي", "سوف", "مثل", "وفق", "وفقا", "تجاه",
          "امام", "خلف", "فوق", "تحت", "اثناء", "مما", "اما", "يا", "هل",
          "ال", "انما", "بينما", "كلما", "حال", "لذا", "لذلك", "هكذا", "بسبب", "رغم", "برغم",
          "عدم", "ازاء", "عقب", "جراء", "لصالح", "بشان", "شان", "وسط", "عليه", "عليها",
          "عليهم", "منه", "منها", "منهم", "فيه", "فيها", "فيهم", "به", "بها", "بهم", "اليه",
          "اليها", "اليهم", "عنه", "عنها", "عنهم", "معه", "معها", "معهم", "له", "لها", "لهم",
          "لهما", "لنا", "لي", "لك", "بذلك", "بهذا", "بهذه", "لهذا", "لهذه", "فيما",
          // pronouns, demonstratives, relatives
          "هو", "هي", "هم", "هما", "هن", "انا", "انت", "انتم", "نحن", "انه", "انها", "انهم",
          "هذا", "هذه", "هذان", "هاتان", "هؤلاء", "ذلك", "تلك", "اولئك", "هنا", "هناك", "هنالك",
          "التي", "الذي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", "ذات", "ذو", "ذي",
          // auxiliaries and quantities
          "كان", "كانت", "كانوا", "يكون", "تكون", "يكونوا", "اصبح", "اصبحت", "صار", "ظل", "مازال",
          "لايزال", "لازال", "ليكون", "تم", "يتم", "تمت", "جميع", "كافه", "عده", "عدد", "احد",
          "احدي", "اكثر", "اقل", "اول", "اولي", "اخر", "اخري", "ثاني", "ثانيه", "نفس", "ذاته",
          "ذاتها", "يمكن", "يجب", "ينبغي", "مدي", "حوالي", "قرابه", "اكبر", "اهم",
          // reporting verbs of news prose
          "قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "اكد", "اكدت", "يؤكد", "تؤكد", "اشار",
          "اشارت", "يشير", "تشير", "اوضح", "اوضحت", "ذكر", "ذكرت", "تابع", "تابعت", "اعلن",
          "اعلنت", "صرح", "افاد", "افادت", "يذكر", "يشار", "جاء", "وجاء", "لفت", "لفتت", "بحسب",
          "حسب", "نقلا", "اعتبر", "اعتبرت", "يري", "تري", "شدد", "شددت", "كشف", "كشفت",
          // vague time
          "اليوم", "امس", "غدا", "الان", "حاليا", "سابقا", "لاحقا", "يوم", "ايام", "الماضي",
          "الماضيه", "المقبل", "المقبله", "الحالي", "الحاليه", "الجاري", "مساء", "صباح",
          // English function words
          "the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "as", "by", "at",
          "an", "be", "it", "was", "are", "from", "has", "have", "this", "or", "not", "but",
          "its", "he", "she", "they", "we", "his", "her", "their", "will", "would", "said", "a");

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';

  private KeywordStopwords() {}

  /** Whether a word, normalized ({@code word}) and as its key ({@code key}), is a stopword. */
  static boolean contains(String word, String key) {
    if (WORDS.contains(word) || WORDS.contains(key)) {
      return true;
    }
    char first = word.isEmpty() ? 0 : word.charAt(0);
    return word.length() > 2 && (first == WAW || first == FEH) && WORDS.contains(word.substring(1));
  }
}
