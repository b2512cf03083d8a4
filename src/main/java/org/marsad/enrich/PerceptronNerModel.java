package org.marsad.enrich;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained first-order sequence tagger over {@link NerTags}: per-feature weights for every tag and
 * weights for each tag transition, decoded by Viterbi under the BIO constraint. What {@link
 * PerceptronNerTrainer} produces and {@link StatisticalEntityRecognizer} runs. Immutable and
 * thread-safe.
 *
 * <p>File format (gzip): magic {@code MNER}, format version, {@link NerFeatures#VERSION}, tag
 * count, the transition weights, the gazetteer, then the features in hash order, each as its hash,
 * a bit mask of the tags it has weights for, and those weights as floats. Equal models give equal
 * bytes.
 */
final class PerceptronNerModel {
  private static final int MAGIC = 0x4D4E4552;
  private static final int FORMAT = 1;
  private static final int MAX_FEATURES = 50_000_000;

  private final FeatureIndex index;
  private final float[] weights;
  private final float[] transitions;
  private final NerFeatures features;

  /**
   * @param index feature hash to row
   * @param weights {@link NerTags#COUNT} weights per row
   * @param transitions {@code (COUNT + 1) * COUNT} weights: from (a tag or {@link NerTags#START})
   *     to a tag
   */
  PerceptronNerModel(
      FeatureIndex index, float[] weights, float[] transitions, NerFeatures features) {
    if (weights.length != index.size() * NerTags.COUNT
        || transitions.length != (NerTags.COUNT + 1) * NerTags.COUNT) {
      throw new IllegalArgumentException("weights do not match the feature index and tag set");
    }
    this.index = index;
    this.weights = weights;
    this.transitions = transitions;
    this.features = features;
  }

  int featureCount() {
    return index.size();
  }

  NerFeatures features() {
    return features;
  }

  /** The best tag sequence for the words of one sentence. */
  int[] tag(String[] words) {
    return decode(features.extract(words));
  }

  int[] decode(long[][] tokenFeatures) {
    int n = tokenFeatures.length;
    float[][] emission = new float[n][NerTags.COUNT];
    for (int i = 0; i < n; i++) {
      float[] e = emission[i];
      for (long hash : tokenFeatures[i]) {
        int row = index.get(hash);
        if (row >= 0) {
          int base = row * NerTags.COUNT;
          for (int t = 0; t < NerTags.COUNT; t++) {
            e[t] += weights[base + t];
          }
        }
      }
    }
    return viterbi(emission, transitions);
  }

  /**
   * The best-scoring tag sequence under the BIO constraint: {@code emission[i][t]} for tag {@code
   * t} at token {@code i}, {@code transitions[from * COUNT + to]}.
   */
  static int[] viterbi(float[][] emission, float[] transitions) {
    int n = emission.length;
    int tags = NerTags.COUNT;
    int[] path = new int[n];
    if (n == 0) {
      return path;
    }
    float[][] score = new float[n][tags];
    int[][] back = new int[n][tags];
    for (int t = 0; t < tags; t++) {
      score[0][t] =
          NerTags.allowed(NerTags.START, t)
              ? emission[0][t] + transitions[NerTags.START * tags + t]
              : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < tags; t++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < tags; p++) {
          if (NerTags.allowed(p, t)) {
            float s = score[i - 1][p] + transitions[p * tags + t];
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        score[i][t] = best + emission[i][t];
        back[i][t] = arg;
      }
    }
    int last = 0;
    for (int t = 1; t < tags; t++) {
      if (score[n - 1][t] > score[n - 1][last]) {
        last = t;
      }
    }
    path[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i][path[i]];
    }
    return path;
  }

  void write(OutputStream target) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(target);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(NerFeatures.VERSION);
    out.writeInt(NerTags.COUNT);
    for (float w : transitions) {
      out.writeFloat(w);
    }
    features.gazetteer().write(out);
    features.clusters().write(out);
    long[] keys = index.keysByIndex();
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
    out.writeInt(keys.length);
    for (int row : order) {
      out.writeLong(keys[row]);
      int base = row * NerTags.COUNT;
      int mask = 0;
      for (int t = 0; t < NerTags.COUNT; t++) {
        if (weights[base + t] != 0f) {
          mask |= 1 << t;
        }
      }
      out.writeShort(mask);
      for (int t = 0; t < NerTags.COUNT; t++) {
        if ((mask & (1 << t)) != 0) {
          out.writeFloat(weights[base + t]);
        }
      }
    }
    out.flush();
    gzip.finish();
    target.flush();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the stream is not such a model, is truncated, or was written for
   *     another feature version; the message says which
   */
  static PerceptronNerModel read(InputStream source) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Marsad NER model (bad magic number)");
    }
    int format = in.readInt();
    int featureVersion = in.readInt();
    if (format != FORMAT || featureVersion != NerFeatures.VERSION) {
      throw new IOException(
          "model format "
              + format
              + " / features "
              + featureVersion
              + ", this Marsad reads "
              + FORMAT
              + " / "
              + NerFeatures.VERSION
              + ": retrain with marsad train ner");
    }
    int tags = in.readInt();
    if (tags != NerTags.COUNT) {
      throw new IOException("model has " + tags + " tags, expected " + NerTags.COUNT);
    }
    float[] transitions = new float[(tags + 1) * tags];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = in.readFloat();
    }
    NerGazetteer gazetteer = NerGazetteer.read(in);
    NerWordClusters clusters = NerWordClusters.read(in);
    int count = in.readInt();
    if (count < 0 || count > MAX_FEATURES) {
      throw new IOException("feature count " + count + " out of range");
    }
    FeatureIndex index = new FeatureIndex(count);
    float[] weights = new float[count * tags];
    for (int i = 0; i < count; i++) {
      int row = index.add(in.readLong());
      if (row != i) {
        throw new IOException("feature " + i + " repeats an earlier hash");
      }
      int mask = in.readUnsignedShort();
      for (int t = 0; t < tags; t++) {
        if ((mask & (1 << t)) != 0) {
          weights[i * tags + t] = in.readFloat();
        }
      }
    }
    if (in.read() != -1) {
      throw new IOException("unexpected bytes after the last feature");
    }
    return new PerceptronNerModel(
        index, weights, transitions, new NerFeatures(gazetteer, clusters));
  }
}
