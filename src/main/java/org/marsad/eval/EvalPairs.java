package org.marsad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Reads evaluation pairs: a TSV whose header names {@code docno_a}, {@code docno_b} and optionally
 * {@code label} (1 duplicate, 0 not), in any order and case, among other columns. Without a label
 * column every listed pair is a duplicate and as many random pairs of documents, not listed, are
 * added as the negatives: seeded, so that every run and every evaluation scores the same pairs.
 */
public final class EvalPairs {
  /** Seed of the sampled negative pairs. */
  public static final long SEED = 20261130L;

  private EvalPairs() {}

  /**
   * The pairs of {@code tsv} between documents of {@code docs}, in file order, then the sampled
   * negatives when the file has no label column. A row with too few columns, a label other than 1
   * or 0, or a {@code docno} not among {@code docs} is skipped and named.
   *
   * @throws IOException if the file cannot be read, is empty or lacks the two id columns
   */
  public static Read<EvalPair> read(Path tsv, List<EvalDoc> docs) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(
          "empty pairs file " + tsv + ", expected a header: docno_a docno_b [label]");
    }
    List<String> header =
        Arrays.stream(lines.get(0).toLowerCase(Locale.ROOT).split("\t", -1))
            .map(String::strip)
            .toList();
    int a = header.indexOf("docno_a");
    int b = header.indexOf("docno_b");
    int label = header.indexOf("label");
    if (a < 0 || b < 0) {
      throw new IOException("pairs file " + tsv + " needs docno_a and docno_b columns: " + header);
    }
    int columns = Math.max(Math.max(a, b), label) + 1;
    Set<String> known = new HashSet<>();
    docs.forEach(d -> known.add(d.docno()));
    List<EvalPair> pairs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cells = lines.get(i).split("\t", -1);
      String where = "pairs line " + (i + 1) + ": ";
      if (cells.length < columns) {
        problems.add(where + "too few columns");
        continue;
      }
      String x = cells[a].strip();
      String y = cells[b].strip();
      String value = label < 0 ? "1" : cells[label].strip();
      if (!value.equals("1") && !value.equals("0")) {
        problems.add(where + "label '" + value + "' is not 1 or 0");
      } else if (!known.contains(x) || !known.contains(y)) {
        problems.add(where + "unknown docno");
      } else {
        pairs.add(new EvalPair(x, y, value.equals("1")));
      }
    }
    return new Read<>(label < 0 ? withNegatives(pairs, docs) : pairs, problems);
  }

  /**
   * {@code positives} followed by as many random pairs of distinct documents of {@code docs} that
   * are not listed: drawn from {@link #SEED} in the order of {@code docs}, giving up after 100
   * tries a pair (fewer negatives when the documents are too few to make them).
   */
  static List<EvalPair> withNegatives(List<EvalPair> positives, List<EvalDoc> docs) {
    List<EvalPair> all = new ArrayList<>(positives);
    if (docs.size() < 2) {
      return all;
    }
    Set<String> listed = new HashSet<>();
    positives.forEach(p -> listed.add(key(p.a(), p.b())));
    Random random = new Random(SEED);
    int wanted = positives.size();
    for (int tries = 0; wanted > 0 && tries < 100 * positives.size(); tries++) {
      String x = docs.get(random.nextInt(docs.size())).docno();
      String y = docs.get(random.nextInt(docs.size())).docno();
      if (!x.equals(y) && listed.add(key(x, y))) {
        all.add(new EvalPair(x, y, false));
        wanted--;
      }
    }
    return all;
  }

  /** The same key for (x, y) and (y, x). */
  private static String key(String x, String y) {
    return x.compareTo(y) < 0 ? x + "\t" + y : y + "\t" + x;
  }
}
