package org.marsad.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/**
 * The recognizer Marsad falls back to when no model is shipped: a built-in gazetteer ({@code
 * ner-builtin-gazetteer.txt}: common places, organisations, public figures and events) and three
 * trigger rules ({@link NerTriggers}), applied left to right, the first that matches at a token
 * winning:
 *
 * <ol>
 *   <li>the longest gazetteer name ({@code القاهرة، بالقاهرة، مجلس الأمن});
 *   <li>an organisation head without the article followed by words with it ({@code وزارة الخارجية
 *       الأمريكية}): the whole run is the organisation;
 *   <li>a person title, optionally followed by adjectives with the article ({@code الرئيس
 *       الفرنسي}), then one to three name words that are not function words or titles ({@code
 *       إيمانويل ماكرون}): those words are the person;
 *   <li>a place head ({@code مدينة، محافظة}) followed by a name word: that word is the place.
 * </ol>
 *
 * Precise rather than complete: it finds far fewer names than the statistical model. Immutable and
 * thread-safe.
 */
public final class RuleEntityRecognizer implements EntityRecognizer {
  static final String GAZETTEER_RESOURCE = "ner-builtin-gazetteer.txt";

  /** Words that end a name: prepositions, conjunctions, pronouns, particles (keys). */
  private static final Set<String> FUNCTION_WORDS =
      keys(
          "في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "أنه", "إنه", "الذي", "التي", "الذين",
          "قد", "لم", "لن", "لا", "ما", "و", "أو", "ثم", "هذا", "هذه", "ذلك", "تلك", "هو", "هي",
          "هم", "كان", "كانت", "يكون", "بعد", "قبل", "خلال", "حول", "عند", "منذ", "أمس", "اليوم",
          "غدا", "الذي", "أيضا", "حيث", "بين", "ضد", "عبر", "نحو", "لدى", "كما", "لكن", "بل", "إذ",
          "إذا", "يوم", "السابق", "الأسبق", "الحالي", "الراحل", "الجديد");

  /** Place heads whose next word is the place; the prepositions of the trigger list are not. */
  private static final Set<String> PLACE_HEADS =
      keys(
          "مدينة", "محافظة", "ولاية", "عاصمة", "جزيرة", "بلدة", "قرية", "إقليم", "مقاطعة", "مخيم",
          "منطقة");

  /** Words that join the next word to a name: بن سلمان، عبد الله، أبو مازن. */
  private static final Set<String> JOINERS = keys("بن", "ابن", "بنت", "عبد", "أبو", "أبي", "آل");

  /** Name words after a title, a joiner and its word counting as one. */
  private static final int MAX_NAME_UNITS = 2;

  private static final int MAX_ORGANIZATION_WORDS = 3;

  private final NerTokenizer tokenizer = new NerTokenizer();
  private final NerGazetteer gazetteer;

  public RuleEntityRecognizer() {
    this.gazetteer = builtInGazetteer();
  }

