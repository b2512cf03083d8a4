package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityMention;

/**
 * The statistical recognizer: {@link NerTokenizer} cuts the text into ANERcorp-style tokens and
 * sentences, a {@link PerceptronNerModel} tags each sentence with BIO tags, and each tagged span
 * becomes a mention whose offsets are those of its first and last token in the original text.
 * Immutable and thread-safe.
 */
public final class StatisticalEntityRecognizer implements EntityRecognizer {
  private final PerceptronNerModel model;
  private final NerTokenizer tokenizer = new NerTokenizer();

  StatisticalEntityRecognizer(PerceptronNerModel model) {
    this.model = model;
  }

  @Override
  public List<EntityMention> recognize(String text) {
    List<EntityMention> mentions = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return mentions;
    }
    for (List<NerToken> sentence : tokenizer.sentences(text)) {
      String[] words = new String[sentence.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = sentence.get(i).text();
      }
      for (NerSpan span : NerSpan.of(model.tag(words))) {
        int start = sentence.get(span.start()).start();
        int end = sentence.get(span.end() - 1).end();
        mentions.add(new EntityMention(text.substring(start, end), span.type(), start, end));
      }
    }
    return mentions;
  }

  /** The BIO labels ({@code O, B-PERS, ...}) of already tokenized words of one sentence. */
  public List<String> tagWords(List<String> words) {
    List<String> labels = new ArrayList<>(words.size());
    for (int tag : model.tag(words.toArray(String[]::new))) {
      labels.add(NerTags.name(tag));
    }
    return labels;
  }

  /** Features with weights in the model. */
  public int featureCount() {
    return model.featureCount();
  }

  /** Names in the model's gazetteer (given and learned lists). */
  public int gazetteerSize() {
    return model.features().gazetteer().size();
  }

  /** Words with a learned word class in the model. */
  public int wordClassCount() {
    return model.features().clusters().size();
  }

  /** Writes the model (gzip); equal models give equal bytes. */
  public void write(OutputStream out) throws IOException {
    model.write(out);
  }

  /** Writes the model to {@code file}, creating its directory. */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @param source names the stream in the error message
   * @throws IllegalArgumentException naming {@code source} and what is wrong when the stream is not
   *     a readable model (corrupt, truncated, another format)
   */
  static StatisticalEntityRecognizer read(InputStream in, String source) {
    try {
      return new StatisticalEntityRecognizer(PerceptronNerModel.read(in));
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (e instanceof java.io.EOFException) {
        why = "truncated (" + why + ")";
      }
      throw new IllegalArgumentException("cannot read NER model " + source + ": " + why, e);
    }
  }
}
