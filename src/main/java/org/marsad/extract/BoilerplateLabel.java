package org.marsad.extract;

import java.util.List;
import java.util.Optional;
import org.marsad.text.ArabicNormalizer;

/**
 * The labels Arabic (and some English) news pages print in front of boilerplate blocks, shared by
 * the HTML and the plain-text extractors so that both recognise the same blocks.
 *
 * <p>Labels are compared on normalized text (hamza, alef, yeh, diacritics folded), so {@code إقرأ
 * أيضاً} and {@code اقرأ ايضا} are one label.
 */
public enum BoilerplateLabel {
  READ_ALSO(
      "اقرأ أيضاً",
      "اقرأ أيضا",
      "إقرأ أيضا",
      "اقرأ المزيد",
      "إقرأ المزيد",
      "اقرا كذلك",
      "شاهد أيضاً",
      "read also",
      "read more"),
  RELATED(
      "مقالات ذات صلة",
      "أخبار ذات صلة",
      "مواضيع ذات صلة",
      "ذات صلة",
      "related articles",
      "related stories"),
  SIMILAR("مقالات مشابهة", "أخبار مشابهة", "مواضيع مشابهة", "similar articles"),
  MOST_READ("الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "most read", "most popular"),
  TAGS("كلمات دلالية", "الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم", "tags"),
  SOURCE("المصدر", "مصدر الخبر", "source"),
  COPYRIGHT("جميع الحقوق محفوظة", "حقوق النشر محفوظة", "©", "all rights reserved", "copyright"),
  SHARE("شارك", "شارك هذا", "مشاركة", "share"),
  COMMENTS("التعليقات", "أضف تعليق", "اضف تعليقك", "comments"),
  SUBSCRIBE("اشترك", "اشترك في النشرة", "subscribe");

  private final List<String> normalizedForms;

  BoilerplateLabel(String... forms) {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    this.normalizedForms =
        java.util.Arrays.stream(forms).map(f -> normalizer.normalize(f).toLowerCase()).toList();
  }

  /** The forms this label takes, normalized. */
  public List<String> normalizedForms() {
    return normalizedForms;
  }

  /**
   * The label that {@code line} starts with, if any. A label must be followed by the end of the
   * line, a colon, a dash or a non-letter, so that "المصدري" is not the source label.
   */
  public static Optional<BoilerplateLabel> leading(String line) {
    String n = ArabicNormalizer.standard().normalize(line.strip()).toLowerCase();
    for (BoilerplateLabel label : values()) {
      for (String form : label.normalizedForms) {
        if (n.startsWith(form)
            && (n.length() == form.length() || !Character.isLetter(n.charAt(form.length())))) {
          return Optional.of(label);
        }
      }
    }
    return Optional.empty();
  }
}
