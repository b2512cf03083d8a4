package org.marsad.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.testing.FuzzInputRows;
import org.marsad.testing.FuzzRow;

/**
 * Jazzer targets for the ingest parsers, checking the same contracts as {@link
 * IngestParsersPropertyTest}. {@code mvn verify} replays the inputs kept in {@code
 * src/test/resources/org/marsad/ingest/IngestParsersFuzzTestInputs/<method>/}; eval/fuzz.sh fuzzes.
 */
@ExtendWith(FuzzInputRows.class)
class IngestParsersFuzzTest {
  private static final FeedParser FEEDS =
      new FeedParser(IngestParsersPropertyTest.MAX_ITEMS, IngestParsersPropertyTest.MAX_BYTES);
  private static final UrlCanonicalizer CANONICALIZER = new UrlCanonicalizer();
  private static final JsonlArticleMapper MAPPER =
      new JsonlArticleMapper(
          CANONICALIZER, IngestParsersPropertyTest.fixedClockDates(), ArticleLimits.DEFAULT);

  @FuzzRow(
      tries = "FeedParser.parse on the kept fuzzer inputs (bytes as fetched, base URL given)",
      mustHold = "no exception; limits and problems as in the feed property")
  @FuzzTest
  void feedParser(byte[] body) {
    IngestParsersPropertyTest.assertFeedWithinContract(
        FEEDS.parse(body, null, "https://www.alarabiya.net/feed"), body);
  }

  @FuzzRow(
      tries = "Opml.read on the kept fuzzer inputs",
      mustHold = "no exception; feeds valid and unchanged by an export round trip")
  @FuzzTest
  void opml(byte[] body) {
    IngestParsersPropertyTest.assertOpmlWithinContract(body);
  }

  @FuzzRow(
      tries = "JsonlArticleMapper.map on the kept fuzzer inputs (UTF-8 lines)",
      mustHold = "an article with a canonical url or MalformedLineException; nothing else")
  @FuzzTest
  void jsonlLine(byte[] line) throws Exception {
    IngestParsersPropertyTest.assertLineWithinContract(
        MAPPER, CANONICALIZER, new String(line, StandardCharsets.UTF_8));
  }
}
