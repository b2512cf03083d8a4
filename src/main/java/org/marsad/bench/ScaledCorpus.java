package org.marsad.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.model.Article;
import org.marsad.text.dates.ArabicDateParser;

/**
 * The corpus as stored articles, repeated until it holds {@code size} of them: copy 0 keeps the
 * corpus URLs, copy k adds {@code copy=k} to the query string, so every article has its own URL
 * (and id, 1 to size). Texts are shared between copies, so a large scale costs little memory.
 */
final class ScaledCorpus implements Iterable<Article> {
  private final List<BenchDoc> docs;
  private final Instant[] published;
  private final int size;

  ScaledCorpus(List<BenchDoc> docs, int size) {
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents to scale");
    }
    this.docs = docs;
    this.size = size;
    Function<String, Optional<Instant>> dates = new ArabicDateParser().instants(Clock.systemUTC());
    this.published =
        docs.stream().map(d -> dates.apply(d.pubDateRaw()).orElse(null)).toArray(Instant[]::new);
  }

  int size() {
    return size;
  }

  /** The article at position {@code i} (0-based), with id {@code i + 1}. */
  Article article(int i) {
    int n = i % docs.size();
    int copy = i / docs.size();
    BenchDoc d = docs.get(n);
    String url = d.url().isBlank() ? "https://bench.marsad.test/" + n : d.url();
    if (copy > 0) {
      url += (url.contains("?") ? "&" : "?") + "copy=" + copy;
    }
    return new Article(
        i + 1L,
        url,
        null,
        0,
        blankToNull(d.source()),
        d.title(),
        d.text(),
        blankToNull(d.summary()),
        published[n],
        null,
        blankToNull(d.author()),
        blankToNull(d.category()),
        List.of());
  }

  @Override
  public Iterator<Article> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return article(next++);
      }
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
