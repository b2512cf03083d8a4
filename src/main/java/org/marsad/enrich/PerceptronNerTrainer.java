package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Trains a {@link PerceptronNerModel}: an averaged structured perceptron (Collins 2002) over the
 * features of {@link NerFeatures}, decoding each training sentence with the current weights and
 * moving the weights of every wrong tag and transition towards the gold ones; the model keeps the
 * average of the weights over all steps, which generalises far better than the last weights.
 *
 * <p>Besides the gazetteer it is given, the model learns one from the training data: the names the
 * corpus marks, one list per type. A sentence's own names would make that list a perfect (and
 * useless) feature during training, so each sentence is featured with the list learned from the
 * other {@code folds - 1} folds of the corpus (jackknifing); the model then ships the list learned
 * from all of it.
 *
 * <p>Deterministic: the sentence order of each epoch is shuffled with a fixed seed, so the same
 * data and settings give the same model file.
 */
public final class PerceptronNerTrainer {

  /**
   * @param epochs passes over the training data
   * @param seed of the per-epoch shuffle
   * @param folds of the learned-gazetteer jackknife (at least 2)
   * @param prune averaged weights of smaller magnitude are dropped from the model, and features
   *     left without weights
   */
  public record Settings(
      int epochs, long seed, int folds, float prune, int wordClasses, int wordClassMinCount) {
    public Settings {
      if (epochs < 1 || folds < 2 || prune < 0 || wordClasses < 0 || wordClassMinCount < 1) {
        throw new IllegalArgumentException(
            "need epochs >= 1, folds >= 2, prune >= 0, word classes >= 0, min count >= 1; got "
                + epochs
                + ", "
                + folds
                + ", "
                + prune
                + ", "
                + wordClasses
                + ", "
                + wordClassMinCount);
      }
    }

    public Settings withEpochs(int e) {
      return new Settings(e, seed, folds, prune, wordClasses, wordClassMinCount);
    }

    public Settings withPrune(float p) {
      return new Settings(epochs, seed, folds, p, wordClasses, wordClassMinCount);
    }

    public Settings withWordClasses(int k) {
      return new Settings(epochs, seed, folds, prune, k, wordClassMinCount);
    }

    /** The settings the shipped model is trained with (epochs picked on a held-out tenth). */
    public static Settings defaults() {
      return new Settings(12, 20261130L, 10, 0.05f, 200, 5);
    }
  }

  /**
   * Told after each epoch; {@code model} builds the averaged model so far (costly: call rarely).
   */
  public interface Listener {
    void epochDone(int epoch, int errors, Supplier<StatisticalEntityRecognizer> model);
  }

  /** First list number of the learned gazetteer: one list per type after the given ones. */
  static final int LEARNED_LISTS = NerGazetteers.GIVEN_LISTS;

  private static final int T = NerTags.COUNT;

  private final Settings settings;

  public PerceptronNerTrainer(Settings settings) {
    this.settings = settings;
  }

