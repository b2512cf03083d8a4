package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * An entity as a run of tokens: {@code [start, end)} token indexes and its type.
 *
 * <p>{@link #of} reads spans from BIO labels by the CoNLL evaluation rules (conlleval): a span
 * starts at {@code B-X}, or at {@code I-X} after {@code O} or after a label of another type; it
 * continues over the {@code I-X} that follow. So {@code O I-LOC I-LOC} is one location of two
 * tokens and {@code B-PERS I-LOC} two spans.
 */
public record NerSpan(EntityType type, int start, int end) {

  /** The spans of a label sequence ({@code O, B-PERS, I-PERS, ...}). */
  public static List<NerSpan> of(List<String> labels) {
    int[] tags = new int[labels.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = NerTags.parse(labels.get(i));
    }
    return of(tags);
  }

  static List<NerSpan> of(int[] tags) {
    List<NerSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      if (tags[i] == NerTags.OUTSIDE) {
        i++;
        continue;
      }
      int type = NerTags.type(tags[i]);
      int start = i++;
      while (i < tags.length && tags[i] == NerTags.inside(type)) {
        i++;
      }
      spans.add(new NerSpan(NerTags.TYPES.get(type), start, i));
    }
    return spans;
  }
}
