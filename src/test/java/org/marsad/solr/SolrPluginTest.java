package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.apache.lucene.analysis.AnalysisSPILoader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.ArabicNewsAnalyzer;

/**
 * The plug-in jar written from the running code holds Marsad's factories, and a class loader that
 * sees Lucene but not Marsad (a Solr node's) analyzes with them exactly as the embedded index does.
 */
class SolrPluginTest {
  private static final String SENTENCE =
      "وقال الرئيس المصري إن الولايات المتحدة ستدعم مصر، والمصريين في الإسكندرية";

  @TempDir Path dir;

  @Test
  void theJarHoldsTheChainAndServicesNamingMarsadsFactoriesOnly() throws Exception {
    Path jar = dir.resolve("lib").resolve(SolrPlugin.JAR_NAME);
    List<String> entries = SolrPlugin.writeJar(jar);
    assertThat(entries)
        .contains(
            "org/marsad/text/ArabicNormalizer.class",
            "org/marsad/search/ArabicCliticFilterFactory.class",
            "org/marsad/search/LengthBoundStopFilter.class",
            "org/marsad/search/TableLowerCaseFilterFactory.class",
            "META-INF/services/org.apache.lucene.analysis.TokenFilterFactory")
        .noneMatch(name -> name.startsWith("org/marsad/store/") || name.contains("/text/dates/"));
    try (JarFile file = new JarFile(jar.toFile())) {
      String services =
          new String(
              file.getInputStream(
                      file.getEntry(
                          "META-INF/services/org.apache.lucene.analysis.TokenFilterFactory"))
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(services.lines())
          .hasSize(4)
          .allMatch(line -> line.startsWith("org.marsad.search."));
    }
  }

  @Test
  void aLoaderWithoutMarsadAnalyzesThroughTheJarAsTheEmbeddedIndex() throws Exception {
    Path jar = dir.resolve(SolrPlugin.JAR_NAME);
    SolrPlugin.writeJar(jar);
    try (URLClassLoader node =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, new WithoutMarsad())) {
      var filters = new AnalysisSPILoader<>(TokenFilterFactory.class, node);
      var charFilters = new AnalysisSPILoader<>(CharFilterFactory.class, node);
      Class<? extends CharFilterFactory> normalization =
          charFilters.lookupClass("marsadArabicNormalization");
      Class<? extends TokenFilterFactory> clitic = filters.lookupClass("marsadArabicClitic");
      assertThat(List.of(normalization, clitic)).allMatch(c -> c.getClassLoader() == node);

      Analyzer index = chain(node, filters, normalization, "true");
      Analyzer query = chain(node, filters, normalization, "false");
      assertThat(terms(index)).isEqualTo(terms(new ArabicNewsAnalyzer())).contains("مصر", "اسكندر");
      assertThat(terms(query)).isEqualTo(terms(ArabicNewsAnalyzer.forQueries()));
    }
  }

  /** The schema's text_marsad chain, built from the jar's factories (which consume their args). */
  private static Analyzer chain(
      ClassLoader node,
      AnalysisSPILoader<TokenFilterFactory> filters,
      Class<? extends CharFilterFactory> normalization,
      String wawVariant)
      throws Exception {
    return CustomAnalyzer.builder(new ClasspathResourceLoader(node))
        .addCharFilter(normalization, new HashMap<>())
        .withTokenizer(StandardTokenizerFactory.class, new HashMap<>())
        .addTokenFilter(filters.lookupClass("marsadLowerCase"), new HashMap<>())
        .addTokenFilter(filters.lookupClass("marsadArabicStop"), new HashMap<>())
        .addTokenFilter(
            filters.lookupClass("marsadArabicClitic"),
            new HashMap<>(Map.of("wawVariant", wawVariant)))
        .addTokenFilter(filters.lookupClass("marsadArabicSuffixStem"), new HashMap<>())
        .build();
  }

  private static List<String> terms(Analyzer analyzer) throws Exception {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("title", SENTENCE)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  /** A Solr node's class path: Lucene and the rest, but none of Marsad's classes. */
  private static final class WithoutMarsad extends ClassLoader {
    WithoutMarsad() {
      super(SolrPluginTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("org.marsad.")) {
        throw new ClassNotFoundException(name + " is in the plug-in only");
      }
      return super.loadClass(name, resolve);
    }
  }
}
