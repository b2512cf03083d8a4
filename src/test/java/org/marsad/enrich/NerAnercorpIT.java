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

  /**
   * The raw-text path: real test sentences joined by spaces go through {@link
   * EntityRecognizer#recognize} (its own tokenizer and sentence windows), and the gold names are
   * found at their character offsets about as often as tagging the corpus tokens finds them.
   */
  @Test
  void recognizeFindsTheNamesOfRealTestSentencesAtTheirOffsets() {
    EntityRecognizer shipped = EntityRecognizers.shipped();
    int gold = 0;
    int found = 0;
    for (NerSentence sentence : test.sentences().subList(0, 200)) {
      String text = String.join(" ", sentence.words());
      List<EntityMention> mentions = shipped.recognize(text);
      for (EntityMention m : mentions) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
      int[] starts = new int[sentence.size()];
      for (int i = 1; i < sentence.size(); i++) {
        starts[i] = starts[i - 1] + sentence.words().get(i - 1).length() + 1;
      }
      for (NerSpan span : NerSpan.of(sentence.labels())) {
        int start = starts[span.start()];
        int end = starts[span.end() - 1] + sentence.words().get(span.end() - 1).length();
        gold++;
        if (mentions.contains(
            new EntityMention(text.substring(start, end), span.type(), start, end))) {
          found++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "NerAnercorpIT: 200 raw test sentences, %d of %d gold names found at their offsets%n",
        found,
        gold);
    assertThat(gold).isGreaterThan(300);
    assertThat((double) found / gold).isGreaterThan(0.5);
  }
}
