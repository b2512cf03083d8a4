package org.marsad.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in markup rather than prose: JSON-LD, OpenGraph, meta tags,
 * canonical link, {@code <html lang>}. Fields are null when the page does not say.
 *
 * @param published the raw date text, read later by the extractor's date reader
 * @param articleBody JSON-LD's {@code articleBody}: a hint, often truncated or absent
 * @param h1 the page's first {@code <h1>}, where its headline usually is
 * @param firstTime the first {@code <time datetime>} of the page, wherever it is: the last resort
 *     for the published date, since it may date a ticker or a related item
 */
record HtmlMetadata(
    String title,
    String author,
    String siteName,
    String published,
    String url,
    String language,
    List<String> keywords,
    String articleBody,
    Element h1,
    String firstTime) {}
