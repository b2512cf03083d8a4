package org.marsad.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Words that announce a name: titles before a person ({@code الرئيس، الملك، الشيخ}), heads of
 * organisation names ({@code وزارة، جامعة، وكالة}), heads of place names ({@code مدينة، محافظة})
 * and verbs of saying that a speaker's name follows. Looked up by the {@link
 * NerClitics#withoutArticle} form of the normalized word, so {@code الرئيس، والرئيس، للرئيس} are
 * one trigger.
 */
final class NerTriggers {
  /** Trigger classes; the feature value and the rule recognizer's reading. */
  enum Kind {
    PERSON_TITLE,
    ORGANIZATION_HEAD,
    LOCATION_HEAD,
    SPEECH,
    NATIONALITY_HEAD
  }

  static final List<String> PERSON_TITLES =
      List.of(
          "الرئيس",
          "الملك",
          "الأمير",
          "الأميرة",
          "الشيخ",
          "الشيخة",
          "اللواء",
          "العميد",
          "العقيد",
          "المقدم",
          "الرائد",
          "النقيب",
          "الفريق",
          "المشير",
          "الجنرال",
          "السفير",
          "السفيرة",
          "الوزير",
          "الوزيرة",
          "وزير",
          "وزيرة",
          "الدكتور",
          "الدكتورة",
          "د",
          "السيد",
          "السيدة",
          "المستشار",
          "المستشارة",
          "النائب",
          "الأمين",
          "القاضي",
          "المحامي",
          "الإمام",
          "البابا",
          "الرئيسة",
          "المتحدث",
          "المتحدثة",
          "الناطق",
          "الزعيم",
          "رئيس",
          "رئيسة",
          "نائب",
          "الحاكم",
          "السلطان",
          "المدرب",
          "اللاعب",
          "النجم",
          "الفنان",
          "الفنانة",
          "الكاتب",
          "الشاعر",
          "الأستاذ",
          "المهندس",
          "الحاج",
          "المطرب",
          "المطربة",
          "الممثل",
          "الممثلة",
          "المخرج",
          "مستشار",
          "الصحفي",
          "المراسل",
          "الكابتن",
          "الأب",
          "المطران",
          "الأسقف",
          "سمو",
          "جلالة",
          "فخامة",
          "معالي",
          "سعادة",
          "عقيلة",
          "نجل",
          "ابن",
          "بن",
          "بنت",
          "أبو",
          "أم");

  static final List<String> ORGANIZATION_HEADS =
      List.of(
          "وكالة",
          "وزارة",
          "جامعة",
          "شركة",
          "منظمة",
          "حزب",
          "حركة",
          "مجلس",
          "بنك",
          "مصرف",
          "هيئة",
          "اتحاد",
          "جمعية",
          "صحيفة",
          "جريدة",
          "مجلة",
          "قناة",
          "إذاعة",
          "جبهة",
          "مؤسسة",
          "لجنة",
          "محكمة",
          "نادي",
          "فريق",
          "منتخب",
          "مركز",
          "معهد",
          "مجموعة",
          "جيش",
          "قوات",
          "الأمم",
          "برلمان",
          "البرلمان",
          "الكونغرس",
          "الكنيست",
          "مكتب",
          "دائرة",
          "سلطة",
          "رابطة",
          "نقابة",
          "كلية",
          "أكاديمية",
          "صندوق",
          "تحالف",
          "ائتلاف",
          "تنظيم",
          "مديرية",
          "مستشفى",
          "بورصة",
          "سوق",
          "المجلس",
          "الحزب",
          "الاتحاد",
          "المنظمة",
          "الجامعة");

  static final List<String> LOCATION_HEADS =
      List.of(
          "مدينة", "محافظة", "ولاية", "دولة", "عاصمة", "منطقة", "جزيرة", "جزر", "بلدة", "قرية",
          "إقليم", "مقاطعة", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "نهر",
          "بحر", "خليج", "جبل", "جبال", "صحراء", "مخيم", "حي", "شارع", "ميناء", "مطار", "قضاء",
          "ضواحي", "وسط", "أنحاء", "بلاد", "مملكة", "جمهورية", "إمارة", "في", "إلى", "من", "عبر");

  static final List<String> SPEECH_VERBS =
      List.of(
          "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "أضاف", "أضافت", "صرح", "صرحت", "أوضح",
          "أوضحت", "أشار", "أشارت", "ذكر", "ذكرت", "أفاد", "أفادت", "استقبل", "التقى", "بحث", "دعا",
          "طالب", "وصف", "اعتبر", "يقول", "وقال", "وقالت", "وأكد", "وأضاف");

  static final List<String> NATIONALITY_HEADS =
      List.of("الشعب", "الجيش", "الحكومة", "القوات", "الرئاسة", "الخارجية", "الدولة", "المنتخب");

  private static final Map<String, Kind> BY_FORM = build();

  private NerTriggers() {}

  /** The trigger class of a word given in {@link #key} form, or null. */
  static Kind of(String key) {
    return BY_FORM.get(key);
  }

  /** The lookup form of a word: normalized, article and conjunction removed. */
  static String key(String word) {
    return NerClitics.withoutArticle(ArabicNormalizer.standard().normalize(word));
  }

  private static Map<String, Kind> build() {
    Map<String, Kind> map = new HashMap<>();
    // Later lists do not override earlier ones: a title is a stronger signal than a place head.
    put(map, PERSON_TITLES, Kind.PERSON_TITLE);
    put(map, ORGANIZATION_HEADS, Kind.ORGANIZATION_HEAD);
    put(map, LOCATION_HEADS, Kind.LOCATION_HEAD);
    put(map, SPEECH_VERBS, Kind.SPEECH);
    put(map, NATIONALITY_HEADS, Kind.NATIONALITY_HEAD);
    return Map.copyOf(map);
  }

  private static void put(Map<String, Kind> map, List<String> words, Kind kind) {
    for (String word : words) {
      map.putIfAbsent(key(word), kind);
    }
  }
}
