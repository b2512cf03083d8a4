package org.marsad.story.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DedupDoc;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.eval.EvalDoc;
import org.marsad.eval.EvalDocs;
import org.marsad.eval.EvalPair;
import org.marsad.eval.EvalPairs;
import org.marsad.eval.Read;
import org.marsad.story.Story;
import org.marsad.story.StoryClusterer;
import org.marsad.story.StoryDoc;
import org.marsad.text.ArabicNormalizer;

/**
 * {@code marsad eval stories}: streams documents by publication date ({@code pub_date_raw} as
 * {@link EvalDocs} reads it; undated documents last, in file order) through the real {@link
 * StoryClusterer}, with duplicate groups from the real {@code DuplicateDetector} (as the pipeline's
 * duplicates stage gives them), and scores pair recall (duplicate pairs that share a story),
 * separation (negative pairs that do not; {@link EvalPairs} samples them, seeded, when the pairs
 * carry no label) and purity by category when the documents carry one.
 */
public final class StoryEvaluation {
  /** Bodies shorter than this (normalized chars) get no duplicate group and count as short. */
  public static final int SHORT_BODY_CHARS = 200;

  /** Size buckets of the size distribution: upper bounds, inclusive. */
  private static final int[] SIZE_BUCKETS = {1, 2, 5, 10, 20, 50, Integer.MAX_VALUE};

  /**
   * @param docs documents streamed
   * @param skippedLines document lines skipped (not a JSON object, no docno or a repeated one)
   * @param undated documents whose date could not be read
   * @param positives positive pairs with both documents present
   * @param recalled positives that share a story
   * @param boilerplatePositives positives whose two documents were both too uninformative to
   *     cluster (empty or boilerplate-only bodies: silver labels that pair them by that
   *     boilerplate)
   * @param negatives negative pairs with both documents present
   * @param separated negatives that do not share a story
   * @param categorized documents with a category
   * @param pure categorized documents in their story's majority category
   * @param stories stories formed
   * @param merges merges reported by the clusterer
   * @param sizes stories per size bucket ("1", "2", "3-5", ...)
   * @param largest the ten largest stories
   * @param docsPerSecond clustering speed (the whole stream, one cold pass, wall clock)
   */
  public record Result(
      int docs,
      int skippedLines,
      int undated,
      int positives,
      int recalled,
      int shortBodyPositives,
      int shortBodyRecalled,
      int negatives,
      int separated,
      int categorized,
      int pure,
      int stories,
      int merges,
      Map<String, Integer> sizes,
      List<Story> largest,
      double docsPerSecond) {

    public double pairRecall() {
      return ratio(recalled, positives);
    }

    /** Pair recall over the positives that are not two short (boilerplate-only) bodies. */
    public double longBodyPairRecall() {
      return ratio(recalled - shortBodyRecalled, positives - shortBodyPositives);
    }

    public double separation() {
      return ratio(separated, negatives);
    }

    /** NaN when no document carries a category. */
    public double purity() {
      return ratio(pure, categorized);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? Double.NaN : (double) part / whole;
    }
  }

  private StoryEvaluation() {}