  @Override
  public List<EntityMention> recognize(String text) {
    List<EntityMention> mentions = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return mentions;
    }
    for (List<NerToken> sentence : tokenizer.sentences(text)) {
      recognize(text, sentence, mentions);
    }
    return mentions;
  }

  private void recognize(String text, List<NerToken> sentence, List<EntityMention> mentions) {
    int n = sentence.size();
    String[] keys = new String[n];
    String[] norms = new String[n];
    for (int i = 0; i < n; i++) {
      norms[i] = NerFeatures.normalize(sentence.get(i).text());
      keys[i] = NerClitics.withoutArticle(norms[i]);
    }
    int[] marks = gazetteer.match(keys);
    int i = 0;
    while (i < n) {
      int[] found = gazetteerName(marks, i);
      if (found == null) {
        found = organization(keys, norms, i);
      }
      if (found == null) {
        found = person(sentence, keys, norms, i);
      }
      if (found == null) {
        found = place(sentence, keys, i);
      }
      if (found == null) {
        i++;
        continue;
      }
      int start = sentence.get(found[0]).start();
      int end = sentence.get(found[1] - 1).end();
      mentions.add(
          new EntityMention(text.substring(start, end), NerTags.TYPES.get(found[2]), start, end));
      i = found[1];
    }
  }

  /** {@code [start, end, type]} of the longest gazetteer name starting at {@code i}, or null. */
  private static int[] gazetteerName(int[] marks, int i) {
    int best = -1;
    int bestEnd = i;
    for (int type : new int[] {2, 1, 0, 3}) { // organisation before place before person
      if ((marks[i] & (1 << (2 * type))) != 0) {
        int end = i + 1;
        while (end < marks.length && (marks[end] & (1 << (2 * type + 1))) != 0) {
          end++;
        }
        if (end > bestEnd) {
          best = type;
          bestEnd = end;
        }
      }
    }
    return best < 0 ? null : new int[] {i, bestEnd, best};
  }

  private static int[] organization(String[] keys, String[] norms, int i) {
    if (NerTriggers.of(keys[i]) != NerTriggers.Kind.ORGANIZATION_HEAD
        || !norms[i].equals(keys[i])) {
      return null;
    }
    int end = i + 1;
    while (end < keys.length
        && end - i < MAX_ORGANIZATION_WORDS
        && hasArticle(norms[end], keys[end])
        && !FUNCTION_WORDS.contains(norms[end])) {
      end++;
    }
    return end > i + 1 ? new int[] {i, end, type(EntityType.ORGANIZATION)} : null;
  }

  private static int[] person(List<NerToken> sentence, String[] keys, String[] norms, int i) {
    if (NerTriggers.of(keys[i]) != NerTriggers.Kind.PERSON_TITLE) {
      return null;
    }
    int start = i + 1;
    while (start < keys.length
        && hasArticle(norms[start], keys[start])
        && !FUNCTION_WORDS.contains(norms[start])) {
      start++; // adjectives: الرئيس الفرنسي, الملك السعودي
    }
    if (start >= keys.length || hasArticle(norms[start], keys[start])) {
      return null;
    }
    int end = start;
    for (int unit = 0; unit < MAX_NAME_UNITS && end < keys.length; unit++) {
      boolean joiner = JOINERS.contains(norms[end]) && end + 1 < keys.length;
      int last = joiner ? end + 1 : end;
      if (!isNameWord(sentence.get(last).text(), keys[last], norms[last])) {
        break;
      }
      end = last + 1;
    }
    return end > start ? new int[] {start, end, type(EntityType.PERSON)} : null;
  }

  private static int[] place(List<NerToken> sentence, String[] keys, int i) {
    if (!PLACE_HEADS.contains(keys[i])
        || i + 1 >= keys.length
        || !isNameWord(sentence.get(i + 1).text(), keys[i + 1], keys[i + 1])) {
      return null;
    }
    return new int[] {i + 1, i + 2, type(EntityType.LOCATION)};
  }

  private static boolean isNameWord(String word, String key, String norm) {
    return NerFeatures.shape(word).equals("a")
        && key.length() >= 2
        && !FUNCTION_WORDS.contains(norm)
        && !FUNCTION_WORDS.contains(key)
        && NerTriggers.of(key) == null;
  }

  private static boolean hasArticle(String norm, String key) {
    return norm.length() != key.length();
  }

  private static int type(EntityType type) {
    return NerTags.TYPES.indexOf(type);
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words)
        .flatMap(w -> Stream.of(NerFeatures.normalize(w), NerFeatures.key(w)))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Reads the built-in gazetteer resource; lists are type indexes of {@link NerTags#TYPES}. */
  static NerGazetteer builtInGazetteer() {
    NerGazetteer.Builder builder = new NerGazetteer.Builder();
    try (InputStream in = RuleEntityRecognizer.class.getResourceAsStream(GAZETTEER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + GAZETTEER_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        EntityType type = EntityType.parse(line.substring(0, tab));
        builder.add(NerGazetteers.keys(line.substring(tab + 1)), type(type));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GAZETTEER_RESOURCE, e);
    }
    return builder.build();
  }
}
