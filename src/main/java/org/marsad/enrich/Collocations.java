package org.marsad.enrich;

/**
 * Whether adjacent words form a collocation, a phrase to keep whole ({@code مجلس الأمن، وقف إطلاق
 * النار، الأمم المتحدة}), rather than words that happen to be neighbours.
 *
 * <p>The measure is the Ochiai coefficient of document sets, with adjacency: {@code df(phrase) /
 * geometric mean of df(word)} over the phrase's informative words, in [0, 1]. Chosen over PMI and
 * the t-score because the corpus table holds document frequencies: PMI over document frequencies
 * measures whether two words share articles, not whether they are adjacent (on the ANT sample
 * {@code مجلس} and {@code الأمن} share so many articles that their document PMI is 0.4 nats,
 * however fixed the phrase) and overrates pairs of rare words; a t-score needs token counts. Over
 * the share of the rarest word ({@code df(phrase) / min df(word)}) it has the advantage that a rare
 * word does not carry a common neighbour with it ({@code هاينكس في تصريحات}). On the ANT sample:
 * {@code مجلس الأمن} 0.16, {@code وقف إطلاق النار} 0.11, {@code الأمم المتحدة} 0.38, {@code دونالد
 * ترامب} 0.87, while {@code اجتماع مجلس الأمن} and other chance extensions stay near 0.02.
 *
 * <p>A phrase is a collocation when its corpus strength is at least {@value #MIN_STRENGTH} and the
 * corpus holds it in at least {@value #MIN_PHRASE_DOCUMENTS} articles or the article repeats it; or
 * when the corpus holds it in fewer and the article repeats it at least {@value #OFTEN_IN_ARTICLE}
 * times (a name new to the corpus, {@code حماية الأجور}; a phrase the corpus knows is judged by the
 * corpus, so that {@code أعضاء مجلس}, 0.08, does not take {@code مجلس} from {@code مجلس الأمن}).
 * The article repeats a phrase when it uses it at least twice and at least half as often as its
 * rarest word. Before {@value #MIN_DOCUMENTS} articles are counted (a cold start) the corpus says
 * nothing and repetition alone decides. Two uses are not enough against the corpus: a title is
 * often repeated in the lead, with its chance neighbours ({@code البرلمان لتشكيل}).
 */
final class Collocations {
  static final long MIN_DOCUMENTS = 20;
  static final int MIN_PHRASE_DOCUMENTS = 3;
  static final double MIN_STRENGTH = 0.1;
  static final int OFTEN_IN_ARTICLE = 3;

  private final TermCounts counts;

  Collocations(TermCounts counts) {
    this.counts = counts;
  }

  /**
   * How strongly words {@code [from, to)} of {@code w} hold together, or -1 when they are no
   * collocation: the corpus strength, or after a cold start the article's own ({@code uses /
   * geometric mean of the words' uses}).
   *
   * @param phraseCounts the article's counts of its candidate phrases, by hash
   * @param wordCounts the article's counts of its informative words, by key hash
   */
  double strength(Words w, int from, int to, LongCounts phraseCounts, LongCounts wordCounts) {
    int inArticle = repeated(w, from, to, phraseCounts, wordCounts);
    if (counts.documents() < MIN_DOCUMENTS) {
      return inArticle >= 2 ? ochiai(inArticle, w, from, to, wordCounts) : -1;
    }
    int phrase = counts.phraseFrequency(WordKeys.phrase(w.hashes, from, to));
    if (phrase < MIN_PHRASE_DOCUMENTS && inArticle >= OFTEN_IN_ARTICLE) {
      return ochiai(inArticle, w, from, to, wordCounts);
    }
    if (phrase < MIN_PHRASE_DOCUMENTS && inArticle < 2) {
      return -1;
    }
    double strength = ochiai(phrase, w, from, to, null);
    return strength >= MIN_STRENGTH ? strength : -1;
  }

  /** {@code phrase} over the geometric mean of the informative words' counts. */
  private double ochiai(int phrase, Words w, int from, int to, LongCounts wordCounts) {
    double logSum = 0;
    int informative = 0;
    for (int k = from; k < to; k++) {
      if (w.informative[k]) {
        int count =
            wordCounts == null ? counts.wordFrequency(w.hashes[k]) : wordCounts.get(w.hashes[k]);
        logSum += Math.log(Math.max(1, count));
        informative++;
      }
    }
    return Math.min(1, phrase / Math.exp(logSum / Math.max(1, informative)));
  }

  /** How often the article uses the phrase, or 0 when under half as often as its rarest word. */
  private static int repeated(
      Words w, int from, int to, LongCounts phraseCounts, LongCounts wordCounts) {
    int phrase = phraseCounts.get(WordKeys.phrase(w.hashes, from, to));
    if (phrase < 2) {
      return phrase;
    }
    int rarest = Integer.MAX_VALUE;
    for (int k = from; k < to; k++) {
      if (w.informative[k]) {
        rarest = Math.min(rarest, wordCounts.get(w.hashes[k]));
      }
    }
    return 2 * phrase >= rarest ? phrase : 0;
  }
}
