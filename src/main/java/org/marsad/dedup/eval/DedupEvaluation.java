package org.marsad.dedup.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DedupDoc;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.dedup.DuplicateMatch;
import org.marsad.text.dates.ArabicDateParser;

/**
 * {@code marsad eval dedup}: runs every document, in file order, through the real {@link
 * DuplicateDetector} and scores labelled pairs: a pair is predicted duplicate when both documents
 * end in one group. Without a {@code label} column every listed pair is a duplicate and as many
 * random pairs (seeded, not listed) serve as negatives. Malformed lines and pairs naming unknown
 * documents are counted and skipped, never fatal.
 */
public final class DedupEvaluation {
  static final long SEED = 20261130L;

  /** A labelled pair of document numbers. */
  public record Pair(String a, String b, boolean duplicate) {}

  /** The documents and pairs read, with what was skipped. */
  public record Inputs(List<DedupDoc> docs, List<Pair> pairs, List<String> problems) {}

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
      List<Pair> falsePositives,
      List<Pair> falseNegatives,
      double docsPerSecond) {
    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }
  }

  private DedupEvaluation() {}

  /** Reads docs (JSONL) and pairs (TSV with header); samples negatives when unlabelled. */
  public static Inputs read(Path docsFile, Path pairsFile) throws IOException {
    List<String> problems = new ArrayList<>();
    List<DedupDoc> docs = readDocs(docsFile, problems);
    Set<String> known = new HashSet<>();
    docs.forEach(d -> known.add(d.id()));
    List<Pair> pairs = readPairs(pairsFile, known, problems);
    if (pairs.stream().allMatch(Pair::duplicate)) {
      pairs = withNegatives(pairs, docs);
    }
    return new Inputs(docs, pairs, problems);
  }

  /** Ingests {@code docs} in order through a fresh detector and scores {@code pairs}. */
  public static Result run(List<DedupDoc> docs, List<Pair> pairs, DedupConfig config) {
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
    List<Pair> falsePositives = new ArrayList<>();
    List<Pair> falseNegatives = new ArrayList<>();
    for (Pair p : pairs) {
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
        in.pairs().stream().filter(Pair::duplicate).count(),
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
      PrintWriter out, String kind, List<Pair> errors, Map<String, DedupDoc> byId, int show) {
    for (Pair p : errors.subList(0, Math.min(show, errors.size()))) {
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

  private static List<DedupDoc> readDocs(Path file, List<String> problems) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Function<String, Optional<Instant>> dates = new ArabicDateParser().instants(Clock.systemUTC());
    List<DedupDoc> docs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          problems.add("line " + lineNumber + ": not JSON");
          continue;
        }
        String docno = node.path("docno").asText("");
        if (docno.isBlank() || !seen.add(docno)) {
          problems.add("line " + lineNumber + ": no docno or a repeated one");
          continue;
        }
        String raw = node.path("pub_date_raw").asText("");
        docs.add(
            new DedupDoc(
                docno,
                blankToNull(node.path("source").asText("")),
                node.path("title").asText(""),
                node.path("text").asText(""),
                raw.isBlank() ? null : dates.apply(raw).orElse(null)));
      }
    }
    return docs;
  }

  private static List<Pair> readPairs(Path file, Set<String> known, List<String> problems)
      throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException("empty pairs file, expected a header: docno_a docno_b [label]");
    }
    List<String> header = List.of(lines.get(0).strip().split("\t"));
    int a = header.indexOf("docno_a");
    int b = header.indexOf("docno_b");
    int label = header.indexOf("label");
    if (a < 0 || b < 0) {
      throw new IOException("pairs header lacks docno_a and docno_b: " + header);
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split("\t", -1);
      if (lines.get(i).isBlank()) {
        continue;
      }
      if (cells.length <= Math.max(a, Math.max(b, label))) {
        problems.add("pairs line " + (i + 1) + ": too few columns");
        continue;
      }
      if (!known.contains(cells[a].strip()) || !known.contains(cells[b].strip())) {
        problems.add("pairs line " + (i + 1) + ": unknown docno");
        continue;
      }
      boolean duplicate = label < 0 || cells[label].strip().equals("1");
      pairs.add(new Pair(cells[a].strip(), cells[b].strip(), duplicate));
    }
    return pairs;
  }

  /** The pairs plus as many random pairs of distinct documents not listed, seeded. */
  static List<Pair> withNegatives(List<Pair> positives, List<DedupDoc> docs) {
    List<Pair> all = new ArrayList<>(positives);
    if (docs.size() < 2) {
      return all;
    }
    Set<String> listed = new HashSet<>();
    positives.forEach(p -> listed.add(key(p.a(), p.b())));
    Random random = new Random(SEED);
    int wanted = positives.size();
    for (int tries = 0; wanted > 0 && tries < 100 * positives.size(); tries++) {
      String x = docs.get(random.nextInt(docs.size())).id();
      String y = docs.get(random.nextInt(docs.size())).id();
      if (!x.equals(y) && listed.add(key(x, y))) {
        all.add(new Pair(x, y, false));
        wanted--;
      }
    }
    return all;
  }

  private static String key(String x, String y) {
    return x.compareTo(y) < 0 ? x + "\t" + y : y + "\t" + x;
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
