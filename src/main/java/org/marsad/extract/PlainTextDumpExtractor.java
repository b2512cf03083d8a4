package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;
import org.marsad.text.dates.DatelineReader;

/**
 * Recovers an article from a plain-text page dump (as web-crawl corpora and aggregators store
 * pages) by line-level cues: the title, body paragraphs, source, author, date, the page's tags,
 * read-also / related / similar links, and further articles embedded after a read-also label.
 *
 * <p>Stages, each in its own class: {@link DumpDecoder} (bytes to text: size cap, BOM, binary,
 * UTF-8 or windows-1256), {@link FusedReadAlsoCutter} (read-also fragments glued into lines),
 * {@link DumpLineClassifier} (what one line is) and {@link DumpPageParser} (the page's sections).
 *
 * <p>Never throws on bad input: empty, binary, oversized or mis-encoded bytes give an article with
 * an empty body and the reason in {@code problems}. Every pass is linear in the input, so a
 * megabyte on one line is read in one sweep. Thread-safe: each call works on its own state.
 */
public final class PlainTextDumpExtractor implements ArticleExtractor {
  /** Bytes read at most; the rest is cut with a problem recorded. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  private final Function<String, Optional<OffsetDateTime>> dateReader;
  private final int maxBytes;

  /**
   * An extractor that reads datelines in every form Arabic pages print, against the system clock.
   */
  public PlainTextDumpExtractor() {
    this(DatelineReader.systemUtc(), DEFAULT_MAX_BYTES);
  }

  /**
   * @param dateReader reads a date from a whole candidate line (a date label already removed), and
   *     returns empty unless the text is a date (with weekday or time around it at most); it must
   *     not pick a date out of prose. It may throw; a throw counts as "no date".
   * @param maxBytes bytes read at most, positive
   */
  public PlainTextDumpExtractor(
      Function<String, Optional<OffsetDateTime>> dateReader, int maxBytes) {
    this.dateReader = Objects.requireNonNull(dateReader, "dateReader");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public ExtractedArticle extract(Page page) {
    Objects.requireNonNull(page, "page");
    DumpProblems problems = new DumpProblems();
    if (page.truncated()) {
      problems.add("page was cut at a size cap before extraction");
    }
    String text = new DumpDecoder(maxBytes).decode(page.bytes(), problems);
    if (!text.isEmpty() && text.isBlank()) {
      problems.add("page holds only whitespace");
    }
    List<String> rawLines = text.lines().toList();
    FusedReadAlsoCutter cutter = new FusedReadAlsoCutter(FusedHeadlineEnd.forPage(text), problems);
    List<DumpLine> lines = new ArrayList<>(rawLines.size());
    for (String raw : rawLines) {
      lines.addAll(cutter.cut(raw));
    }
    DumpPageParser.Parts parts =
        new DumpPageParser(new DumpLineClassifier(dateReader), problems).parse(lines);
    if (parts.paragraphs().isEmpty() && !text.isBlank()) {
      problems.add("no article body found");
    }
    return new ExtractedArticle(
        parts.title(),
        String.join("\n\n", parts.paragraphs()),
        parts.paragraphs(),
        parts.source(),
        parts.published(),
        parts.author(),
        page.url(),
        "ar",
        parts.tags(),
        parts.related(),
        parts.links(),
        problems.list());
  }
}
