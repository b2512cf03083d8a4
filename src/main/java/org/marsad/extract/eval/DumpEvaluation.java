package org.marsad.extract.eval;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.HtmlArticleExtractor;
import org.marsad.extract.PlainTextDumpExtractor;
import org.marsad.model.Page;

/**
 * The plain-text dump parser on real page layouts: every page is made into a WET-like text record
 * ({@link WetText}) and parsed by {@link PlainTextDumpExtractor}; the HTML extractor reads the same
 * pages as HTML. Both are scored against the same gold bodies, so the two figures compare the
 * parsers, not the pages.
 */
public final class DumpEvaluation {

  /** Both scores on one page set. */
  public record Result(ExtractionEvaluation.Result dump, ExtractionEvaluation.Result html) {}

  private DumpEvaluation() {}

  /** Extracts every page once with each parser (no timing) and scores both. */
  public static Result run(Map<String, Page> pages, Map<String, ExtractionEvaluation.Body> truth) {
    ArticleExtractor dumps = new PlainTextDumpExtractor();
    ArticleExtractor html = new HtmlArticleExtractor();
    Map<String, ExtractionEvaluation.Body> fromDumps = new LinkedHashMap<>();
    Map<String, ExtractionEvaluation.Body> fromHtml = new LinkedHashMap<>();
    for (Map.Entry<String, Page> e : pages.entrySet()) {
      Page page = e.getValue();
      byte[] wet = WetText.of(page.bytes()).getBytes(StandardCharsets.UTF_8);
      fromDumps.put(
          e.getKey(),
          new ExtractionEvaluation.Body(
              dumps.extract(new Page(wet, "text/plain", page.url(), false)).body(), page.url()));
      fromHtml.put(
          e.getKey(), new ExtractionEvaluation.Body(html.extract(page).body(), page.url()));
    }
    return new Result(
        ExtractionEvaluation.score(truth, fromDumps), ExtractionEvaluation.score(truth, fromHtml));
  }
}
