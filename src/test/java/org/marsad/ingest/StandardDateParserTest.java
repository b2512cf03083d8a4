package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandardDateParserTest {
  private final StandardDateParser parser = new StandardDateParser();

  @Test
  void readsRfc1123WithOffset() {
    assertThat(parser.apply("Fri, 16 Feb 2018 22:08:10 +0400"))
        .contains(Instant.parse("2018-02-16T18:08:10Z"));
  }

  @Test
  void readsRfc1123InGmtWithSurroundingSpace() {
    assertThat(parser.apply(" Tue, 1 May 2018 10:00:00 GMT "))
        .contains(Instant.parse("2018-05-01T10:00:00Z"));
  }

  @Test
  void readsIsoWithOffset() {
    assertThat(parser.apply("2018-02-16T22:08:10+04:00"))
        .contains(Instant.parse("2018-02-16T18:08:10Z"));
    assertThat(parser.apply("2018-02-16T18:08:10Z"))
        .contains(Instant.parse("2018-02-16T18:08:10Z"));
  }

  @Test
  void doesNotGuessWhatItCannotRead() {
    assertThat(parser.apply("2018-02-16T22:08:10")).as("no zone").isEmpty();
    assertThat(parser.apply("الجمعة 16 فبراير 2018")).isEmpty();
    assertThat(parser.apply("")).isEmpty();
    assertThat(parser.apply(null)).isEmpty();
  }
}
