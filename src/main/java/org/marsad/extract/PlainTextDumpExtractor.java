package org.marsad.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

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

  private static final int MIN_PAGE_WORD = 3;

  private final Function<String, Optional<OffsetDateTime>> dateReader;
  private final int maxBytes;

  /** An extractor that reads ISO-8601 dates only ({@link #isoDates()}). */
  public PlainTextDumpExtractor() {
    this(PlainTextDumpExtractor::isoDates, DEFAULT_MAX_BYTES);
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
    FusedReadAlsoCutter cutter =
        new FusedReadAlsoCutter(new FusedHeadlineEnd(pageWords(text)), problems);
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

  /**
   * The default date reader: an ISO-8601 date-time with offset, a local date-time (read as UTC, "T"
   * or a space between date and time) or a date (midnight UTC), as the whole text.
   */
  public static Optional<OffsetDateTime> isoDates(String text) {
    String s = text.strip();
    if (s.length() > "2024-03-05".length() && s.charAt("2024-03-05".length()) == ' ') {
      s = s.substring(0, "2024-03-05".length()) + 'T' + s.substring("2024-03-05".length() + 1);
    }
    try {
      return Optional.of(OffsetDateTime.parse(s));
    } catch (DateTimeParseException notOffset) {
      // fall through to the local forms
    }
    try {
      return Optional.of(LocalDateTime.parse(s).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException notLocalDateTime) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }

  /** Words of the page, for the glued-word cue of {@link FusedHeadlineEnd}. */
  private static Set<String> pageWords(String text) {
    Set<String> words = new HashSet<>();
    for (String run : DumpTokens.letterRuns(MatchText.key(text))) {
      if (run.length() >= MIN_PAGE_WORD) {
        words.add(run);
      }
    }
    return words;
  }
}
