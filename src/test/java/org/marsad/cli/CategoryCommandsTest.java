package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.Reliability;

/** {@code marsad train category} and {@code marsad eval category} on small hand-made JSONL. */
class CategoryCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return MarsadCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String record(String title, String text, String category, String split)
      throws IOException {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("title", title);
    r.put("text", text);
    r.put("category", category);
    if (split != null) {
      r.put("split", split);
    }
    return JSON.writeValueAsString(r);
  }

  private Path trainingFile() throws IOException {
    String[][] sport = {
      {"فوز الأهلي على الزمالك", "سجل اللاعب هدفين في المباراة وتصدر الفريق الدوري"},
      {"ريال مدريد يتأهل", "تأهل الفريق إلى نهائي البطولة بعد الفوز بثلاثة أهداف"},
      {"مدرب المنتخب يعلن التشكيلة", "أعلن المدرب أسماء اللاعبين للمباراة الودية"},
      {"الهلال بطلا للدوري", "توج الهلال بلقب الدوري بعد فوزه في المباراة الأخيرة"}
    };
    String[][] economy = {
      {"ارتفاع أسعار النفط", "ارتفعت أسعار النفط في الأسواق بعد قرار أوبك خفض الإنتاج"},
      {"البنك المركزي يرفع الفائدة", "رفع البنك المركزي سعر الفائدة لكبح التضخم"},
      {"تراجع البورصة", "تراجعت الأسهم في البورصة وخسر المستثمرون مليارات الدولارات"},
      {"الدولار يرتفع", "ارتفع الدولار أمام العملات وهبطت أسعار الذهب في الأسواق"}
    };
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sport.length; i++) {
      lines.add(record(sport[i][0], sport[i][1], "sport", i % 2 == 0 ? "train" : null));
      lines.add(record(economy[i][0], economy[i][1], "economy", "train"));
    }
    lines.add(record("خبر الاختبار", "لا يدخل التدريب", "culture", "test"));
    lines.add("{\"title\": \"broken");
    Path file = dir.resolve("train.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void trainsOnTrainAndUnsplitRecordsOnly() throws IOException {
    Path model = dir.resolve("category.model");
    int code =
        run("train", "category", "--data", trainingFile().toString(), "--out", model.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("records: 8, bad lines: 1")
        .contains("bad line 10: not JSON")
        .contains("labels: economy, sport")
        .contains("wrote " + model + " (" + Files.size(model) + " bytes)");
  }

  @Test
  void evalCountsBadLinesAndScoresTheRest() throws IOException {
    Path model = dir.resolve("category.model");
    assertThat(
            run(
                "train",
                "category",
                "--data",
                trainingFile().toString(),
                "--out",
                model.toString()))
        .isZero();
    out.getBuffer().setLength(0);
    List<String> lines =
        List.of(
            record("الزمالك يفوز", "فاز الفريق في المباراة وسجل اللاعب هدفا", "sport", "test"),
            record("التضخم", "ارتفعت الأسعار وقرر البنك رفع الفائدة", "economy", null),
            record("تدريب", "هذا سجل تدريب لا يقيم", "sport", "train"),
            "not json at all",
            "{\"title\": \"بلا فئة\", \"text\": \"نص\", \"split\": \"test\"}",
            record("طقس", "أمطار غزيرة", "weather", "test"),
            "{\"title\": \"بلا نص\", \"category\": \"sport\"}",
            "[1, 2]");
    Path test = dir.resolve("test.jsonl");
    Files.write(test, lines, StandardCharsets.UTF_8);

    int code = run("eval", "category", "--test", test.toString(), "--model", model.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("records: 2, bad lines: 5")
        .contains("bad line 4: not JSON")
        .contains("bad line 5: no category")
        .contains("bad line 6: unknown category 'weather'")
        .contains("bad line 7: no text")
        .contains("bad line 8: not a JSON object")
        .containsPattern("(?m)^accuracy [01]\\.\\d{4}$")
        .containsPattern("(?m)^macro-F1 [01]\\.\\d{4}$")
        .contains("2 docs");
    Reliability.record(
        "bad-input",
        "CategoryCommandsTest.evalCountsBadLinesAndScoresTheRest",
        "marsad eval category on JSONL with a non-JSON line, a JSON array, a record without"
            + " category, one without text and one with an unknown category",
        "each bad line counted and named with its reason; the 2 good records scored; exit 0",
        "records 2, bad lines 5, exit " + code);
  }

  @Test
  void corruptModelIsOneLineNamingTheFile() throws IOException {
    Path model = dir.resolve("broken.model");
    Files.writeString(model, "garbage");
    Path test = dir.resolve("test.jsonl");
    Files.writeString(test, record("عنوان", "نص", "sport", "test"));

    int code = run("eval", "category", "--test", test.toString(), "--model", model.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("corrupt category model " + model);
  }
}
