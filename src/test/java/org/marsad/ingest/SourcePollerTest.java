package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marsad.model.Source;
import org.marsad.model.SourceState;

/** The adaptive-interval rule, on real states; fetching is covered by SourcePollingIT. */
class SourcePollerTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final PollingConfig config = PollingConfig.defaults();
  private final HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults());
  private final SourcePoller poller =
      new SourcePoller(
          fetcher, new FeedParser(), new InMemorySeenItems(), config, Clock.systemUTC());

  private static Source source(Duration pollInterval) {
    return new Source(1, "https://example.org/feed", null, Source.Kind.FEED, pollInterval);
  }

  private static SourceState polledWithInterval(Duration interval) {
    return new SourceState(1, T0, null, null, 0, T0.plus(interval), null, null);
  }

  @Test
  void aNewSourceStartsAtTheDefaultAndMovesByTwoThirdsOrThreeHalves() {
    SourceState fresh = SourceState.initial(1);

    assertThat(poller.adapt(source(null), fresh, true)).isEqualTo(Duration.ofSeconds(400));
    assertThat(poller.adapt(source(null), fresh, false)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theIntervalInForceIsReadBackFromTheState() {
    Duration interval = Duration.ofMinutes(30);

    assertThat(poller.adapt(source(null), polledWithInterval(interval), true))
        .isEqualTo(Duration.ofMinutes(20));
    assertThat(poller.adapt(source(null), polledWithInterval(interval), false))
        .isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void busySourcesSettleAtTheMinimumAndQuietOnesAtTheMaximum() {
    Source source = source(null);
    Duration busy = config.defaultInterval();
    Duration quiet = config.defaultInterval();
    for (int i = 0; i < 30; i++) {
      busy = poller.adapt(source, polledWithInterval(busy), true);
      quiet = poller.adapt(source, polledWithInterval(quiet), false);
    }

    assertThat(busy).isEqualTo(config.minInterval());
    assertThat(quiet).isEqualTo(config.maxInterval());
  }

  @Test
  void aSourcesOwnIntervalIsAFloor() {
    Source everyHourAtMost = source(Duration.ofHours(1));

    assertThat(poller.adapt(everyHourAtMost, SourceState.initial(1), true))
        .isEqualTo(Duration.ofHours(1));
    assertThat(poller.adapt(everyHourAtMost, SourceState.initial(1), false))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void aStateOfAnotherSourceIsAProgrammingError() {
    assertThatThrownBy(() -> poller.poll(source(null), SourceState.initial(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state of source 2 given for source 1");
  }

  @Test
  void configurationIsValidatedWithTheOffendingValue() {
    assertThatThrownBy(
            () ->
                new PollingConfig(
                    Duration.ofMinutes(10),
                    Duration.ofHours(3),
                    Duration.ofHours(2),
                    Duration.ofHours(6),
                    4,
                    1))
        .hasMessage("minInterval PT3H is longer than maxInterval PT2H");
    assertThatThrownBy(
            () ->
                new PollingConfig(
                    Duration.ofMinutes(10),
                    Duration.ofMinutes(2),
                    Duration.ofHours(2),
                    Duration.ofHours(6),
                    4,
                    5))
        .hasMessage("perHost must be between 1 and threads (4): 5");
    assertThatThrownBy(() -> FetcherConfig.builder().maxAttempts(0).build())
        .hasMessage("maxAttempts must be at least 1: 0");
    assertThatThrownBy(
            () ->
                FetcherConfig.builder()
                    .retryDelays(Duration.ofSeconds(5), Duration.ofSeconds(1))
                    .build())
        .hasMessageContaining("retryMaxDelay PT1S is shorter than retryBaseDelay PT5S");
  }
}
