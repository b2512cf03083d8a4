package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad related} over a data directory filled by {@code marsad import}. */
class RelatedCommandIT {
  @TempDir Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", data.resolve("d").toString()));
    return MarsadCommand.run(
        all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void importThree() throws Exception {
    Path file = data.resolve("three.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"url\":\"https://a.example/1\",\"source\":\"أ\",\"title\":\"الأمم المتحدة تراجع"
                + " استراتيجية مكافحة الإرهاب\",\"text\":\"راجعت الجمعية العامة استراتيجية الأمم"
                + " المتحدة العالمية لمكافحة الإرهاب.\",\"pub_date_raw\":\"Mon, 01 Jun 2026"
                + " 10:00:00 +0000\"}",
            "{\"url\":\"https://b.example/2\",\"source\":\"ب\",\"title\":\"غوتيريش يدعو إلى"
                + " تنفيذ استراتيجية مكافحة الإرهاب\",\"text\":\"دعا غوتيريش الدول إلى تنفيذ"
                + " استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب والتعاون في تبادل"
                + " المعلومات.\",\"pub_date_raw\":\"Tue, 02 Jun 2026 10:00:00 +0000\"}",
            "{\"url\":\"https://c.example/3\",\"source\":\"ج\",\"title\":\"الأهلي يفوز بالكأس\","
                + "\"text\":\"فاز الأهلي على الزمالك في النهائي.\",\"pub_date_raw\":\"Tue, 02 Jun"
                + " 2026 12:00:00 +0000\"}"),
        StandardCharsets.UTF_8);
    assertThat(run("import", file.toString())).isZero();
    out.getBuffer().setLength(0);
  }

  @Test
  void jsonListsTheRelatedArticleWithItsReasons() throws Exception {
    importThree();
    assertThat(run("related", "1", "--json", "--limit", "3")).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("article").asLong()).isEqualTo(1);
    for (JsonNode hit : json.get("related")) {
      assertThat(hit.get("id").asLong()).isNotEqualTo(1);
      assertThat(hit.get("title").asText()).isNotEqualTo("الأهلي يفوز بالكأس");
    }
  }

  @Test
  void anUnknownIdOrABadLimitIsAUserError() throws Exception {
    importThree();
    assertThat(run("related", "99")).isEqualTo(2);
    assertThat(err.toString()).contains("no article with id 99");
    assertThat(run("related", "1", "--limit", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--limit must be 1..50");
  }

  @Test
  void withoutAnIndexItSaysWhatToDo() {
    assertThat(run("related", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("no search index");
  }
}
