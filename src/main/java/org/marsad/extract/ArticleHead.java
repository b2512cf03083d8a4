package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The top of an article container, where many sites repeat the headline and print the date line
 * ("نشر في ..."، "تاريخ النشر: ..."، "آخر تحديث ..."): metadata, not body. Only the leading
 * paragraphs are looked at, up to the first prose paragraph, so a date line quoted later in the
 * article stays.
 */
final class ArticleHead {

  /** Paragraphs looked at from the top: headline, byline, date lines, kicker. */
  private static final int MAX_HEAD_PARAGRAPHS = 4;

  /** A paragraph this long, or ending a sentence, is prose: the head ends there. */
  private static final int PROSE_CHARS = 160;

  private static final String SENTENCE_ENDS = ".!?؟…";

  private ArticleHead() {}

  /**
   * The paragraphs without the headline and date lines at their top.
   *
   * @param titles the headline as the page gives it (title, {@code <h1>}); nulls are ignored
   * @param dates reads a date line, refusing dates inside prose
   */
  static List<String> strip(
      List<String> paragraphs,
      List<String> titles,
      Function<String, Optional<OffsetDateTime>> dates) {
    List<String> keys = titles.stream().filter(Objects::nonNull).map(ArticleHead::squash).toList();
    List<String> out = new ArrayList<>(paragraphs.size());
    int i = 0;
    for (; i < paragraphs.size() && i < MAX_HEAD_PARAGRAPHS; i++) {
      String p = paragraphs.get(i);
      if (p.length() > PROSE_CHARS || SENTENCE_ENDS.indexOf(p.charAt(p.length() - 1)) >= 0) {
        break;
      }
      if (!keys.contains(squash(p)) && dates.apply(p).isEmpty()) {
        out.add(p);
      }
    }
    out.addAll(paragraphs.subList(i, paragraphs.size()));
    return out;
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
