package org.marsad.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists behind the plain-text cues, each held normalized and lower-cased ({@link
 * MatchText#key}) so that spelling variants (أ/ا, ى/ي, ة/ه, harakat) match alike.
 */
final class DumpWords {
  private DumpWords() {}

  /**
   * Section names that aggregators print before a read-also headline and that careless scraping
   * glues to it ("العالمارتفاع"). Longest first, so that "عربي ودولي" wins over "عربي".
   */
  static final List<String> CATEGORIES =
      keysLongestFirst(
          "العالم",
          "عربي ودولي",
          "عربي",
          "دولي",
          "اقتصاد",
          "رياضة",
          "سياسة",
          "محلي",
          "محليات",
          "منوعات",
          "تكنولوجيا",
          "تقنية",
          "صحة",
          "ثقافة",
          "فنون",
          "أخبار",
          "الخليج",
          "علوم");

  /**
   * Words that open a news sentence (mostly و + reporting verb, and discourse connectors). When one
   * follows a fused read-also headline it marks where the article's own text resumes.
   */
  static final List<String> SENTENCE_STARTERS =
      keysLongestFirst(
          "وقال",
          "وقالت",
          "وأضاف",
          "وأضافت",
          "وأكد",
          "وأكدت",
          "وأشار",
          "وأشارت",
          "وأوضح",
          "وأوضحت",
          "وتابع",
          "وتابعت",
          "وذكر",
          "وذكرت",
          "ونقل",
          "ونقلت",
          "وكان",
          "وكانت",
          "وجاء",
          "وبحسب",
          "ووفقا",
          "ويأتي",
          "وتأتي",
          "ويقول",
          "وتقول",
          "ولفت",
          "ولفتت",
          "وشدد",
          "وشددت",
          "وأعلن",
          "وأعلنت",
          "وأفاد",
          "وأفادت",
          "واعتبر",
          "واعتبرت",
          "ويذكر",
          "يذكر أن",
          "وبعد",
          "ورغم",
          "ولكن",
          "وفي",
          "وقد",
          "ومن",
          "ولم",
          "لكن",
          "كما",
          "أما",
          "من جهته",
          "من جهتها",
          "من جهة أخرى",
          "من جهة",
          "من ناحية أخرى",
          "في غضون ذلك",
          "إلى ذلك",
          "في حين",
          "في المقابل",
          "بالإضافة إلى",
          "وفي المقابل");

  /** Starters shorter than this are trusted only after a space, never glued to a word. */
  static final int MIN_GLUED_STARTER = 4;

  /** Labels in front of a publication date. */
  static final List<String> DATE_LABELS =
      keysLongestFirst(
          "نشر في",
          "نشر بتاريخ",
          "تاريخ النشر",
          "تم النشر",
          "التاريخ",
          "published",
          "آخر تحديث",
          "تاريخ التحديث",
          "تحديث",
          "updated");

  /** Date labels that give an update time, used only when no publication time is printed. */
  static final Set<String> UPDATE_DATE_LABELS =
      keySet("آخر تحديث", "تاريخ التحديث", "تحديث", "updated");

  /** Labels in front of an author; the ones in {@link #LOOSE_AUTHOR_LABELS} need no colon. */
  static final List<String> AUTHOR_LABELS =
      keysLongestFirst("الكاتب", "الكاتبة", "بقلم", "كتب", "كتبت", "إعداد", "by", "author");

  static final Set<String> LOOSE_AUTHOR_LABELS = keySet("بقلم", "by");

  /** Labels that mark a line as the title. */
  static final List<String> TITLE_LABELS = keysLongestFirst("العنوان", "عنوان", "title");

  /** First words of a breadcrumb line. */
  static final List<String> CRUMB_HEADS =
      keysLongestFirst("الرئيسية", "الصفحة الرئيسية", "home", "أنت هنا");

  /** Lines that are nothing but an advertisement marker. */
  static final Set<String> AD_MARKERS =
      keySet("إعلان", "اعلان", "advertisement", "مساحة إعلانية", "إعلانات");

  /** Social networks and share targets; a line made only of these is a share bar. */
  static final Set<String> SHARE_TARGETS =
      keySet(
          "فيسبوك",
          "فيس",
          "بوك",
          "تويتر",
          "إكس",
          "واتساب",
          "واتس",
          "آب",
          "تيليجرام",
          "تلغرام",
          "لينكد",
          "إن",
          "لينكدإن",
          "البريد",
          "الإلكتروني",
          "طباعة",
          "نسخ",
          "الرابط",
          "facebook",
          "twitter",
          "x",
          "whatsapp",
          "telegram",
          "linkedin",
          "email",
          "print",
          "شارك",
          "مشاركة",
          "عبر",
          "على",
          "هذا",
          "الخبر",
          "المقال",
          "تابعونا",
          "تابعنا");

  /** Words that carry little topic: skipped when comparing what two texts are about. */
  static final Set<String> FUNCTION_WORDS =
      keySet(
          "في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "التي", "الذي", "الذين", "بعد", "قبل",
          "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قال", "قالت", "أو", "ثم", "حتى", "خلال",
          "بين", "عند", "لم", "لن", "قد", "كما", "وقد", "وفي", "ومن", "وقال", "وقالت", "أي", "كل",
          "بعض", "منذ", "حول", "ضد", "عبر", "لدى", "ما", "لا", "هو", "هي", "هم", "غير", "إلا",
          "أمام");

  private static List<String> keysLongestFirst(String... words) {
    return Arrays.stream(words)
        .map(MatchText::key)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private static Set<String> keySet(String... words) {
    return Arrays.stream(words).map(MatchText::key).collect(Collectors.toUnmodifiableSet());
  }
}
