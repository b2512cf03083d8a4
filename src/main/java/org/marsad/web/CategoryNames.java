package org.marsad.web;

import java.util.Map;

/**
 * The Arabic name a reader sees for a category label. The shipped classifier answers with the ANT
 * corpus's English labels ({@code middleEast}, {@code sport}...), which an Arabic page should not
 * show; a label it does not know (a feed's own category, usually Arabic already) is shown as is.
 * Links and filters keep the label itself.
 */
final class CategoryNames {
  private static final Map<String, String> ARABIC =
      Map.of(
          "internationalNews", "أخبار دولية",
          "middleEast", "الشرق الأوسط",
          "sport", "رياضة",
          "economy", "اقتصاد",
          "technology", "تكنولوجيا",
          "culture", "ثقافة وفن");

  private CategoryNames() {}

  static String display(String label) {
    return ARABIC.getOrDefault(label, label);
  }
}