  /**
   * Trains on {@code sentences} with {@code given} lists (see {@link NerGazetteers}) and word
   * classes learned from {@code unlabeled} texts (none when empty or when the settings ask none).
   *
   * @throws IllegalArgumentException when there is no sentence or a label is not BIO
   */
  public StatisticalEntityRecognizer train(
      List<NerSentence> sentences,
      NerGazetteer given,
      Iterable<String> unlabeled,
      Listener listener) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no training sentences");
    }
    int n = sentences.size();
    String[][] words = new String[n][];
    int[][] gold = new int[n][];
    String[][] keys = new String[n][];
    for (int s = 0; s < n; s++) {
      NerSentence sentence = sentences.get(s);
      words[s] = sentence.words().toArray(String[]::new);
      gold[s] = repair(sentence.labels());
      keys[s] = NerFeatures.keys(words[s]);
    }
    NerGazetteer[] foldGazetteers = new NerGazetteer[settings.folds()];
    for (int fold = 0; fold < settings.folds(); fold++) {
      foldGazetteers[fold] = learned(given, keys, gold, fold);
    }
    NerGazetteer full = learned(given, keys, gold, -1);

    NerWordClusters clusters =
        settings.wordClasses() == 0
            ? NerWordClusters.NONE
            : NerWordClusters.learn(
                unlabeled, settings.wordClasses(), settings.wordClassMinCount());
    NerFeatures features = new NerFeatures(full, clusters);
    FeatureIndex index = new FeatureIndex(1 << 20);
    int[][][] rows = new int[n][][];
    for (int s = 0; s < n; s++) {
      long[][] hashes = features.extract(words[s], foldGazetteers[s % settings.folds()]);
      rows[s] = new int[hashes.length][];
      for (int i = 0; i < hashes.length; i++) {
        rows[s][i] = new int[hashes[i].length];
        for (int f = 0; f < hashes[i].length; f++) {
          rows[s][i][f] = index.add(hashes[i][f]);
        }
      }
    }
    Weights w = new Weights(index.size());
    Random random = new Random(settings.seed());
    int[] order = new int[n];
    for (int s = 0; s < n; s++) {
      order[s] = s;
    }
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      shuffle(order, random);
      int errors = 0;
      for (int s : order) {
        int[] predicted = PerceptronNerModel.viterbi(w.emission(rows[s]), w.transitions);
        errors += w.update(rows[s], gold[s], predicted);
        w.step++;
      }
      if (listener != null) {
        listener.epochDone(epoch, errors, () -> w.averaged(index, features, settings.prune()));
      }
    }
    return w.averaged(index, features, settings.prune());
  }

  /** The given lists plus the names of every sentence outside {@code fold} (-1: of all). */
  private NerGazetteer learned(NerGazetteer given, String[][] keys, int[][] gold, int fold) {
    NerGazetteer.Builder builder = new NerGazetteer.Builder().addAll(given);
    for (int s = 0; s < keys.length; s++) {
      if (fold >= 0 && s % settings.folds() == fold) {
        continue;
      }
      for (NerSpan span : NerSpan.of(gold[s])) {
        List<String> entry = new ArrayList<>();
        for (int i = span.start(); i < span.end(); i++) {
          entry.add(keys[s][i]);
        }
        builder.add(entry, LEARNED_LISTS + NerTags.TYPES.indexOf(span.type()));
      }
    }
    return builder.build();
  }

  /** The tags of gold labels, an {@code I-X} that cannot continue a span read as {@code B-X}. */
  private static int[] repair(List<String> labels) {
    int[] tags = new int[labels.size()];
    int previous = NerTags.START;
    for (int i = 0; i < tags.length; i++) {
      int tag = NerTags.parse(labels.get(i));
      if (!NerTags.allowed(previous, tag)) {
        tag = NerTags.begin(NerTags.type(tag));
      }
      tags[i] = tag;
      previous = tag;
    }
    return tags;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  /** Current and accumulated weights, for the averaged perceptron's lazy averaging. */
  private static final class Weights {
    final float[] weights;
    final double[] accumulated;
    final float[] transitions = new float[(T + 1) * T];
    final double[] accumulatedTransitions = new double[(T + 1) * T];
    int step = 1;

    Weights(int features) {
      weights = new float[features * T];
      accumulated = new double[features * T];
    }

    float[][] emission(int[][] rows) {
      float[][] e = new float[rows.length][T];
      for (int i = 0; i < rows.length; i++) {
        for (int row : rows[i]) {
          int base = row * T;
          for (int t = 0; t < T; t++) {
            e[i][t] += weights[base + t];
          }
        }
      }
      return e;
    }

    /** Moves the weights towards {@code gold} where {@code predicted} differs; the wrong tags. */
    int update(int[][] rows, int[] gold, int[] predicted) {
      int errors = 0;
      for (int i = 0; i < gold.length; i++) {
        int g = gold[i];
        int p = predicted[i];
        if (g != p) {
          errors++;
          for (int row : rows[i]) {
            add(weights, accumulated, row * T + g, 1);
            add(weights, accumulated, row * T + p, -1);
          }
        }
        int previousGold = i == 0 ? NerTags.START : gold[i - 1];
        int previousPredicted = i == 0 ? NerTags.START : predicted[i - 1];
        if (g != p || previousGold != previousPredicted) {
          add(transitions, accumulatedTransitions, previousGold * T + g, 1);
          add(transitions, accumulatedTransitions, previousPredicted * T + p, -1);
        }
      }
      return errors;
    }

    private void add(float[] w, double[] acc, int at, float delta) {
      w[at] += delta;
      acc[at] += (double) step * delta;
    }

    StatisticalEntityRecognizer averaged(FeatureIndex index, NerFeatures features, float prune) {
      long[] keys = index.keysByIndex();
      FeatureIndex kept = new FeatureIndex(keys.length / 4);
      float[] average = new float[weights.length];
      for (int row = 0; row < keys.length; row++) {
        int base = row * T;
        boolean any = false;
        float[] values = new float[T];
        for (int t = 0; t < T; t++) {
          float v = (float) (weights[base + t] - accumulated[base + t] / step);
          values[t] = Math.abs(v) < prune ? 0f : v;
          any |= values[t] != 0f;
        }
        if (any) {
          int at = kept.add(keys[row]) * T;
          System.arraycopy(values, 0, average, at, T);
        }
      }
      float[] trans = new float[transitions.length];
      for (int i = 0; i < trans.length; i++) {
        trans[i] = (float) (transitions[i] - accumulatedTransitions[i] / step);
      }
      float[] compact = Arrays.copyOf(average, kept.size() * T);
      return new StatisticalEntityRecognizer(
          new PerceptronNerModel(kept, compact, trans, features));
    }
  }
}
