package org.marsad.eval;

import java.time.Instant;

/**
 * One evaluation document as the JSONL carries it ({@code docno, title, text} and optionally {@code
 * source, url, pub_date_raw, category}); absent text fields are empty.
 *
 * @param published {@code pubDateRaw} as the {@code ArabicDateParser} reads it, or null when it
 *     gives no date
 */
public record EvalDoc(
    String docno,
    String title,
    String text,
    String source,
    String url,
    String pubDateRaw,
    Instant published,
    String category) {}
