package org.marsad.extract;

import java.util.List;

/**
 * What a page says about itself in markup rather than prose: JSON-LD, OpenGraph, meta tags,
 * canonical link, {@code <html lang>}. Fields are null when the page does not say.
 *
 * @param published the raw date text, read later by the extractor's date reader
 * @param articleBody JSON-LD's {@code articleBody}: a hint, often truncated or absent
 */
record HtmlMetadata(
    String title,
    String author,
    String siteName,
    String published,
    String url,
    String language,
    List<String> keywords,
    String articleBody) {}
