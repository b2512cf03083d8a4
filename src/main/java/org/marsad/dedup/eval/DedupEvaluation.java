package org.marsad.dedup.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DedupDoc;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.dedup.DuplicateMatch;
import org.marsad.eval.EvalDoc;
import org.marsad.eval.EvalDocs;
import org.marsad.eval.EvalPair;
import org.marsad.eval.EvalPairs;
import org.marsad.eval.Read;

/**
 * {@code marsad eval dedup}: runs every document, in file order, through the real {@link
 * DuplicateDetector} and scores labelled pairs: a pair is predicted duplicate when both documents
 * end in one group. Without a {@code label} column every listed pair is a duplicate and as many
 * random pairs (seeded, not listed) serve as negatives. Malformed lines and pairs naming unknown
 * documents are counted and skipped, never fatal.
 */
public final class DedupEvaluation {
  /** The documents and pairs read, with what was skipped. */
  public record Inputs(List<DedupDoc> docs, List<EvalPair> pairs, List<String> problems) {}

  /** The figures. */
  public record Result(
      int docs,
      int groups,
      int groupedDocs,
      Map<DuplicateMatch.Method, Integer> methods,
      int tp,
      int fp,
      int fn,
      int tn,
      List<EvalPair> falsePositives,
      List<EvalPair> falseNegatives,
      double docsPerSecond) {
    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }
  }

  private DedupEvaluation() {}

  /**
   * Reads the documents and pairs with {@link EvalDocs} and {@link EvalPairs} (which sample the
   * negatives when the pairs carry no label).
   */
  public static Inputs read(Path docsFile, Path pairsFile) throws IOException {
    Read<EvalDoc> docs = EvalDocs.read(docsFile);
    Read<EvalPair> pairs = EvalPairs.read(pairsFile, docs.items());
    List<String> problems = new ArrayList<>(docs.problems());
    problems.addAll(pairs.problems());
    return new Inputs(
        docs.items().stream().map(DedupEvaluation::dedupDoc).toList(), pairs.items(), problems);
  }

  private static DedupDoc dedupDoc(EvalDoc d) {
    return new DedupDoc(
        d.docno(), d.source().isBlank() ? null : d.source(), d.title(), d.text(), d.published());
  }

  /** Ingests {@code docs} in order through a fresh detector and scores {@code pairs}. */
  public static Result run(List<DedupDoc> docs, List<EvalPair> pairs, DedupConfig config) {
    DuplicateDetector detector = new DuplicateDetector(config);
    Map<DuplicateMatch.Method, Integer> methods = new TreeMap<>();
    long start = System.nanoTime();
    for (DedupDoc d : docs) {
      methods.merge(detector.add(d).method(), 1, Integer::sum);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> groupOf = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (DedupDoc d : docs) {
      detector
          .groupOf(d.id())
          .ifPresent(
              m -> {
                groupOf.put(d.id(), m.groupId());
              });
    }
    groupOf.values().forEach(g -> sizes.merge(g, 1, Integer::sum));
    int grouped = sizes.values().stream().filter(n -> n > 1).mapToInt(Integer::intValue).sum();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<EvalPair> falsePositives = new ArrayList<>();
    List<EvalPair> falseNegatives = new ArrayList<>();
    for (EvalPair p : pairs) {
      String ga = groupOf.get(p.a());
      boolean predicted = ga != null && ga.equals(groupOf.get(p.b()));
      if (predicted && p.duplicate()) {
        tp++;
      } else if (predicted) {
        fp++;
        falsePositives.add(p);
      } else if (p.duplicate()) {
        fn++;
        falseNegatives.add(p);
      } else {
        tn++;
      }
    }
    return new Result(
        docs.size(),
        sizes.size(),
        grouped,
        methods,
        tp,
        fp,
        fn,
        tn,
        falsePositives,
        falseNegatives,
        docs.size() / Math.max(seconds, 1e-9));
  }

  /**
   * The default settings with a window of {@code windowDays}: an evaluation file is rarely in
   * publication order (the ANT sample goes source by source), and a 30-day window would forget an
   * article before its copy from another source arrives months later in the file.
   */
  public static DedupConfig config(int windowDays) {
    DedupConfig defaults = DedupConfig.defaults();
    return defaults.withWindow(Duration.ofDays(windowDays), defaults.maxDocuments());
  }

  /**
   * Prints the figures, {@code show} errors of each kind, and last {@code precision P recall R}.
   */
  public static void print(
      PrintWriter out,
      Inputs in,
      Result r,
      Map<String, DedupDoc> byId,
      DedupConfig config,
      int show) {
    out.printf(
        Locale.ROOT,
        "docs %d, groups %d, docs in groups of 2+ %d, pairs %d (%d duplicate), skipped %d%n",
        r.docs(),
        r.groups(),
        r.groupedDocs(),
        in.pairs().size(),
        in.pairs().stream().filter(EvalPair::duplicate).count(),
        in.problems().size());
    in.problems().stream().limit(5).forEach(p -> out.println("skipped: " + p));
    out.println("methods: " + r.methods());
    out.printf(
        Locale.ROOT,
        "tp %d fp %d fn %d tn %d, %.0f docs/s (one pass, including warm-up)%n",
        r.tp(),
        r.fp(),
        r.fn(),
        r.tn(),
        r.docsPerSecond());
    long uninformative =
        r.falseNegatives().stream()
            .filter(
                p ->
                    !DuplicateDetector.informativeBody(byId.get(p.a()).body(), config)
                        || !DuplicateDetector.informativeBody(byId.get(p.b()).body(), config))
            .count();
    out.printf(
        Locale.ROOT,
        "false negatives with a body too short to compare (boilerplate line, caption): %d of %d%n",
        uninformative,
        r.falseNegatives().size());
    printErrors(out, "false positive", r.falsePositives(), byId, show);
    printErrors(out, "false negative", r.falseNegatives(), byId, show);
    out.printf(Locale.ROOT, "precision %.4f recall %.4f%n", r.precision(), r.recall());
  }

  private static void printErrors(
      PrintWriter out, String kind, List<EvalPair> errors, Map<String, DedupDoc> byId, int show) {
    for (EvalPair p : errors.subList(0, Math.min(show, errors.size()))) {
      DedupDoc a = byId.get(p.a());
      DedupDoc b = byId.get(p.b());
      out.printf(
          Locale.ROOT,
          "%s: %s | %s%n  A %s: %s%n  B %s: %s%n",
          kind,
          p.a(),
          p.b(),
          a.published(),
          a.title(),
          b.published(),
          b.title());
    }
  }
}
