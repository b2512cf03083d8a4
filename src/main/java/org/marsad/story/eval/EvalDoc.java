package org.marsad.story.eval;

/**
 * One evaluation document as the JSONL carries it ({@code docno, title, text} and optionally {@code
 * source, url, pub_date_raw, category}); absent fields are empty.
 */
public record EvalDoc(
    String docno,
    String title,
    String text,
    String source,
    String url,
    String pubDateRaw,
    String category) {}
