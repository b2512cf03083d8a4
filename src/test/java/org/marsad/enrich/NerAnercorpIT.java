package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.eval.NerEvaluation;
import org.marsad.eval.JsonLines;
import org.marsad.model.ArticleText;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/**
 * Evaluation on the real corpus (CAMeL-style ANERcorp split): trains as {@code eval/ner.sh} does,
 * on the train file only, and scores the test file by the CoNLL rules. Skipped when {@code
 * marsad.data} has no ANERcorp.
 */
class NerAnercorpIT {
  /** The achieved test micro F1 (0.68 when measured) less a margin for small code changes. */
  static final double MIN_MICRO_F1 = 0.66;

  private static final Path DATA = Path.of(System.getProperty("marsad.data", "../shared/data"));
  private static final Path ANERCORP = DATA.resolve("anercorp");
  private static final Path ANT = DATA.resolve("ant-corpus-v2.1-sample/ant_v2.1_sample.jsonl");

  private static NerCorpus test;

  @BeforeAll
  static void readTest() throws IOException {
    Path file = ANERCORP.resolve("ANERCorp_CamelStyle_test.txt");
    assumeTrue(Files.isRegularFile(file), "no ANERcorp under " + ANERCORP + ": skipped");
    test = NerCorpus.read(file);
  }

  @Test
  void trainedOnTheTrainSplitItScoresTheTestSplit() throws IOException {
    assumeTrue(Files.isRegularFile(ANT), "no ANT sample at " + ANT + ": skipped");
    NerCorpus train = NerCorpus.read(ANERCORP.resolve("ANERCorp_CamelStyle_train.txt"));
    List<String> unlabeled = new ArrayList<>();
    JsonLines.eachObject(
        ANT,
        node -> {
          unlabeled.add(
              ArticleText.of(node.path("title").asText(""), node.path("text").asText("")));
          return null;
        });
    StatisticalEntityRecognizer model =
        new PerceptronNerTrainer(PerceptronNerTrainer.Settings.defaults())
            .train(
                train.sentences(),
                NerGazetteers.readAnerGazet(ANERCORP.resolve("gazetteers")),
                unlabeled,
                null);
    NerEvaluation.Result r = NerEvaluation.run(model, test.sentences());
    System.out.printf(
        Locale.ROOT,
        "NerAnercorpIT: test micro P %.4f R %.4f F1 %.4f, %d features%n",
        r.scores().micro().precision(),
        r.scores().micro().recall(),
        r.scores().micro().f1(),
        model.featureCount());
    assertThat(r.scores().micro().f1()).isGreaterThanOrEqualTo(MIN_MICRO_F1);
    assertThat(r.scores().of(EntityType.LOCATION).f1()).isGreaterThan(0.8);
  }

  @Test
  void theShippedModelScoresTheTestSplit() {
    StatisticalEntityRecognizer shipped = (StatisticalEntityRecognizer) EntityRecognizers.shipped();
    NerEvaluation.Result r = NerEvaluation.run(shipped, test.sentences());
    assertThat(r.scores().micro().f1()).isGreaterThanOrEqualTo(MIN_MICRO_F1);
  }

  @Test
  void recognizeFindsTheNamesOfARealTestSentenceAtTheirOffsets() {
    NerSentence first = test.sentences().get(0);
    String text = String.join(" ", first.words());
    List<EntityMention> mentions = EntityRecognizers.shipped().recognize(text);
    List<EntityMention> gold = new ArrayList<>();
    int[] starts = new int[first.size()];
    for (int i = 1; i < first.size(); i++) {
      starts[i] = starts[i - 1] + first.words().get(i - 1).length() + 1;
    }
    for (NerSpan span : NerSpan.of(first.labels())) {
      int start = starts[span.start()];
      int end = starts[span.end() - 1] + first.words().get(span.end() - 1).length();
      gold.add(new EntityMention(text.substring(start, end), span.type(), start, end));
    }
    long found = gold.stream().filter(mentions::contains).count();
    System.out.printf(
        Locale.ROOT,
        "NerAnercorpIT: first test sentence, %d of %d gold names found%n",
        found,
        gold.size());
    assertThat(gold).hasSizeGreaterThan(3);
    assertThat(found).isGreaterThanOrEqualTo(gold.size() * 2 / 3);
  }
}
