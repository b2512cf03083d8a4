package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;

/**
 * An article's tags: its entities' names, most mentioned first, then its keywords, at most a given
 * number, no two for one name.
 *
 * <p>An entity is shown by its canonical name when the text contains it, otherwise by the first of
 * its variants, then its mentions, that the text contains; an entity none of whose names the text
 * contains gets no tag. A keyword is dropped when it is one of an entity's names or lies inside one
 * or holds one, by matching form ({@code الأمين العام} goes when {@code أنطونيو غوتيريش، الأمين
 * العام للأمم المتحدة} is an entity; {@code الأسد} when {@code بشار الأسد} is).
 *
 * <p>The invariant (issue 8: "no tag is ever shown for a word the article does not contain"): every
 * tag returned passes {@link #containedIn} for the article's text. Stateless; thread-safe.
 */
public final class Tags {
  /** Default number of tags per article. */
  public static final int DEFAULT_MAX = 10;

  private Tags() {}

  /**
   * Whether {@code text} contains {@code tag} or a variant of it: the tag's words occur there
   * consecutively by matching form (article, hamza, yeh, teh marbuta, Persian letters, diacritics
   * and a leading {@code و ف ب ل} do not matter). False for a tag without words.
   */
  public static boolean containedIn(String tag, String text) {
    return tag != null && TagMatcher.of(text).contains(tag);
  }

  /**
   * Up to {@code max} tags for an article.
   *
   * @param text the article's text ({@code ArticleText.of(title, body)}), which entity offsets
   *     point into
   * @param entities its entities, in any order
   * @param keywords its keywords, best first
   */
  public static List<String> of(
      String text, List<ArticleEntity> entities, List<String> keywords, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, was " + max);
    }
    TagMatcher matcher = TagMatcher.of(text);
    List<String> tags = new ArrayList<>();
    Set<String> shownKeys = new HashSet<>();
    List<String> entityNames = new ArrayList<>();
    List<ArticleEntity> byMentions = new ArrayList<>(entities == null ? List.of() : entities);
    byMentions.sort(Comparator.comparingInt(ArticleEntity::count).reversed());
    for (ArticleEntity e : byMentions) {
      List<String> names = names(e);
      names.forEach(n -> entityNames.add(keyLine(n)));
      String shown = names.stream().filter(matcher::contains).findFirst().orElse(null);
      if (shown != null && tags.size() < max && shownKeys.add(keyLine(shown))) {
        tags.add(shown);
      }
    }
    for (String keyword : keywords == null ? List.<String>of() : keywords) {
      if (tags.size() >= max) {
        break;
      }
      String key = keyLine(keyword);
      if (key.isBlank() || overlapsAName(key, entityNames) || !matcher.contains(keyword)) {
        continue;
      }
      if (shownKeys.add(key)) {
        tags.add(keyword);
      }
    }
    return tags;
  }

  /** Canonical name, variants, then mention texts, without repeats. */
  private static List<String> names(ArticleEntity e) {
    Set<String> names = new java.util.LinkedHashSet<>();
    names.add(e.canonical());
    names.addAll(e.variants());
    for (EntityMention m : e.mentions()) {
      names.add(m.text());
    }
    names.removeIf(Objects::isNull);
    return new ArrayList<>(names);
  }

  /** The keys of a name's words as {@code " k1 k2 "}, for whole-word containment. */
  private static String keyLine(String name) {
    String[] keys = TagMatcher.keysOf(name);
    return keys.length == 0 ? " " : " " + String.join(" ", keys) + " ";
  }

  private static boolean overlapsAName(String key, List<String> names) {
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      if (name.contains(key) || key.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
