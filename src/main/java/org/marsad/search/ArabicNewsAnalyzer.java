package org.marsad.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * Marsad's Lucene analyzer for Arabic news. Every chain is written here, in one place:
 *
 * <pre>
 * index     : ArabicNormalizationCharFilter > StandardTokenizer > LowerCase > Stop
 *             > Clitics (article; and a second token without a leading و) > Suffixes
 * query     : ArabicNormalizationCharFilter > StandardTokenizer > LowerCase > Stop
 *             > Clitics (article only) > Suffixes                      ({@link #forQueries()})
 * unstemmed : ArabicNormalizationCharFilter > StandardTokenizer > LowerCase  ({@link #unstemmed()})
 * </pre>
 *
 * <p>The one difference between index and query: a word starting with {@code و} is indexed with and
 * without it (see {@link ArabicCliticFilter}), and searched as written. So {@code مصر} finds {@code
 * ومصر}, and {@code وزير} finds {@code الوزير} and {@code ووزير}; a query typed with the
 * conjunction ({@code ومصر}) finds only that form.
 *
 * <p>Where order matters: normalization runs as a char filter, before the tokenizer, so that
 * invisible chars, tatweel and ligatures cannot split or hide words, Arabic punctuation is seen as
 * punctuation, and token offsets are corrected back to the original text (highlights depend on it).
 * Stop words are removed before clitic stripping, because the list holds forms with clitics ({@code
 * وفي}, {@code ولا}) and because a stripped stem may look like a stop word. Clitics go before
 * suffixes: the suffix stemmer's length bounds must see the word without its proclitics.
 *
 * <p>Stems are for search recall only and mangle words ({@code الولايات} to {@code ولا}): they are
 * never used as keys for entities, keywords or duplicates. Those use {@link #unstemmed()} or {@link
 * #keyTokens(String)}: normalized, tokenized, lowercased, nothing removed.
 *
 * <p>StandardTokenizer (UAX#29) treats Arabic letters as letters: Arabic words, Latin words and
 * numbers each become tokens; a word glued to digits ({@code كوفيد19}) stays one token.
 */
public final class ArabicNewsAnalyzer extends Analyzer {

  private static final String NAME_ALI = "علي";

  /**
   * Lucene's Arabic stop words, normalized like the text they meet. {@code على} is left out: it
   * normalizes to {@code علي}, which is also the name Ali.
   */
  static final CharArraySet STOP_WORDS = normalizedStopWords();

  private static final int LONGEST_STOP_WORD = LengthBoundStopFilter.longestWord(STOP_WORDS);

  private static final Analyzer KEYS = new ArabicNewsAnalyzer(Chain.UNSTEMMED);
  private static final Analyzer QUERIES = new ArabicNewsAnalyzer(Chain.QUERY);

  private enum Chain {
    INDEX,
    QUERY,
    UNSTEMMED
  }

  private final Chain chain;

  /** The index-time chain. */
  public ArabicNewsAnalyzer() {
    this(Chain.INDEX);
  }

  private ArabicNewsAnalyzer(Chain chain) {
    this.chain = chain;
  }

  /** The query-time chain: the index chain without the second reading of a leading {@code و}. */
  public static Analyzer forQueries() {
    return new ArabicNewsAnalyzer(Chain.QUERY);
  }

  /**
   * Normalization, tokenization and lowercasing only: no stop words, clitic stripping or stems. For
   * stages that need keys (entities, keywords, duplicates).
   */
  public static Analyzer unstemmed() {
    return new ArabicNewsAnalyzer(Chain.UNSTEMMED);
  }

  /** The {@link #unstemmed()} tokens of {@code text}: the words to use as keys. */
  public static List<String> keyTokens(String text) {
    return tokens(KEYS, text);
  }

  /**
   * The terms the {@link #forQueries() query chain} makes of {@code text}, in order: what a search
   * or a similarity query looks up in an index built with this analyzer.
   */
  public static List<String> queryTerms(String text) {
    return tokens(QUERIES, text);
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
    return tokens;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ArabicNormalizationCharFilter(reader, ArabicNormalizer.standard());
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new ArabicNormalizationCharFilter(reader, ArabicNormalizer.standard());
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new TableLowerCaseFilter(source);
    return switch (chain) {
      case UNSTEMMED -> new TokenStreamComponents(source, result);
      case INDEX -> new TokenStreamComponents(source, stemmed(result, true));
      case QUERY -> new TokenStreamComponents(source, stemmed(result, false));
    };
  }

  /** Stop words, then clitics, then suffixes (see the class comment for why this order). */
  private static TokenStream stemmed(TokenStream tokens, boolean indexWawVariant) {
    TokenStream result = stopFilter(tokens);
    result = new ArabicCliticFilter(result, indexWawVariant);
    return new ArabicSuffixStemFilter(result);
  }

  /** The stop-word step of the stemmed chains. */
  static TokenStream stopFilter(TokenStream tokens) {
    return new LengthBoundStopFilter(tokens, STOP_WORDS, LONGEST_STOP_WORD);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new TableLowerCaseFilter(in);
  }

  private static CharArraySet normalizedStopWords() {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    CharArraySet words = new CharArraySet(128, false);
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      String normalized = normalizer.normalize(new String((char[]) word));
      if (!normalized.equals(NAME_ALI)) {
        words.add(normalized);
      }
    }
    return CharArraySet.unmodifiableSet(words);
  }
}
