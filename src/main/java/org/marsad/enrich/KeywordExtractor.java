package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.model.ArticleEntity;
import org.marsad.model.ArticleText;
import org.marsad.model.EntityMention;

/**
 * The words and phrases that characterise an article: TF-IDF of its own words and phrases against
 * {@link TermCounts}, with collocations kept whole.
 *
 * <p>How: the article's words ({@link Words}) are cut into units, left to right: an entity mention
 * the recognizer found is one unit; otherwise the longest {@link Collocations collocation} (2 to
 * {@value TermCounts#MAX_PHRASE_WORDS} words of one clause, starting and ending with an informative
 * word) starting at a word; otherwise the word. So {@code مجلس الأمن} is counted as one unit and
 * its words are not counted again on their own there. Units are scored by {@code (1 + ln tf) *
 * informativeness}, where {@code tf} counts title occurrences {@value #TITLE_WEIGHT} times and
 * informativeness blends the normalized IDF ({@code ln((N+1)/(df+1)) / ln(N+1)}) with a prior from
 * word length by {@code N / (N + }{@value #COLD_START_DOCUMENTS}{@code )}: with few articles
 * counted (a cold start, {@code marsad analyze} of one page) frequency, length and the title
 * decide; with many, IDF does. Stopwords, numbers and single words of under {@value
 * #MIN_WORD_LETTERS} letters are never keywords; a single word is dropped when a better phrase
 * keyword contains it and the word occurs on its own no more often than the phrase.
 *
 * <p>Every keyword is a span of the article's text (in its most frequent spelling, preferring one
 * without a leading conjunction or preposition), so {@link Tags#containedIn} holds for it. Reads
 * the first {@value #MAX_CHARS} chars. Thread-safe when its {@link TermCounts} is (it is).
 */
public final class KeywordExtractor {
  static final int MAX_CHARS = 100_000;
  static final double TITLE_WEIGHT = 3;
  static final double COLD_START_DOCUMENTS = 100;
  static final int MIN_WORD_LETTERS = 3;
  private static final int MAX_ENTITY_WORDS = 8;
  private static final int MAX_TITLE_CHARS = 300;
  private static final int MIN_BARE_DOCUMENTS = 20;

  private final TermCounts counts;
  private final Collocations collocations;

  public KeywordExtractor(TermCounts counts) {
    this.counts = Objects.requireNonNull(counts, "counts");
    this.collocations = new Collocations(counts);
  }

  /**
   * Up to {@code max} keywords of an article, best first.
   *
   * @param entities the article's entities, offsets into {@code ArticleText.of(title, body)}; may
   *     be empty
   */
  public List<Keyword> keywords(String title, String body, List<ArticleEntity> entities, int max) {
    String t = title == null ? "" : title;
    String text = ArticleText.of(t, body);
    return keywords(text, t.isEmpty() ? 0 : t.length(), entities, max);
  }

  /**
   * Up to {@code max} keywords of {@code text} as {@link ArticleText#of} joins title and body: what
   * comes before the first blank line is read as the title when it is one line of at most {@value
   * #MAX_TITLE_CHARS} chars.
   */
  public List<Keyword> keywords(String text, List<ArticleEntity> entities, int max) {
    String s = text == null ? "" : text;
    int separator = s.indexOf(ArticleText.SEPARATOR);
    boolean titled =
        separator > 0 && separator <= MAX_TITLE_CHARS && s.lastIndexOf('\n', separator - 1) < 0;
    return keywords(s, titled ? separator : 0, entities, max);
  }

  /** The keywords' texts, best first: what {@code Enrichment.keywords} holds. */
  public List<String> keywordTexts(
      String title, String body, List<ArticleEntity> entities, int max) {
    return keywords(title, body, entities, max).stream().map(Keyword::text).toList();
  }

  private List<Keyword> keywords(
      String text, int titleChars, List<ArticleEntity> entities, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, was " + max);
    }
    Words w = Words.of(text, MAX_CHARS, this::corpusPrefers);
    if (max == 0 || w.size == 0) {
      return List.of();
    }
    int[] forced = entityUnits(w, entities == null ? List.of() : entities);
    LongCounts wordCounts = new LongCounts(Math.max(16, w.size));
    LongCounts phraseCounts = new LongCounts(Math.max(16, w.size * TermCounts.MAX_PHRASE_WORDS));
    countArticle(w, wordCounts, phraseCounts);

