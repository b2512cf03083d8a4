package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.model.Article;
import org.marsad.store.Store;
import org.marsad.store.UpsertResult;
import org.marsad.text.dates.ArabicDateParser;

/**
 * Imports a JSON Lines file of articles into the store (the fields are listed in {@link
 * JsonlArticleMapper}): streaming, one transaction per batch of lines, lenient with bad lines.
 *
 * <p>Lines are decoded strictly ({@link LineDecoder}): UTF-8, or windows-1256 when a line is not
 * UTF-8 but reads as Arabic in it (counted and reported); any other line is malformed with the
 * offending byte named. What a line adds is held to the {@link ArticleLimits}.
 *
 * <p>A malformed line is counted and reported, never fatal. A line whose canonical URL an earlier
 * line of the same file had is skipped as repeated (the first wins), so importing a file twice
 * reports everything unchanged. Re-running an interrupted import completes it: lines already stored
 * come back unchanged. Remembers the canonical URLs of the current file (about 150 bytes each). Not
 * thread-safe; one import at a time per instance.
 */
public final class JsonlImporter {
  /** Lines per transaction: big enough to amortize the commit, small enough to lose little. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  /** Longest line read (bytes); longer lines are malformed. The longest ANT line is ~60 kB. */
  public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** How many malformed lines are reported with their reason. */
  public static final int PROBLEMS_KEPT = 10;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Store store;
  private final JsonlArticleMapper mapper;
  private final int batchSize;

  /** An importer with the Arabic date parser (any form, against the system clock, UTC). */
  public JsonlImporter(Store store) {
    this(
        store,
        new UrlCanonicalizer(),
        new ArabicDateParser().instants(Clock.systemUTC()),
        ArticleLimits.DEFAULT,
        DEFAULT_BATCH_SIZE);
  }

  /**
   * @param dateParser reads {@code pub_date_raw}; empty when it does not understand it
   * @param limits what one line may add
   * @param batchSize lines per transaction, positive
   */
  public JsonlImporter(
      Store store,
      UrlCanonicalizer canonicalizer,
      Function<String, Optional<Instant>> dateParser,
      ArticleLimits limits,
      int batchSize) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.store = store;
    this.mapper = new JsonlArticleMapper(canonicalizer, dateParser, limits);
    this.batchSize = batchSize;
  }

  /** Imports {@code file}; I/O errors reading it and store failures are thrown. */
  public ImportSummary importFile(Path file, ImportListener listener) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return importFrom(in, listener);
    }
  }

  /** Imports JSON Lines from {@code in}, which the caller closes. */
  public ImportSummary importFrom(InputStream in, ImportListener listener) throws IOException {
    Run run = new Run(listener);
    BoundedLineReader reader = new BoundedLineReader(in, MAX_LINE_BYTES);
    for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
      run.accept(line);
      listener.lineRead(reader.bytesRead(), line.number());
    }
    run.flush();
    return run.summary();
  }

  /** The state of one import. */
  private final class Run {
    private final ImportListener listener;
    private final Set<String> seenUrls = new HashSet<>();
    private final List<Article> batch = new ArrayList<>(batchSize);
    private final List<LineProblem> problems = new ArrayList<>();
    private final List<LineProblem> cutNotes = new ArrayList<>();
    private final LineDecoder decoder = new LineDecoder();
    private long lastLine;
    private long read;
    private long added;
    private long updated;
    private long unchanged;
    private long repeated;
    private long malformed;
    private long datesUnparsed;
    private long recoded;
    private long cut;

    Run(ImportListener listener) {
      this.listener = listener;
    }

    void accept(BoundedLineReader.Line line) {
      lastLine = line.number();
      if (line.tooLong()) {
        read++;
        malformed(line.number(), "line longer than " + MAX_LINE_BYTES + " bytes");
        return;
      }
      LineDecoder.Decoded decoded = decoder.decode(line.bytes());
      if (decoded.text() == null) {
        read++;
        malformed(line.number(), decoded.problem());
        return;
      }
      String text = line.number() == 1 ? withoutByteOrderMark(decoded.text()) : decoded.text();
      if (text.isBlank()) {
        return;
      }
      read++;
      JsonlArticleMapper.Mapped mapped;
      try {
        mapped = mapper.map(text);
      } catch (JsonlArticleMapper.MalformedLineException e) {
        malformed(line.number(), e.getMessage());
        return;
      }
      if (!seenUrls.add(mapped.article().url())) {
        repeated++;
        return;
      }
      if (mapped.dateUnparsed()) {
        datesUnparsed++;
      }
      if (decoded.recoded()) {
        recoded++;
      }
      if (!mapped.cuts().isEmpty()) {
        cut++;
        if (cutNotes.size() < PROBLEMS_KEPT) {
          cutNotes.add(
              new LineProblem(
                  line.number(),
                  String.join(
                      "; ", mapped.cuts().stream().map(ArticleLimits.Cut::toString).toList())));
        }
      }
      batch.add(mapped.article());
      if (batch.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      if (!batch.isEmpty()) {
        for (UpsertResult result : store.upsertAll(batch)) {
          switch (result.outcome()) {
            case NEW -> added++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
          }
        }
        batch.clear();
      }
      listener.batchCommitted(lastLine, summary());
    }

    private void malformed(long lineNumber, String reason) {
      malformed++;
      if (problems.size() < PROBLEMS_KEPT) {
        problems.add(new LineProblem(lineNumber, reason));
      }
    }

    ImportSummary summary() {
      return new ImportSummary(
          read,
          added,
          updated,
          unchanged,
          repeated,
          malformed,
          datesUnparsed,
          recoded,
          cut,
          problems,
          cutNotes);
    }
  }

  private static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
