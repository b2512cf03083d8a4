package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.text.dates.ArabicDateParser;

/**
 * Reads evaluation documents: JSONL with {@code docno, title, text, source, url, pub_date_raw,
 * category}. A line without a {@code docno}, or repeating one already read, is skipped: pairs name
 * documents by {@code docno}, so it must name exactly one.
 */
public final class EvalDocs {
  private EvalDocs() {}

  /**
   * The documents of {@code jsonl} in file order, with the skipped lines.
   *
   * @throws IOException if the file cannot be read
   */
  public static Read<EvalDoc> read(Path jsonl) throws IOException {
    Function<String, Optional<Instant>> dates = new ArabicDateParser().instants(Clock.systemUTC());
    List<EvalDoc> docs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> problems =
        JsonLines.eachObject(
            jsonl,
            n -> {
              String docno = text(n, "docno");
              if (docno.isBlank()) {
                return "no docno";
              }
              if (!seen.add(docno)) {
                return "docno " + docno + " repeated";
              }
              String raw = text(n, "pub_date_raw");
              docs.add(
                  new EvalDoc(
                      docno,
                      text(n, "title"),
                      text(n, "text"),
                      text(n, "source"),
                      text(n, "url"),
                      raw,
                      dates.apply(raw).orElse(null),
                      text(n, "category")));
              return null;
            });
    return new Read<>(docs, problems);
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }
}
