package org.marsad.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DedupDoc;
import org.marsad.eval.EvalPair;
import org.marsad.testing.Reliability;

class DedupEvaluationTest {
  private static final String STORY =
      "عرضت الصين زيادة وارداتها من السلع الأميركية بحوالي 70 مليار دولار شرط أن تتخلى الإدارة"
          + " عن تهديدها بفرض رسوم جمركية مشددة على بضائع صينية بقيمة 50 مليار دولار، وكانت صحيفة"
          + " وول ستريت جورنال قد أوردت أن هذا الاقتراح عرض خلال الجولة الأخيرة من المحادثات.";
  private static final String OTHER =
      "تشهد العاصمة السعودية الرياض مساء اليوم أول عرض سينمائي جماهيري في البلاد منذ أكثر من 35"
          + " عاما، في إجراء تاريخي بعد السماح بإقامة دور عرض سينمائي في المملكة في وقت سابق من"
          + " العام، ويحضر الافتتاح عدد من المسؤولين والفنانين.";

  @TempDir Path dir;

  private Path docs() throws IOException {
    return Files.writeString(
        dir.resolve("docs.jsonl"),
        String.join(
            "\n",
            line("A-1", "a", "الصين تعرض شراء منتجات أميركية", STORY),
            line("B-1", "b", "تفاديا للعقوبات.. الصين تزيد وارداتها", STORY),
            line("C-1", "c", "أول عرض سينمائي في الرياض", OTHER),
            "{not json",
            "{\"title\": \"no docno\"}",
            line("D-1", "d", "أسعار الذهب", "الذهب يرتفع")));
  }

  private static String line(String docno, String source, String title, String text) {
    return String.format(
        "{\"docno\": \"%s\", \"source\": \"%s\", \"title\": \"%s\", \"text\": \"%s\","
            + " \"pub_date_raw\": \"Thu, 07 Jun 2018 10:37:03 +0400\"}",
        docno, source, title, text);
  }

  @Test
  void unlabelledPairsAreDuplicatesAndAsManyRandomPairsAreNegatives() throws IOException {
    Path pairs =
        Files.writeString(dir.resolve("pairs.tsv"), "docno_a\tdocno_b\tjaccard\nA-1\tB-1\t1.0\n");
    DedupEvaluation.Inputs in = DedupEvaluation.read(docs(), pairs);
    DedupEvaluation.Result r = DedupEvaluation.run(in.docs(), in.pairs(), DedupConfig.defaults());

    assertThat(in.pairs()).hasSize(2);
    assertThat(in.pairs().get(1).duplicate()).isFalse();
    assertThat(r.tp()).isEqualTo(1);
    assertThat(r.fp()).isZero();
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isEqualTo(1.0);
  }

  @Test
  void labelsAreReadAndPrintedFiguresEndWithPrecisionAndRecall() throws IOException {
    Path pairs =
        Files.writeString(
            dir.resolve("pairs.tsv"),
            "docno_a\tdocno_b\tlabel\nA-1\tB-1\t1\nA-1\tC-1\t0\nC-1\tD-1\t1\n");
    DedupEvaluation.Inputs in = DedupEvaluation.read(docs(), pairs);
    DedupEvaluation.Result r = DedupEvaluation.run(in.docs(), in.pairs(), DedupConfig.defaults());
    StringWriter out = new StringWriter();
    Map<String, DedupDoc> byId =
        in.docs().stream().collect(Collectors.toMap(DedupDoc::id, Function.identity()));
    DedupEvaluation.print(new PrintWriter(out, true), in, r, byId, DedupConfig.defaults(), 5);

    assertThat(in.pairs()).hasSize(3);
    assertThat(r.tp()).isEqualTo(1);
    assertThat(r.tn()).isEqualTo(1);
    assertThat(r.fn()).isEqualTo(1);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("precision 1.0000 recall 0.5000");
    assertThat(out.toString()).contains("false negative: C-1 | D-1");
  }

  @Test
  void malformedLinesAndUnknownDocnosAreSkippedAndCounted() throws IOException {
    Path pairs =
        Files.writeString(
            dir.resolve("pairs.tsv"), "docno_a\tdocno_b\nA-1\tB-1\nA-1\tNOPE\nonly-one-column\n");
    DedupEvaluation.Inputs in = DedupEvaluation.read(docs(), pairs);

    assertThat(in.docs()).extracting(DedupDoc::id).containsExactly("A-1", "B-1", "C-1", "D-1");
    assertThat(in.problems()).hasSize(4);
    assertThat(in.pairs().stream().filter(EvalPair::duplicate)).hasSize(1);
    Reliability.record(
        "bad-input",
        "DedupEvaluationTest.malformedLinesAndUnknownDocnosAreSkippedAndCounted",
        "eval dedup inputs with a non-JSON line, a record without docno, a pair naming an unknown"
            + " docno and a one-column pair line",
        "the rest is evaluated; each skipped line is counted with its reason",
        in.docs().size() + " docs, " + in.problems().size() + " lines skipped");
  }
}