  /**
   * Runs the evaluation with {@code clusterer} (fresh: the documents get ids 1..n in stream order).
   *
   * @throws IOException if a file cannot be read or the pairs file lacks its id columns
   */
  public static Result run(
      Path docsFile, Path pairsFile, StoryClusterer clusterer, UnaryOperator<StoryDoc> withEntities)
      throws IOException {
    Read<EvalDoc> read = EvalDocs.read(docsFile);
    Read<EvalPair> pairs = EvalPairs.read(pairsFile, read.items());
    List<EvalDoc> stream = byDate(read.items());
    Map<String, Long> storyOfDoc = new HashMap<>();
    Map<Long, String> docOfId = new HashMap<>();
    // Duplicate groups come from the real detector, as the pipeline's duplicates stage gives them.
    DuplicateDetector duplicates = new DuplicateDetector(DedupConfig.defaults());
    List<StoryDoc> input = new ArrayList<>(stream.size());
    Set<String> shortBodies = new HashSet<>();
    for (EvalDoc doc : stream) {
      long id = input.size() + 1L;
      docOfId.put(id, doc.docno());
      String group =
          duplicates
              .add(
                  new DedupDoc(
                      Long.toString(id), doc.source(), doc.title(), doc.text(), doc.published()))
              .groupId();
      input.add(
          withEntities.apply(
              new StoryDoc(id, doc.source(), doc.title(), doc.text(), doc.published(), group)));
      if (ArabicNormalizer.standard().normalize(doc.text()).strip().length() < SHORT_BODY_CHARS) {
        shortBodies.add(doc.docno());
      }
    }
    int merges = 0;
    long start = System.nanoTime();
    for (StoryDoc doc : input) {
      merges += clusterer.add(doc).mergedStoryIds().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Map.Entry<Long, String> e : docOfId.entrySet()) {
      clusterer.storyOf(e.getKey()).ifPresent(s -> storyOfDoc.put(e.getValue(), s));
    }
    List<Story> stories = clusterer.stories();
    int[] pairCounts = scorePairs(pairs.items(), storyOfDoc, shortBodies);
    int[] purity = purity(stories, docOfId, read.items());
    return new Result(
        stream.size(),
        read.skipped(),
        (int) stream.stream().filter(d -> d.published() == null).count(),
        pairCounts[0],
        pairCounts[1],
        pairCounts[4],
        pairCounts[5],
        pairCounts[2],
        pairCounts[3],
        purity[0],
        purity[1],
        stories.size(),
        merges,
        sizes(stories),
        stories.stream()
            .sorted(Comparator.comparingInt(Story::size).reversed().thenComparingLong(Story::id))
            .limit(10)
            .toList(),
        stream.size() / seconds);
  }

  /** The documents by publication date, undated last; a stable sort keeps file order in ties. */
  private static List<EvalDoc> byDate(List<EvalDoc> docs) {
    List<EvalDoc> sorted = new ArrayList<>(docs);
    sorted.sort(
        Comparator.comparing(EvalDoc::published, Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  /** {positives, recalled, negatives, separated, short-body positives, of them recalled}. */
  private static int[] scorePairs(
      List<EvalPair> pairs, Map<String, Long> storyOfDoc, Set<String> shortBodies) {
    int[] counts = new int[6];
    for (EvalPair p : pairs) {
      Long a = storyOfDoc.get(p.a());
      Long b = storyOfDoc.get(p.b());
      if (a == null || b == null) {
        continue;
      }
      boolean together = a.equals(b);
      if (p.duplicate()) {
        counts[0]++;
        counts[1] += together ? 1 : 0;
        if (shortBodies.contains(p.a()) && shortBodies.contains(p.b())) {
          counts[4]++;
          counts[5] += together ? 1 : 0;
        }
      } else {
        counts[2]++;
        counts[3] += together ? 0 : 1;
      }
    }
    return counts;
  }

  /** {categorized documents, documents in their story's majority category}. */
  private static int[] purity(List<Story> stories, Map<Long, String> docOfId, List<EvalDoc> docs) {
    Map<String, String> category = new HashMap<>();
    for (EvalDoc d : docs) {
      if (!d.category().isEmpty()) {
        category.put(d.docno(), d.category());
      }
    }
    int categorized = 0;
    int pure = 0;
    for (Story s : stories) {
      Map<String, Integer> counts = new HashMap<>();
      s.timeline()
          .forEach(
              e -> {
                String c = category.get(docOfId.get(e.articleId()));
                if (c != null) {
                  counts.merge(c, 1, Integer::sum);
                }
              });
      categorized += counts.values().stream().mapToInt(Integer::intValue).sum();
      pure += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    return new int[] {categorized, pure};
  }

  private static Map<String, Integer> sizes(List<Story> stories) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    int low = 1;
    for (int high : SIZE_BUCKETS) {
      String name =
          high == Integer.MAX_VALUE ? ">" + (low - 1) : low == high ? "" + low : low + "-" + high;
      int lo = low;
      sizes.put(
          name, (int) stories.stream().filter(s -> s.size() >= lo && s.size() <= high).count());
      low = high + 1;
    }
    return sizes;
  }
}
