package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/** A model trained on a small hand-written corpus: saving, loading, tagging, offsets. */
class StatisticalEntityRecognizerTest {
  static final Path TINY = Path.of("src/test/resources/enrich/ner-tiny.conll");

  private static List<NerSentence> sentences;
  private static StatisticalEntityRecognizer model;

  @TempDir Path dir;

  @BeforeAll
  static void train() throws IOException {
    sentences = NerCorpus.read(TINY).sentences();
    model = trainTiny();
  }

  static StatisticalEntityRecognizer trainTiny() throws IOException {
    List<String> unlabeled = sentences.stream().map(s -> String.join(" ", s.words())).toList();
    PerceptronNerTrainer.Settings settings =
        PerceptronNerTrainer.Settings.defaults().withEpochs(8).withWordClasses(4);
    return new PerceptronNerTrainer(settings)
        .train(NerCorpus.read(TINY).sentences(), NerGazetteers.none(), unlabeled, null);
  }

  private static byte[] bytes(StatisticalEntityRecognizer r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(out);
    return out.toByteArray();
  }

  @Test
  void learnsItsTrainingSentences() {
    for (NerSentence s : sentences) {
      assertThat(model.tagWords(s.words())).isEqualTo(s.labels());
    }
  }

  @Test
  void savedAndLoadedModelTagsIdenticallyAndWritesTheSameBytes() throws IOException {
    Path file = dir.resolve("ner.model");
    model.save(file);
    StatisticalEntityRecognizer loaded = EntityRecognizers.load(file);
    List<String> unseen =
        List.of("قال", "الرئيس", "السوداني", "عمر", "البشير", "في", "الخرطوم", "إن", "مصر", ".");
    assertThat(loaded.tagWords(unseen)).isEqualTo(model.tagWords(unseen));
    for (NerSentence s : sentences) {
      assertThat(loaded.tagWords(s.words())).isEqualTo(model.tagWords(s.words()));
    }
    assertThat(bytes(loaded)).isEqualTo(Files.readAllBytes(file));
    assertThat(loaded.featureCount()).isEqualTo(model.featureCount());
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    assertThat(bytes(trainTiny())).isEqualTo(bytes(model));
  }

  @Test
  void aTruncatedModelIsRefusedNamingTheFile() throws IOException {
    byte[] whole = bytes(model);
    Path file = dir.resolve("cut.model");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> EntityRecognizers.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("truncated");
  }

  @Test
  void aFileThatIsNotAModelIsRefusedNamingTheFile() throws IOException {
    Path text = dir.resolve("text.model");
    Files.writeString(text, "هذا ليس نموذجا");
    assertThatThrownBy(() -> EntityRecognizers.load(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("Not in GZIP format");
    Path gzip = dir.resolve("gzip.model");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write(new byte[64]);
    }
    assertThatThrownBy(() -> EntityRecognizers.load(gzip))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(gzip.toString())
        .hasMessageContaining("not a Marsad NER model");
    Path missing = dir.resolve("missing.model");
    assertThatThrownBy(() -> EntityRecognizers.load(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no NER model file " + missing);
  }

  @Test
  void mentionsAreTheOriginalRangesEvenWithDiacriticsAndTatweel() {
    String text =
        "استقبل الرئيس المصري عَبْد الفتّاح السيسـي في القاهرة وزير الخارجية الأمريكي.\n"
            + "وصل الأمير محمد بن سلمان إلى باريس أمس (Reuters).";
    List<EntityMention> mentions = model.recognize(text);
    for (EntityMention m : mentions) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(mentions)
        .contains(
            new EntityMention("عَبْد الفتّاح السيسـي", EntityType.PERSON, 21, 42),
            new EntityMention("القاهرة", EntityType.LOCATION, 46, 53),
            new EntityMention("باريس", EntityType.LOCATION, 107, 112));
  }
}
