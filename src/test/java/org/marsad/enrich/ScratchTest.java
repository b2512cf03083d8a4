package org.marsad.enrich;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.eval.EvalDoc;
import org.marsad.eval.EvalDocs;
import org.marsad.model.ArticleText;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    List<EvalDoc> docs =
        EvalDocs.read(Path.of("/work/shared/data/ant-corpus-v2.1-sample/ant_v2.1_sample.jsonl"))
            .items();
    TermCounts c = new TermCounts();
    for (EvalDoc d : docs) {
      c.add(ArticleText.of(d.title(), d.text()));
    }
    KeywordExtractor warm = new KeywordExtractor(c);
    KeywordExtractor cold = new KeywordExtractor(new TermCounts());
    int shown = 0;
    for (int i = 0; i < docs.size() && shown < 12; i += 97) {
      EvalDoc d = docs.get(i);
      shown++;
      System.out.println("== " + d.title());
      System.out.println(
          "warm: "
              + warm.keywords(d.title(), d.text(), List.of(), 10).stream()
                  .map(k -> k.text() + String.format("(%d,%.2f)", k.count(), k.score()))
                  .toList());
      System.out.println("cold: " + cold.keywordTexts(d.title(), d.text(), List.of(), 10));
    }
    for (EvalDoc d : docs) {
      if (d.text().contains("مجلس الأمن") && shown++ < 16) {
        System.out.println("== " + d.title());
        System.out.println("warm: " + warm.keywordTexts(d.title(), d.text(), List.of(), 10));
      }
    }
  }
}
