package org.marsad.enrich;

import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/** How entity names are compared wherever they are: one key for every spelling of a name. */
public final class EntityNames {
  private static final String[] ARTICLE_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};
  private static final int MIN_STEM = 2;

  private EntityNames() {}

  /**
   * The key of a name: Arabic-normalized (hamza, alef, yeh, teh marbuta, Persian letters,
   * diacritics), lower-cased, and each word without the article and the clitics attached to it
   * (وال، بال، لل، ال), so that "الأمم المتحدة" and "الامم المتحده" share a key. Empty for a blank
   * name.
   */
  public static String matchKey(String name) {
    if (name == null) {
      return "";
    }
    String normalized = ArabicNormalizer.standard().normalize(name).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normalized.length());
    for (String word : normalized.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(withoutArticle(word));
    }
    return key.toString();
  }

  private static String withoutArticle(String word) {
    for (String prefix : ARTICLE_PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_STEM) {
        return word.substring(prefix.length());
      }
    }
    return word;
  }
}
