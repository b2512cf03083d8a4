package org.marsad.enrich;

/**
 * Document frequencies of words and of candidate phrases over the articles seen, for keyword
 * weights (IDF) and for telling a collocation ({@code مجلس الأمن}) from two words that happen to be
 * adjacent. Learned incrementally: {@link #add} once per article.
 *
 * <p>Terms are {@link WordKeys#key matching forms} ({@code الأمن} and {@code والأمن} count as one).
 * A candidate phrase is 2 to {@value #MAX_PHRASE_WORDS} consecutive words of one clause that start
 * and end with an informative word (see {@link Words}); function words may sit inside ({@code
 * الأمين العام للأمم المتحدة}).
 *
 * <p>Bounded memory: words and phrases are kept as 64-bit hashes with an int count in open
 * addressing tables ({@link LongCounts}), at most {@code maxWords} and {@code maxPhrases} of them
 * (12 bytes each, twice that in table slack). When a table is full it forgets its rarest entries
 * (every count at or below the smallest threshold that frees a quarter of it: in practice the
 * phrases seen once), as lossy counting does. A forgotten phrase that comes back starts again from
 * one, so rare phrases are undercounted by at most {@link #phraseCountFloor()}; frequent phrases,
 * the collocations that matter, stay exact. 64-bit hashes collide with probability about n²/2⁶⁵:
 * negligible at these sizes.
 *
 * <p>Thread-safe: {@link #add} tokenizes and hashes outside a lock and takes it only to count.
 * Reads the first {@value #MAX_CHARS} chars of an article.
 */
public final class TermCounts {
  /** Longest phrase counted, in words. */
  public static final int MAX_PHRASE_WORDS = 4;

  /** Default bound on distinct words kept. */
  public static final int DEFAULT_MAX_WORDS = 250_000;

  /** Default bound on distinct phrases kept. */
  public static final int DEFAULT_MAX_PHRASES = 500_000;

  static final int MAX_CHARS = 20_000;

  private final LongCounts words;
  private final LongCounts phrases;
  private long documents;

  public TermCounts() {
    this(DEFAULT_MAX_WORDS, DEFAULT_MAX_PHRASES);
  }

  /**
   * @throws IllegalArgumentException if a bound is below 16
   */
  public TermCounts(int maxWords, int maxPhrases) {
    this.words = new LongCounts(maxWords);
    this.phrases = new LongCounts(maxPhrases);
  }

  /** Counts one article (title and body, as {@code ArticleText.of} joins them); null is empty. */
  public void add(String articleText) {
    Words w = Words.of(articleText, MAX_CHARS, true);
    long[] wordHashes = new long[w.size];
    long[] phraseHashes = new long[w.size * (MAX_PHRASE_WORDS - 1)];
    int nw = 0;
    int np = 0;
    for (int i = 0; i < w.size; i++) {
      if (!w.informative[i]) {
        continue;
      }
      wordHashes[nw++] = w.hashes[i];
      long h = w.hashes[i];
      for (int k = i + 1;
          k < i + MAX_PHRASE_WORDS && k < w.size && !w.clauseEndsAfter[k - 1];
          k++) {
        h = WordKeys.combine(h, w.hashes[k]);
        if (w.informative[k]) {
          phraseHashes[np++] = h;
        }
      }
    }
    nw = LongCounts.distinct(wordHashes, nw);
    np = LongCounts.distinct(phraseHashes, np);
    synchronized (this) {
      documents++;
      for (int i = 0; i < nw; i++) {
        words.increment(wordHashes[i]);
      }
      for (int i = 0; i < np; i++) {
        phrases.increment(phraseHashes[i]);
      }
    }
  }

  /** Articles counted so far. */
  public synchronized long documents() {
    return documents;
  }

  /**
   * Articles counted that hold {@code term}: one word, or a phrase of up to {@value
   * #MAX_PHRASE_WORDS} words (matched by key, so {@code والأمن} asks for {@code الأمن}); 0 for a
   * blank term, a stopword, or a phrase that is no candidate (it ends with a function word).
   */
  public int documentFrequency(String term) {
    Words w = Words.of(term, MAX_CHARS, false);
    if (w.size == 0 || w.size > MAX_PHRASE_WORDS) {
      return 0;
    }
    long h = WordKeys.phrase(w.hashes, 0, w.size);
    synchronized (this) {
      return w.size == 1 ? words.get(h) : phrases.get(h);
    }
  }

  /** The document frequency of the word with key hash {@code hash}. */
  synchronized int wordFrequency(long hash) {
    return words.get(hash);
  }

  /** The document frequency of the phrase with hash {@code hash}. */
  synchronized int phraseFrequency(long hash) {
    return phrases.get(hash);
  }

  /** At most how much a rare phrase's count may be short after the table forgot rare phrases. */
  public synchronized int phraseCountFloor() {
    return phrases.floor();
  }

  /** Documents, and distinct words and phrases kept now with their bounds. */
  @Override
  public synchronized String toString() {
    return "TermCounts[" + documents + " documents, " + words + ", " + phrases + "]";
  }
}
