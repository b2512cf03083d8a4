package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/**
 * Turns one article's mentions into its entities: the spellings of one name become one entity with
 * a canonical name. Stateless and thread-safe; linear in the number of mentions.
 *
 * <p>Mentions are one entity when, for one type:
 *
 * <ol>
 *   <li>their {@link #matchKey match keys} are equal: with and without {@code ال} and the clitics
 *       attached to it, hamza, alef, yeh and teh marbuta forms, Persian letters, diacritics;
 *   <li>one is another with a bare clitic letter in front ({@code "وغوتيريش"} and {@code
 *       "غوتيريش"}): read so only because the article also names the rest;
 *   <li>for people, one is the first or last part of another's name ({@code "غوتيريش"} and {@code
 *       "أنطونيو غوتيريش"}; see {@link EntityKey#nameParts}). A short form that could be the part
 *       of two different names of the article ({@code "محمد"} beside {@code "محمد بن سلمان"} and
 *       {@code "محمد مرسي"}) stays an entity of its own: a wrong merge would put one person's
 *       mentions on another, a separate short form only leaves an entity incomplete. Places and
 *       organisations never merge by parts: {@code جنوب السودان} is not {@code السودان}, nor {@code
 *       كوريا الشمالية} {@code كوريا}.
 * </ol>
 *
 * <p>The canonical name is the longest well-formed spelling (at most {@value #MAX_NAME_WORDS}
 * words; the longest key, then the most frequent, then the first), as the source wrote it, without
 * leading clitics ({@link EntitySpelling}). Mentions longer than {@link EntitySpelling#MAX_CHARS}
 * chars, and mentions without a letter or digit, are left out: no name is that long.
 */
public final class EntityCanonicalizer {
  /** Names with more words are a recognizer's overlong span: never canonical, never split. */
  static final int MAX_NAME_WORDS = 8;

  /**
   * The form in which names are compared, everywhere: {@link EntityKey#of}. Two spellings of one
   * name give one key ({@code "الأمم المتّحدة"}, {@code "للامم المتحده"}: {@code "امم متحده"}).
   */
  public static String matchKey(String name) {
    return EntityKey.of(name);
  }

  /**
   * The entities of one article from its mentions (any order), in order of first mention; ids are 0
   * (the store assigns them).
   */
  public List<ArticleEntity> canonicalize(List<EntityMention> mentions) {
    Map<String, Group> byTypeAndKey = new LinkedHashMap<>();
    for (EntityMention mention : mentions) {
      if (mention.text().length() > EntitySpelling.MAX_CHARS) {
        continue;
      }
      String spelling = EntitySpelling.of(mention.text());
      String key = EntityKey.of(spelling);
      if (!key.isEmpty()) {
        byTypeAndKey
            .computeIfAbsent(id(mention.type(), key), k -> new Group(mention.type(), key))
            .add(mention, spelling);
      }
    }
    mergeBareClitics(byTypeAndKey);
    mergePersonShortForms(byTypeAndKey.values());
    return byTypeAndKey.values().stream()
        .filter(g -> g.root() == g)
        .map(Group::toEntity)
        .sorted(Comparator.comparingInt(e -> e.mentions().get(0).start()))
        .toList();
  }

  private static void mergeBareClitics(Map<String, Group> byTypeAndKey) {
    for (Group group : byTypeAndKey.values()) {
      String rest = EntityKey.withoutBareClitic(group.key);
      Group target = rest == null ? null : byTypeAndKey.get(id(group.type, rest));
      if (target != null) {
        group.mergeInto(target, true);
      }
    }
  }

