package org.marsad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the dependency direction of STYLE.md honest: model and text at the bottom, cli on top. */
class LayeringTest {
  /**
   * What runs in production. {@code story} and {@code enrich} are named before they exist so that
   * the rules hold for them from their first class.
   */
  private static final String[] PRODUCTION = {
    "org.marsad.model..",
    "org.marsad.text..",
    "org.marsad.extract..",
    "org.marsad.ingest..",
    "org.marsad.dedup..",
    "org.marsad.story..",
    "org.marsad.enrich..",
    "org.marsad.store..",
    "org.marsad.search..",
    "org.marsad.pipeline..",
    "org.marsad.alert..",
    "org.marsad.web..",
    "org.marsad.config.."
  };

  /** Evaluation and benchmark code: measures production, never part of it. */
  private static final String[] EVALUATION = {"org.marsad.bench..", "..eval.."};

  private static final JavaClasses MARSAD =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.marsad");

  @Test
  void modelDependsOnNothingElseInMarsad() {
    noClasses()
        .that()
        .resideInAPackage("org.marsad.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.marsad.text..",
            "org.marsad.extract..",
            "org.marsad.ingest..",
            "org.marsad.store..",
            "org.marsad.search..",
            "org.marsad.web..",
            "org.marsad.cli..")
        .check(MARSAD);
  }

  @Test
  void textIsPureJava() {
    noClasses()
        .that()
        .resideInAPackage("org.marsad.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..",
            "org.jsoup..",
            "io.javalin..",
            "org.marsad.search..",
            "org.marsad.extract..")
        .check(MARSAD);
  }

  /**
   * The Solr backend reads the Lucene queries that search.SearchQueryParser builds, to write them
   * for Solr, which runs on the same Lucene.
   */
  @Test
  void onlySearchSolrAndBenchImportLucene() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.marsad.search..", "org.marsad.solr..", "org.marsad.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(MARSAD);
  }

  @Test
  void onlyTheSolrBackendImportsSolr() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.marsad.solr..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.solr..")
        .check(MARSAD);
  }

  @Test
  void onlyWebImportsTheHttpFramework() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.marsad.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.javalin..")
        .check(MARSAD);
  }

  @Test
  void nothingBelowTheCliDependsOnIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.marsad.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.marsad.cli..")
        .check(MARSAD);
  }

  @Test
  void backendsAreOpenedInOnePlace() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.marsad.store..", "org.marsad.search..", "org.marsad.solr..", "org.marsad.bench..")
        .and()
        .haveNameNotMatching("org\\.marsad\\.pipeline\\.Backends(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.marsad.store.SqliteStore")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.marsad.search.ArticleIndex")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.marsad.solr.SolrStore")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.marsad.solr.SolrSearchIndex")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.marsad.solr.SolrSourceLeases")
        .because("a second backend must replace the embedded ones in pipeline.Backends alone")
        .check(MARSAD);
  }

  @Test
  void productionNeverDependsOnEvaluationCode() {
    noClasses()
        .that()
        .resideInAnyPackage(PRODUCTION)
        .and()
        .resideOutsideOfPackage("..eval..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(EVALUATION)
        .allowEmptyShould(true)
        .check(MARSAD);
  }

  @Test
  void evaluationCodeIsUsedOnlyByTheCli() {
    classes()
        .that()
        .resideInAnyPackage(EVALUATION)
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAnyPackage("org.marsad.bench..", "..eval..", "org.marsad.cli..")
        .allowEmptyShould(true)
        .check(MARSAD);
  }

  /** Baselines such as readability4j are test-scoped; main code must not reach for them. */
  @Test
  void mainCodeImportsNoBaselineLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("net.dankito..")
        .allowEmptyShould(true)
        .check(MARSAD);
  }
}
