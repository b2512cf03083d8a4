package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/** PLACEHOLDER: recovers an article from a plain-text page dump by line-level cues. */
public final class PlainTextDumpExtractor implements ArticleExtractor {
  @Override
  public ExtractedArticle extract(Page page) {
    String text = new String(page.bytes(), StandardCharsets.UTF_8).strip();
    return new ExtractedArticle(
        null,
        text,
        List.of(text),
        null,
        null,
        null,
        page.url(),
        "ar",
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
