package org.marsad.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marsad.model.Page;
import org.marsad.testing.FuzzInputRows;
import org.marsad.testing.FuzzRow;

/**
 * Jazzer targets for the extractors, checking the contract of {@link ExtractorsPropertyTest}.
 * {@code mvn verify} replays the inputs kept in {@code
 * src/test/resources/org/marsad/extract/ExtractorsFuzzTestInputs/<method>/}; eval/fuzz.sh fuzzes.
 */
@ExtendWith(FuzzInputRows.class)
class ExtractorsFuzzTest {
  private static final String URL = "https://www.alarabiya.net/ar/a.html";
  private static final PageExtractor PAGES = new PageExtractor();
  private static final HtmlArticleExtractor HTML = new HtmlArticleExtractor();
  private static final PlainTextDumpExtractor DUMPS = new PlainTextDumpExtractor();

  @FuzzRow(
      tries = "PageExtractor.extract on the kept fuzzer inputs (no Content-Type: sniffed)",
      mustHold = "no exception; the extractor contract of the page property")
  @FuzzTest
  void pageExtractor(byte[] bytes) {
    Page page = new Page(bytes, null, URL, false);
    ExtractorsPropertyTest.assertWithinContract(PAGES.extract(page), page);
  }

  @FuzzRow(
      tries = "HtmlArticleExtractor.extract on the kept fuzzer inputs as text/html",
      mustHold = "no exception; the extractor contract of the page property")
  @FuzzTest
  void htmlExtractor(byte[] bytes) {
    Page page = new Page(bytes, "text/html", URL, false);
    ExtractorsPropertyTest.assertWithinContract(HTML.extract(page), page);
  }

  @FuzzRow(
      tries = "PlainTextDumpExtractor.extract on the kept fuzzer inputs",
      mustHold = "no exception; the extractor contract of the page property")
  @FuzzTest
  void plainTextDump(byte[] bytes) {
    Page page = new Page(bytes, null, null, false);
    ExtractorsPropertyTest.assertWithinContract(DUMPS.extract(page), page);
  }
}
