package org.marsad.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.marsad.search.ArabicNewsAnalyzer;
import org.marsad.search.ArticleFields;
import org.marsad.search.DocumentFrequencies;
import org.marsad.search.SimilarArticles;
import org.marsad.search.SimilarDoc;
import org.marsad.search.SimilarQuery;

/**
 * {@link SolrSearchIndex#similar} and {@link SolrSearchIndex#documentFrequencies}: the query that
 * Lucene's MoreLikeThis builds for the embedded index ({@code search.SimilarArticles}), built here
 * from the cluster's counts. The text's terms (Marsad's query chain) are scored by term frequency
 * times the classic inverse document frequency, per field; those in too many articles are dropped;
 * the best {@value SimilarArticles#MAX_QUERY_TERMS} become a disjunction boosted by score. The
 * counts come from one request of facet queries, exact over the articles every shard holds.
 */
final class SolrSimilarArticles {

  /** MoreLikeThis reads at most this many tokens of a text. */
  private static final int MAX_TOKENS_PARSED = 5000;

  /** Facet queries per counting request. */
  private static final int COUNTS_PER_REQUEST = 1000;

  private final SolrSearchIndex index;

  SolrSimilarArticles(SolrSearchIndex index) {
    this.index = index;
  }

  /** One term of one field and its score. */
  private record ScoredTerm(String field, String term, double score) {}

  List<SimilarDoc> find(SimilarQuery query) {
    Map<String, Map<String, Integer>> frequencies = new LinkedHashMap<>();
    addField(frequencies, ArticleFields.TITLE, query.title());
    addField(frequencies, ArticleFields.BODY, query.body());
    if (frequencies.isEmpty()) {
      return List.of();
    }
    List<Term> terms = new ArrayList<>();
    frequencies.forEach((field, tf) -> tf.keySet().forEach(t -> terms.add(new Term(field, t))));
    Map<Term, Long> docFreqs = docFreqs(terms);
    long docs = index.size();
    long maxDocFreq =
        Math.max(
            SimilarArticles.MIN_MAX_DOC_FREQ, docs / 100 * SimilarArticles.MAX_DOC_FREQ_PERCENT);
    List<ScoredTerm> scored = new ArrayList<>();
    frequencies.forEach(
        (field, tf) ->
            tf.forEach(
                (term, freq) -> {
                  long docFreq = docFreqs.getOrDefault(new Term(field, term), 0L);
                  if (docFreq > 0 && docFreq <= maxDocFreq) {
                    double idf = Math.log((docs + 1) / (double) (docFreq + 1)) + 1.0;
                    scored.add(new ScoredTerm(field, term, freq * idf));
                  }
                }));
    if (scored.isEmpty()) {
      return List.of();
    }
    scored.sort(Comparator.comparingDouble(ScoredTerm::score).reversed());
    List<ScoredTerm> best =
        scored.subList(0, Math.min(scored.size(), SimilarArticles.MAX_QUERY_TERMS));
    double bestScore = best.get(0).score();
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    for (ScoredTerm t : best) {
      like.add(
          new BoostQuery(
              new TermQuery(new Term(t.field(), t.term())), (float) (t.score() / bestScore)),
          BooleanClause.Occur.SHOULD);
    }
    ModifiableSolrParams params = SolrSearchIndex.articles("");
    SolrQueryWriter writer = new SolrQueryWriter(params, Map.of());
    List<String> excluded = new ArrayList<>();
    if (query.excludedId() > 0) {
      excluded.add(writer.term(ArticleFields.ID, Long.toString(query.excludedId())));
    }
    if (!query.excludedCopiesKeys().isEmpty()) {
      excluded.add(writer.anyOf(ArticleFields.COPIES_KEY, query.excludedCopiesKeys()));
    }
    if (!query.excludedStories().isEmpty()) {
      excluded.add(writer.anyOf(ArticleFields.STORY, query.excludedStories()));
    }
    params.set("q", writer.excluding(writer.write(like.build()), excluded));
    params.set("fl", "id,score," + ArticleFields.STORY + "," + ArticleFields.COPIES_KEY);
    params.set("rows", query.limit());
    params.set("sort", "score desc");
    List<SimilarDoc> found = new ArrayList<>();
    for (SolrDocument doc : index.query(params).getResults()) {
      long id = Long.parseLong((String) doc.getFieldValue(ArticleFields.ID));
      found.add(
          new SimilarDoc(
              id,
              ((Number) doc.getFieldValue("score")).doubleValue(),
              longValue(doc, ArticleFields.STORY, 0),
              longValue(doc, ArticleFields.COPIES_KEY, -id)));
    }
    return found;
  }