  /** Longest names first, so that a short form joins the root of a chain of longer forms. */
  private static void mergePersonShortForms(Iterable<Group> all) {
    List<Group> people = new ArrayList<>();
    Map<String, List<Group>> byPart = new HashMap<>();
    for (Group group : all) {
      if (group.type != EntityType.PERSON || group.root() != group || group.words() == 0) {
        continue;
      }
      people.add(group);
      if (group.words() <= MAX_NAME_WORDS) {
        for (String part : EntityKey.nameParts(group.key)) {
          byPart.computeIfAbsent(part, p -> new ArrayList<>()).add(group);
        }
      }
    }
    people.sort(Comparator.comparingInt(Group::words).reversed());
    for (Group group : people) {
      Group target = onlyRoot(byPart.get(group.key), group);
      boolean clitic = false;
      if (target == null && byPart.get(group.key) == null) {
        String rest = EntityKey.withoutBareClitic(group.key);
        target = rest == null ? null : onlyRoot(byPart.get(rest), group);
        clitic = target != null;
      }
      if (target != null) {
        group.mergeInto(target, clitic);
      }
    }
  }

  /** The one root the longer names having this part belong to; null if none or several. */
  private static Group onlyRoot(List<Group> longer, Group self) {
    if (longer == null) {
      return null;
    }
    Set<Group> roots = new HashSet<>();
    for (Group g : longer) {
      Group root = g.root();
      if (root != self.root()) {
        roots.add(root);
      }
    }
    return roots.size() == 1 ? roots.iterator().next() : null;
  }

  private static String id(EntityType type, String key) {
    return type.ordinal() + ":" + key;
  }

  /** The mentions taken for one entity so far; merged groups point to the one they joined. */
  private static final class Group {
    final EntityType type;
    final String key;
    final List<EntityMention> mentions = new ArrayList<>();
    final List<String> spellings = new ArrayList<>();
    Group mergedInto;

    Group(EntityType type, String key) {
      this.type = type;
      this.key = key;
    }

    int words() {
      return EntityKey.words(key).size();
    }

    void add(EntityMention mention, String spelling) {
      mentions.add(mention);
      spellings.add(spelling);
    }

    Group root() {
      Group g = this;
      while (g.mergedInto != null) {
        g = g.mergedInto;
      }
      return g;
    }

    /** Moves this group's mentions to {@code target}'s root; a clitic letter leaves spellings. */
    void mergeInto(Group target, boolean firstLetterIsClitic) {
      Group root = target.root();
      if (root == this) {
        return;
      }
      for (int i = 0; i < mentions.size(); i++) {
        String spelling = spellings.get(i);
        root.add(
            mentions.get(i),
            firstLetterIsClitic ? EntitySpelling.withoutFirstLetter(spelling) : spelling);
      }
      mentions.clear();
      spellings.clear();
      mergedInto = root;
    }

    ArticleEntity toEntity() {
      Map<String, Integer> frequency = new LinkedHashMap<>();
      List<EntityMention> inOrder = new ArrayList<>();
      Set<Long> ranges = new HashSet<>();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < mentions.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingInt(i -> mentions.get(i).start()));
      for (int i : order) {
        EntityMention m = mentions.get(i);
        if (ranges.add(((long) m.start() << 32) | m.end())) {
          inOrder.add(m);
          frequency.merge(spellings.get(i), 1, Integer::sum);
        }
      }
      List<String> variants = new ArrayList<>(frequency.keySet());
      variants.sort(Comparator.comparingInt((String v) -> frequency.get(v)).reversed());
      return new ArticleEntity(0, canonical(variants, frequency), type, variants, inOrder);
    }

    private static String canonical(List<String> variants, Map<String, Integer> frequency) {
      String best = null;
      String bestKey = "";
      for (String v : variants) {
        String k = EntityKey.of(v);
        if (EntityKey.words(k).size() > MAX_NAME_WORDS) {
          continue;
        }
        if (best == null
            || k.length() > bestKey.length()
            || (k.length() == bestKey.length() && frequency.get(v) > frequency.get(best))) {
          best = v;
          bestKey = k;
        }
      }
      return best != null ? best : variants.get(0);
    }
  }
}
