package org.marsad.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes learned from unlabeled news text, so that a name the labeled corpus never shows
 * still shares a feature with names that occur in the same contexts ({@code قال X}, {@code الرئيس
 * X}). Each frequent word (by {@link NerFeatures#key}) is described by the words seen just before
 * and after it (the {@value #CONTEXT_WORDS} most frequent words of the text, square-root counts,
 * unit length), and those vectors are grouped by spherical k-means from a deterministic start, so
 * the same text gives the same classes. Immutable and thread-safe once built.
 */
final class NerWordClusters {
  static final int CONTEXT_WORDS = 300;
  static final int ITERATIONS = 12;

  static final NerWordClusters NONE = new NerWordClusters(Map.of());

  private final Map<String, Integer> clusters;

  NerWordClusters(Map<String, Integer> clusters) {
    this.clusters = Map.copyOf(clusters);
  }

  int size() {
    return clusters.size();
  }

  /** The class of a word key, or -1 when the word was too rare to have one. */
  int of(String key) {
    Integer c = clusters.get(key);
    return c == null ? -1 : c;
  }

  /**
   * Learns {@code k} classes of the words seen at least {@code minCount} times in {@code texts}.
   */
  static NerWordClusters learn(Iterable<String> texts, int k, int minCount) {
    NerTokenizer tokenizer = new NerTokenizer();
    List<String[]> sentences = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String text : texts) {
      for (List<NerToken> sentence : tokenizer.sentences(text)) {
        String[] keys = new String[sentence.size()];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = NerFeatures.key(sentence.get(i).text());
          counts.merge(keys[i], 1, Integer::sum);
        }
        sentences.add(keys);
      }
    }
    List<String> byFrequency =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= minCount)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    int vocabulary = byFrequency.size();
    if (vocabulary < k) {
      return NONE;
    }
    Map<String, Integer> wordIndex = new HashMap<>();
    for (int i = 0; i < vocabulary; i++) {
      wordIndex.put(byFrequency.get(i), i);
    }
    int dims = 2 * CONTEXT_WORDS;
    float[][] vectors = new float[vocabulary][dims];
    for (String[] keys : sentences) {
      for (int i = 0; i < keys.length; i++) {
        Integer w = wordIndex.get(keys[i]);
        if (w == null) {
          continue;
        }
        if (i > 0) {
          Integer left = wordIndex.get(keys[i - 1]);
          if (left != null && left < CONTEXT_WORDS) {
            vectors[w][left]++;
          }
        }
        if (i + 1 < keys.length) {
          Integer right = wordIndex.get(keys[i + 1]);
          if (right != null && right < CONTEXT_WORDS) {
            vectors[w][CONTEXT_WORDS + right]++;
          }
        }
      }
    }
    for (float[] v : vectors) {
      double norm = 0;
      for (int d = 0; d < dims; d++) {
        v[d] = (float) Math.sqrt(v[d]);
        norm += v[d] * v[d];
      }
      if (norm > 0) {
        float inverse = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
          v[d] *= inverse;
        }
      }
    }
    int[] assignment = kMeans(vectors, k);
    Map<String, Integer> clusters = new HashMap<>();
    for (int i = 0; i < vocabulary; i++) {
      clusters.put(byFrequency.get(i), assignment[i]);
    }
    return new NerWordClusters(clusters);
  }

  /** Spherical k-means; starts from words spread evenly over the frequency ranking. */
  private static int[] kMeans(float[][] vectors, int k) {
    int n = vectors.length;
    int dims = vectors[0].length;
    float[][] centroids = new float[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = vectors[(int) ((long) c * n / k)].clone();
    }
    int[] assignment = new int[n];
    int[][] nonZero = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] nz = new int[dims];
      int m = 0;
      for (int d = 0; d < dims; d++) {
        if (vectors[i][d] != 0) {
          nz[m++] = d;
        }
      }
      nonZero[i] = Arrays.copyOf(nz, m);
    }
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      for (int i = 0; i < n; i++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int c = 0; c < k; c++) {
          float dot = 0;
          for (int d : nonZero[i]) {
            dot += vectors[i][d] * centroids[c][d];
          }
          if (dot > best) {
            best = dot;
            arg = c;
          }
        }
        assignment[i] = arg;
      }
      float[][] sums = new float[k][dims];
      for (int i = 0; i < n; i++) {
        for (int d : nonZero[i]) {
          sums[assignment[i]][d] += vectors[i][d];
        }
      }
      for (int c = 0; c < k; c++) {
        double norm = 0;
        for (float v : sums[c]) {
          norm += v * v;
        }
        if (norm > 0) {
          float inverse = (float) (1 / Math.sqrt(norm));
          for (int d = 0; d < dims; d++) {
            sums[c][d] *= inverse;
          }
          centroids[c] = sums[c];
        }
      }
    }
    return assignment;
  }

  void write(DataOutputStream out) throws IOException {
    Map<String, Integer> sorted = new TreeMap<>(clusters);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue());
    }
  }

  static NerWordClusters read(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 10_000_000) {
      throw new IOException("word class count " + count + " out of range");
    }
    Map<String, Integer> clusters = new HashMap<>();
    for (int i = 0; i < count; i++) {
      clusters.put(in.readUTF(), in.readUnsignedShort());
    }
    return new NerWordClusters(clusters);
  }
}