  private static long longValue(SolrDocument doc, String field, long missing) {
    Object value = doc.getFieldValue(field);
    return value == null ? missing : ((Number) value).longValue();
  }

  private static void addField(
      Map<String, Map<String, Integer>> frequencies, String field, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    List<String> terms = ArabicNewsAnalyzer.queryTerms(text);
    Map<String, Integer> tf = new HashMap<>();
    terms
        .subList(0, Math.min(terms.size(), MAX_TOKENS_PARSED))
        .forEach(t -> tf.merge(t, 1, Integer::sum));
    frequencies.put(field, tf);
  }

  /**
   * How many articles hold each word, counted by its stems as {@code search.SimilarArticles} counts
   * them in the embedded index: the most articles any of its stems is in, in titles or bodies; a
   * word without a stem (a stop word) as in every article.
   */
  DocumentFrequencies count(Collection<String> words) {
    Map<String, List<String>> stems = new HashMap<>();
    List<Term> terms = new ArrayList<>();
    for (String word : words) {
      stems.computeIfAbsent(
          word,
          w -> {
            List<String> forms = ArabicNewsAnalyzer.queryTerms(w);
            forms.forEach(
                stem -> {
                  terms.add(new Term(ArticleFields.TITLE, stem));
                  terms.add(new Term(ArticleFields.BODY, stem));
                });
            return forms;
          });
    }
    Map<Term, Long> docFreqs = docFreqs(terms);
    long docs = index.size();
    Map<String, Integer> byWord = new HashMap<>();
    stems.forEach(
        (word, forms) -> {
          long frequency = forms.isEmpty() ? docs : 0;
          for (String stem : forms) {
            frequency =
                Math.max(
                    frequency,
                    Math.max(
                        docFreqs.getOrDefault(new Term(ArticleFields.TITLE, stem), 0L),
                        docFreqs.getOrDefault(new Term(ArticleFields.BODY, stem), 0L)));
          }
          byWord.put(word, (int) frequency);
        });
    return new DocumentFrequencies(docs, byWord);
  }

  /** How many articles hold each term, in as few requests as the counts allow. */
  private Map<Term, Long> docFreqs(List<Term> terms) {
    Map<Term, Long> counts = new HashMap<>();
    List<Term> distinct = terms.stream().distinct().toList();
    for (int from = 0; from < distinct.size(); from += COUNTS_PER_REQUEST) {
      List<Term> chunk =
          distinct.subList(from, Math.min(distinct.size(), from + COUNTS_PER_REQUEST));
      ModifiableSolrParams params = SolrSearchIndex.articles("*:*");
      SolrQueryWriter writer = new SolrQueryWriter(params, Map.of());
      Map<String, Term> byQuery = new HashMap<>();
      for (Term term : chunk) {
        String facetQuery = writer.term(term.field(), term.text());
        byQuery.put(facetQuery, term);
        params.add("facet.query", facetQuery);
      }
      params.set("rows", 0);
      params.set("facet", true);
      QueryResponse response = index.query(params);
      response
          .getFacetQuery()
          .forEach((facetQuery, count) -> counts.put(byQuery.get(facetQuery), count.longValue()));
    }
    return counts;
  }
}
