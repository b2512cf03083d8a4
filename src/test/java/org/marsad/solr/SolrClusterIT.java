package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.search.ArabicNewsAnalyzer;

/**
 * The configset and the analysis plug-in in a real SolrCloud cluster: uploaded through ZooKeeper, a
 * sharded, replicated collection created with it, and Marsad's chains run by the nodes.
 */
class SolrClusterIT {

  private static final String COLLECTION = "configset_check";
  private static SolrCluster solr;

  @BeforeAll
  static void connect() {
    solr = SolrCluster.connect(TestCluster.shared().zkAddress());
    solr.uploadConfigset();
    solr.ensureCollection(COLLECTION, 2, 2);
  }

  @AfterAll
  static void disconnect() {
    if (solr != null) {
      solr.close();
    }
  }

  @Test
  void anUploadReloadsTheCollectionsMadeWithTheConfigset() throws Exception {
    solr.uploadConfigset();

    assertThat(solr.reloadCollections()).contains(COLLECTION);
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", "reloaded");
    doc.addField("dupkey", "b1f");
    solr.client().add(COLLECTION, doc);
    solr.client().commit(COLLECTION);
    assertThat(
            solr.client()
                .query(COLLECTION, new org.apache.solr.client.solrj.SolrQuery("dupkey:b1f"))
                .getResults()
                .getNumFound())
        .isEqualTo(1);
  }

  @Test
  void theNodesAnalyzeLikeTheEmbeddedIndex() throws Exception {
    String text = "وقال الرئيس المصري إن الولايات المتحدة ستدعم مصر، والمصريين في الإسكندرية";
    FieldAnalysisRequest request = new FieldAnalysisRequest().setFieldTypes(List.of("text_marsad"));
    request.setFieldValue(text);
    request.setQuery(text);
    var analysis = request.process(solr.client(), COLLECTION).getFieldTypeAnalysis("text_marsad");
    assertThat(lastStage(analysis.getIndexPhases()))
        .isEqualTo(terms(new ArabicNewsAnalyzer(), text))
        .contains("مصر", "اسكندر");
    assertThat(lastStage(analysis.getQueryPhases()))
        .isEqualTo(terms(ArabicNewsAnalyzer.forQueries(), text));
  }

  @Test
  void aWordFindsItsFormWithTheConjunction() throws Exception {
    SolrInputDocument first = new SolrInputDocument();
    first.addField("id", "1");
    first.addField("title", "ومصر تستضيف القمة");
    SolrInputDocument second = new SolrInputDocument();
    second.addField("id", "2");
    second.addField("title", "الأمطار في المغرب");
    solr.client().add(COLLECTION, List.of(first, second));
    solr.client().commit(COLLECTION);
    SolrQuery query = new SolrQuery("title:مصر");
    assertThat(solr.client().query(COLLECTION, query).getResults())
        .extracting(d -> d.getFieldValue("id"))
        .containsExactly("1");
  }

  private static List<String> terms(Analyzer analyzer, String text) throws Exception {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("title", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  private static List<String> lastStage(Iterable<AnalysisResponseBase.AnalysisPhase> phases) {
    AnalysisResponseBase.AnalysisPhase last = null;
    for (AnalysisResponseBase.AnalysisPhase phase : phases) {
      last = phase;
    }
    return last.getTokens().stream().map(AnalysisResponseBase.TokenInfo::getText).toList();
  }
}
