package org.marsad.story;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How related two articles are, and why: the one measure behind stories and related articles.
 *
 * <p>Score: cosine of TF-IDF vectors over normalized, unstemmed words, times a time factor. A
 * word's weight is {@code ln(1 + tf) * idf}, where a title occurrence counts {@code titleWeight}
 * (the headline names the event), a body occurrence {@code 1 / (1 + position / LEAD_WORDS)} (the
 * lead says what the article is about; the tail of a page often quotes other stories), and IDF
 * comes from the {@link TermStatistics} learned from the articles seen; function words ({@link
 * FunctionWords}) carry no weight. Each entity the article names (when the enrichment stage ran) is
 * one more term of weight {@link #ENTITY_WEIGHT}. Rare words (names) dominate by IDF, and shared
 * multi-word names are the {@link #reasons} shown to readers. The time factor halves every {@code
 * halfLife} between publication times (1 when a time is unknown).
 *
 * <p>Only the first {@code maxChars} chars of title and body are read. Not thread-safe while the
 * statistics are being updated; the scoring methods only read them.
 */
public final class ArticleSimilarity {
  public static final double DEFAULT_TITLE_WEIGHT = 2.0;
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);
  public static final int DEFAULT_MAX_CHARS = 20_000;

  /**
   * A body word's weight halves this many words into the body: news puts the event in its lead, and
   * the tail of a page often carries teasers of other stories that must not glue them.
   */
  static final double LEAD_WORDS = 150;

  /**
   * The term frequency of an entity the article names, as {@link #ENTITY_PREFIX} + its match key:
   * two spellings of one name ("الأمين العام أنطونيو غوتيريش", "غوتيريش") share the entity's term
   * where they share no word. It counts as one word of the lead: the name's own words are terms
   * already, and measured on the ANT stories and the SemEval pairs a heavier entity term only adds
   * the recognizer's mistakes (weight 2: pearson 0.5081, 1: 0.5255, none: 0.5355).
   */
  static final double ENTITY_WEIGHT = 1.0;

  /** Words are letters and digits only, so no word's term starts with this. */
  static final String ENTITY_PREFIX = "@";

  /** Below this many documents the statistics cannot tell common words from rare ones. */
  static final int MIN_DOCUMENTS_FOR_IDF = 20;

  /** A word in more than this share of documents is not informative. */
  static final double COMMON_SHARE = 0.10;

  /** A word in at most this share of documents is a name-like reason on its own. */
  static final double RARE_SHARE = 0.01;

  private final TermStatistics statistics;
  private final double titleWeight;
  private final Duration halfLife;
  private final Tokenizer tokenizer;
  private final SharedPhrases phrases;

  /** With the default title weight, half-life and length limit. */
  public ArticleSimilarity(TermStatistics statistics) {
    this(statistics, DEFAULT_TITLE_WEIGHT, DEFAULT_HALF_LIFE, DEFAULT_MAX_CHARS);
  }

  /**
   * @throws IllegalArgumentException if {@code titleWeight} is not positive, {@code halfLife} not
   *     positive or {@code maxChars} not positive
   */
  public ArticleSimilarity(
      TermStatistics statistics, double titleWeight, Duration halfLife, int maxChars) {
    this.statistics = Objects.requireNonNull(statistics, "statistics");
    if (!(titleWeight > 0) || halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException(
          "need titleWeight > 0 and a positive halfLife, got " + titleWeight + ", " + halfLife);
    }
    this.titleWeight = titleWeight;
    this.halfLife = halfLife;
    this.tokenizer = new Tokenizer(maxChars);
    this.phrases = new SharedPhrases(this::informative, this::rare, statistics::idf);
  }

  public TermStatistics statistics() {
    return statistics;
  }

  /** The words of {@code doc}'s title and body. */
  public ArticleTerms terms(StoryDoc doc) {
    String text = doc.title() + "\n\n" + doc.body();
    List<Token> words = tokenizer.tokens(text);
    int titleEnd = doc.title().length();
    int titleWords = 0;
    while (titleWords < words.size() && words.get(titleWords).originalStart() < titleEnd) {
      titleWords++;
    }
    Set<String> entityTerms = new LinkedHashSet<>();
    for (String key : doc.entities()) {
      if (!key.isEmpty()) {
        entityTerms.add(ENTITY_PREFIX + key);
      }
    }
    return new ArticleTerms(text, words, titleWords, List.copyOf(entityTerms));
  }

  /** Counts {@code terms} in the statistics: the article has been seen. */
  public void observe(ArticleTerms terms) {
    statistics.observe(terms.distinct());
  }

  /** The article's TF-IDF vector under the current statistics. */
  public TermVector vector(ArticleTerms terms) {
    Map<String, Double> weights = termFrequencies(terms);
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String term = e.getKey();
      e.setValue(weight(term, e.getValue(), statistics.idf(term)));
    }
    return TermVector.of(weights);
  }

  /** An article's vector and its count of distinct informative words. */
  public record Weighed(TermVector vector, int informativeTerms) {}

  /**
   * Counts the article in the statistics ({@link #observe}) and returns its vector under the
   * updated statistics ({@link #vector}) and its count of distinct informative words: one look-up
   * per distinct word in the statistics instead of three, which is most of the cost of story
   * assignment.
   */
  public Weighed observeAndWeigh(ArticleTerms terms) {
    Map<String, Double> weights = termFrequencies(terms);
    statistics.newDocument();
    int informative = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String term = e.getKey();
      int df = statistics.countInNewDocument(term);
      informative += informative(term, df) ? 1 : 0;
      e.setValue(weight(term, e.getValue(), statistics.idfOf(df)));
    }
    return new Weighed(TermVector.of(weights), informative);
  }

  /** Title occurrences count {@code titleWeight}, body ones less the further in they are. */
  private Map<String, Double> termFrequencies(ArticleTerms terms) {
    List<Token> words = terms.words();
    Map<String, Double> tf = new HashMap<>(words.size() * 2);
    int titleWords = terms.titleWords();
    for (int i = 0; i < words.size(); i++) {
      double f = i < titleWords ? titleWeight : LEAD_WORDS / (LEAD_WORDS + i - titleWords);
      tf.merge(words.get(i).term(), f, Double::sum);
    }
    for (String entity : terms.entityTerms()) {
      tf.put(entity, ENTITY_WEIGHT);
    }
    return tf;
  }

  private static double weight(String term, double tf, double idf) {
    return FunctionWords.contains(term) ? 0 : Math.log1p(tf) * idf;
  }

  /** Similarity of two articles in [0, 1]: cosine times the time factor. */
  public double score(StoryDoc a, StoryDoc b) {
    return vector(terms(a)).cosine(vector(terms(b))) * timeFactor(a.published(), b.published());
  }

  /** {@code 0.5^(|a - b| / halfLife)}; 1 when either time is unknown. */
  public double timeFactor(Instant a, Instant b) {
    if (a == null || b == null) {
      return 1;
    }
    double gap = Math.abs(Duration.between(a, b).toMillis());
    return Math.pow(0.5, gap / halfLife.toMillis());
  }

  /**
   * The names and phrases {@code a} and {@code b} share, best first, as {@code a} spells them: the
   * longest shared runs of words that start and end with an informative word, ranked by the IDF of
   * their informative words; a single word only when it is rare (a name).
   */
  public List<String> reasons(StoryDoc a, StoryDoc b, int limit) {
    return reasons(terms(a), terms(b), limit);
  }

  /** {@link #reasons(StoryDoc, StoryDoc, int)} for words already read. */
  public List<String> reasons(ArticleTerms a, ArticleTerms b, int limit) {
    return phrases.find(a.words(), a.text(), b.words(), limit);
  }

  /** Not a function word, and not in more than {@link #COMMON_SHARE} of the documents seen. */
  boolean informative(String term) {
    return informative(term, statistics.documentFrequency(term));
  }

  private boolean informative(String term, int documentFrequency) {
    return !FunctionWords.contains(term) && share(documentFrequency) <= COMMON_SHARE;
  }

  /** Informative and in at most {@link #RARE_SHARE} of the documents; never without statistics. */
  private boolean rare(String term) {
    return statistics.documents() >= MIN_DOCUMENTS_FOR_IDF
        && informative(term)
        && share(statistics.documentFrequency(term)) <= RARE_SHARE;
  }

  /** Share of documents holding a term; 0 while there are too few documents to tell. */
  private double share(int documentFrequency) {
    long n = statistics.documents();
    return n < MIN_DOCUMENTS_FOR_IDF ? 0 : (double) documentFrequency / n;
  }
}
