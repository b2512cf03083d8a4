package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Category;

class LinearCategoryClassifierTest {
  private static final LinearCategoryClassifier MODEL = SmallCategoryCorpus.train();

  @TempDir Path dir;

  @Test
  void classifiesArticlesItNeverSaw() {
    assertThat(MODEL.labels()).containsExactly("economy", "sport");
    Category sport = MODEL.classify("الزمالك يفوز", "فاز الفريق في المباراة وسجل اللاعب هدفا");
    Category economy = MODEL.classify("التضخم", "ارتفعت الأسعار وقرر البنك رفع الفائدة");
    assertThat(sport.label()).isEqualTo("sport");
    assertThat(economy.label()).isEqualTo("economy");
    assertThat(sport.score()).isBetween(0.5, 1.0);
  }

  @Test
  void givesNoCategoryWithoutAWord() {
    assertThat(MODEL.classify(null, null)).isNull();
    assertThat(MODEL.classify("", "")).isNull();
    assertThat(MODEL.classify("", "2018 - 12/05 !!")).isNull();
  }

  @Test
  void savedAndLoadedModelScoresExactlyTheSame() throws IOException {
    Path file = dir.resolve("category.model");
    CategoryClassifiers.save(MODEL, file);
    LinearCategoryClassifier loaded = CategoryClassifiers.load(file);
    assertThat(loaded.labels()).isEqualTo(MODEL.labels());
    for (CategoryExample e : SmallCategoryCorpus.EXAMPLES) {
      CategoryFeatures.Vector x = MODEL.features().vector(e.title(), e.body());
      assertThat(loaded.probabilities(x)).isEqualTo(MODEL.probabilities(x));
    }
    Path again = dir.resolve("again.model");
    CategoryClassifiers.save(loaded, again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    Path a = dir.resolve("a.model");
    Path b = dir.resolve("b.model");
    CategoryClassifiers.save(SmallCategoryCorpus.train(), a);
    CategoryClassifiers.save(SmallCategoryCorpus.train(), b);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void truncatedModelFailsNamingTheFile() throws IOException {
    Path file = dir.resolve("category.model");
    CategoryClassifiers.save(MODEL, file);
    byte[] whole = Files.readAllBytes(file);
    for (int length : List.of(0, 10, whole.length / 2, whole.length - 1)) {
      Path cut = dir.resolve("cut-" + length + ".model");
      Files.write(cut, Arrays.copyOf(whole, length));
      assertThatThrownBy(() -> CategoryClassifiers.load(cut))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("corrupt category model " + cut);
    }
  }

  @Test
  void otherFilesFailNamingTheFileAndWhy() throws IOException {
    Path text = dir.resolve("text.model");
    Files.writeString(text, "not a model at all");
    assertThatThrownBy(() -> CategoryClassifiers.load(text))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("not gzip");

    Path otherGzip = dir.resolve("other.model");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(new byte[] {0, 5, 'h', 'e', 'l', 'l', 'o', 0, 0, 0, 1});
    }
    Files.write(otherGzip, bytes.toByteArray());
    assertThatThrownBy(() -> CategoryClassifiers.load(otherGzip))
        .hasMessageContaining(otherGzip.toString())
        .hasMessageContaining("not a category model");
  }

  @Test
  void flippedByteInTheWeightsIsCaught() throws IOException {
    Path file = dir.resolve("category.model");
    CategoryClassifiers.save(MODEL, file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5a;
    Path damaged = dir.resolve("damaged.model");
    Files.write(damaged, bytes);
    assertThatThrownBy(() -> CategoryClassifiers.load(damaged))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corrupt category model " + damaged);
  }

  @Test
  void trainingNeedsTwoLabels() {
    assertThatThrownBy(
            () ->
                new CategoryTrainer(SmallCategoryCorpus.SETTINGS)
                    .train(List.of(new CategoryExample("عنوان", "نص الخبر", "sport"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two labels");
  }
}
