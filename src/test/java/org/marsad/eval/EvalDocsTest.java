package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.Reliability;

class EvalDocsTest {
  @TempDir Path dir;

  @Test
  void everyFieldIsReadAndTheDateParsed() throws IOException {
    Path jsonl =
        write(
            "{\"docno\":\"d1\",\"title\":\"عنوان\",\"text\":\"نص\",\"source\":\"SkyNews\","
                + "\"url\":\"https://sky.example/1\",\"pub_date_raw\":\"Thu, 07 Jun 2018 10:37:03"
                + " +0400\",\"category\":\"sport\"}\n");

    EvalDoc d = EvalDocs.read(jsonl).items().get(0);

    assertThat(d)
        .isEqualTo(
            new EvalDoc(
                "d1",
                "عنوان",
                "نص",
                "SkyNews",
                "https://sky.example/1",
                "Thu, 07 Jun 2018 10:37:03 +0400",
                Instant.parse("2018-06-07T06:37:03Z"),
                "sport"));
  }

  @Test
  void absentFieldsAreEmptyAndAnUnreadableDateIsNull() throws IOException {
    Path jsonl = write("{\"docno\":\"d1\",\"pub_date_raw\":\"قريبا\"}\n{\"docno\":\"d2\"}\n");

    Read<EvalDoc> read = EvalDocs.read(jsonl);

    assertThat(read.items())
        .containsExactly(
            new EvalDoc("d1", "", "", "", "", "قريبا", null, ""),
            new EvalDoc("d2", "", "", "", "", "", null, ""));
  }

  @Test
  void malformedIdlessAndRepeatedLinesAreSkippedWithTheirLineAndReason() throws IOException {
    Path jsonl =
        write(
            "{\"docno\":\"d1\",\"title\":\"أول\"}\n"
                + "not json\n"
                + "[1,2]\n"
                + "{\"title\":\"بلا رقم\"}\n"
                + "\n"
                + "{\"docno\":\"d1\",\"title\":\"ثان\"}\n"
                + "{\"docno\":\"  \"}\n"
                + "{\"docno\":\"d2\"}\n");

    Read<EvalDoc> read = EvalDocs.read(jsonl);

    assertThat(read.items()).extracting(EvalDoc::docno).containsExactly("d1", "d2");
    assertThat(read.items().get(0).title()).isEqualTo("أول");
    assertThat(read.problems())
        .containsExactly(
            "line 2: not JSON",
            "line 3: not a JSON object",
            "line 4: no docno",
            "line 6: docno d1 repeated",
            "line 7: no docno");
    assertThat(read.skipped()).isEqualTo(5);
    Reliability.record(
        "bad-input",
        "EvalDocsTest.malformedIdlessAndRepeatedLinesAreSkippedWithTheirLineAndReason",
        "evaluation JSONL with a non-JSON line, a JSON array, a record without docno, a blank"
            + " docno and a repeated docno",
        "the other documents are read; each skipped line is named with its number and reason",
        read.items().size() + " docs read, " + read.skipped() + " lines skipped");
  }

  private Path write(String content) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "docs", ".jsonl"), content);
  }
}