    Map<String, Unit> units = new HashMap<>();
    int i = 0;
    while (i < w.size) {
      int length =
          forced[i] > 0 ? forced[i] : collocationAt(w, i, forced, wordCounts, phraseCounts);
      if (eligible(w, i, length)) {
        String key = w.keyOf(i, i + length);
        units
            .computeIfAbsent(key, k -> new Unit(k, length))
            .add(w, i, length, w.starts[i] < titleChars);
      }
      i += length;
    }
    long documents = counts.documents();
    List<Keyword> ranked = new ArrayList<>();
    for (Unit u : units.values()) {
      ranked.add(
          new Keyword(u.display(), u.key, u.count, u.tf() * informativeness(u, w, documents)));
    }
    ranked.sort(
        Comparator.comparingDouble(Keyword::score)
            .reversed()
            .thenComparingInt(k -> units.get(k.key()).first));
    return choose(ranked, max);
  }

  /**
   * Whether a unit may be a keyword: it starts and ends with an informative word, and a single word
   * has at least {@value #MIN_WORD_LETTERS} letters.
   */
  private static boolean eligible(Words w, int i, int length) {
    if (length > 1) {
      return w.informative[i] && w.informative[i + length - 1];
    }
    return w.informative[i] && w.keys[i].codePointCount(0, w.keys[i].length()) >= MIN_WORD_LETTERS;
  }

  /**
   * Whether the corpus prefers a word's other reading ({@link Words#bareKeys}): it is counted in at
   * least {@value #MIN_BARE_DOCUMENTS} articles and in twice as many as the word as read ({@code
   * وواشنطن} to {@code واشنطن}); words whose first letter is their own ({@code وزير}, {@code
   * ليفربول}) are far more common than what remains without it ({@code زير}, {@code يفربول}).
   */
  private boolean corpusPrefers(String key, String other) {
    int otherCount = counts.wordFrequency(WordKeys.hash(other));
    return otherCount >= MIN_BARE_DOCUMENTS
        && otherCount >= 2 * counts.wordFrequency(WordKeys.hash(key));
  }

  /** For each word, the length of the entity mention starting there, 0 elsewhere. */
  private static int[] entityUnits(Words w, List<ArticleEntity> entities) {
    int[] forced = new int[w.size];
    for (ArticleEntity e : entities) {
      for (EntityMention m : e.mentions()) {
        int from = firstWordAtOrAfter(w, m.start());
        int to = from;
        while (to < w.size && w.ends[to] <= m.end()) {
          to++;
        }
        int length = to - from;
        if (length > 0 && length <= MAX_ENTITY_WORDS && w.oneClause(from, to)) {
          forced[from] = Math.max(forced[from], length);
        }
      }
    }
    // a shorter mention inside a longer one starting earlier loses to it
    int coveredUntil = 0;
    for (int k = 0; k < w.size; k++) {
      if (k < coveredUntil) {
        forced[k] = 0;
      } else if (forced[k] > 0) {
        coveredUntil = k + forced[k];
      }
    }
    return forced;
  }

  private static int firstWordAtOrAfter(Words w, int offset) {
    int lo = 0;
    int hi = w.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (w.starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void countArticle(Words w, LongCounts wordCounts, LongCounts phraseCounts) {
    for (int i = 0; i < w.size; i++) {
      if (!w.informative[i]) {
        continue;
      }
      wordCounts.increment(w.hashes[i]);
      long h = w.hashes[i];
      for (int k = i + 1;
          k < i + TermCounts.MAX_PHRASE_WORDS && k < w.size && !w.clauseEndsAfter[k - 1];
          k++) {
        h = WordKeys.combine(h, w.hashes[k]);
        if (w.informative[k]) {
          phraseCounts.increment(h);
        }
      }
    }
  }

  /**
   * The length of the unit starting at word {@code i}: the longest collocation starting there,
   * unless a stronger one starts inside it and reaches beyond it ({@code أعضاء مجلس الأمن}: the
   * unit is {@code أعضاء}, then {@code مجلس الأمن}); otherwise 1.
   */
  private int collocationAt(
      Words w, int i, int[] forced, LongCounts wordCounts, LongCounts phraseCounts) {
    double[] strength = new double[1];
    int length =
        longestCollocation(
            w, i, i + TermCounts.MAX_PHRASE_WORDS, forced, wordCounts, phraseCounts, strength);
    double own = strength[0];
    for (int j = i + 1; j < i + length; j++) {
      int other = longestCollocation(w, j, w.size, forced, wordCounts, phraseCounts, strength);
      if (other > 1 && j + other > i + length && strength[0] > own) {
        return longestCollocation(w, i, j, forced, wordCounts, phraseCounts, strength);
      }
    }
    return length;
  }

  /**
   * The length of the longest collocation starting at word {@code i} and ending by word {@code
   * limit}, or 1; its strength in {@code strength[0]}.
   */
  private int longestCollocation(
      Words w,
      int i,
      int limit,
      int[] forced,
      LongCounts wordCounts,
      LongCounts phraseCounts,
      double[] strength) {
    strength[0] = -1;
    if (!w.informative[i] || forced[i] > 0) {
      return 1;
    }
    int longest = 1;
    while (longest < TermCounts.MAX_PHRASE_WORDS
        && i + longest < Math.min(w.size, limit)
        && !w.clauseEndsAfter[i + longest - 1]
        && forced[i + longest] == 0) {
      longest++;
    }
    for (int length = longest; length >= 2; length--) {
      int to = i + length;
      if (w.informative[to - 1]) {
        double s = collocations.strength(w, i, to, phraseCounts, wordCounts);
        if (s >= 0) {
          strength[0] = s;
          return length;
        }
      }
    }
    return 1;
  }

  private double informativeness(Unit u, Words w, long documents) {
    double corpus = documents / (documents + COLD_START_DOCUMENTS);
    int df;
    if (u.length == 1) {
      df = counts.wordFrequency(w.hashes[u.first]);
    } else {
      df = counts.phraseFrequency(WordKeys.phrase(w.hashes, u.first, u.first + u.length));
    }
    double idf =
        documents == 0 ? 1 : Math.log((documents + 1.0) / (df + 1.0)) / Math.log(documents + 1.0);
    double prior = 0;
    for (int k = u.first; k < u.first + u.length; k++) {
      if (w.informative[k]) {
        prior = Math.max(prior, lengthPrior(w.keys[k]));
      }
    }
    if (u.length > 1) {
      prior = Math.min(1, prior * 1.2);
    }
    return corpus * idf + (1 - corpus) * prior;
  }

  /** How informative a word of this length tends to be: 3 letters 0.33, 6 letters 0.83. */
  private static double lengthPrior(String key) {
    int letters = key.codePointCount(0, key.length());
    return Math.min(0.95, (letters - 1) / 6.0);
  }

  /** The best {@code max}, without a word that a better phrase keyword already covers. */
  private static List<Keyword> choose(List<Keyword> ranked, int max) {
    List<Keyword> chosen = new ArrayList<>();
    for (Keyword k : ranked) {
      if (chosen.size() == max) {
        break;
      }
      if (!coveredByPhrase(k, chosen)) {
        chosen.add(k);
      }
    }
    return chosen;
  }

  private static boolean coveredByPhrase(Keyword word, List<Keyword> chosen) {
    if (word.key().indexOf(' ') >= 0) {
      return false;
    }
    for (Keyword c : chosen) {
      if (c.count() >= word.count() && (" " + c.key() + " ").contains(" " + word.key() + " ")) {
        return true;
      }
    }
    return false;
  }

  /** One keyword candidate: its occurrences as a unit and how they are spelled. */
  private static final class Unit {
    final String key;
    final int length;
    int first = -1;
    int count;
    double weighted;
    final Map<String, int[]> spellings = new HashMap<>(4);
    String bestSpelling;
    int bestRank = -1;

    Unit(String key, int length) {
      this.key = key;
      this.length = length;
    }

    void add(Words w, int at, int unitLength, boolean inTitle) {
      if (first < 0) {
        first = at;
      }
      count++;
      weighted += inTitle ? TITLE_WEIGHT : 1;
      String spelling = w.display(at, at + unitLength);
      int[] n = spellings.computeIfAbsent(spelling, s -> new int[1]);
      n[0]++;
      // plain spellings (no clitic but the article) first, then the more frequent
      int rank = (w.plain[at] ? 1 << 30 : 0) + n[0];
      if (rank > bestRank) {
        bestRank = rank;
        bestSpelling = spelling;
      }
    }

    double tf() {
      return 1 + Math.log(weighted);
    }

    String display() {
      return bestSpelling;
    }
  }
}
