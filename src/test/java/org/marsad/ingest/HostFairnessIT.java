package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.model.Source;
import org.marsad.testing.Fixtures;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;

/**
 * One host that stalls every request (six feeds on 127.0.0.2) must not hold back a healthy feed on
 * another host (127.0.0.1) queued after them: the stalled host gets its share of the poll workers,
 * the rest keep polling.
 */
class HostFairnessIT {
  private static final int STALLED_FEEDS = 6;
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = closing.size() - 1; i >= 0; i--) {
      closing.get(i).close();
    }
  }

  private <T extends AutoCloseable> T closeLater(T resource) {
    closing.add(resource);
    return resource;
  }

  private static LoopbackServer serverOn(String address) throws IOException {
    try {
      return new LoopbackServer(InetAddress.getByName(address));
    } catch (IOException notLoopbackHere) {
      Assumptions.abort("cannot bind " + address + " (only Linux answers on all of 127/8)");
      throw notLoopbackHere;
    }
  }

  @Test
  void aHostThatStallsEveryRequestDoesNotDelayAnotherHostsFeed() throws Exception {
    LoopbackServer stalled = closeLater(serverOn("127.0.0.2"));
    LoopbackServer healthy = closeLater(new LoopbackServer());
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < STALLED_FEEDS; i++) {
      stalled.on("/feed/" + i, LoopbackServer.stall(60_000));
      sources.add(
          new Source(i + 1, stalled.url("/feed/" + i).toString(), null, Source.Kind.FEED, null));
    }
    healthy.on(
        "/feed",
        LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("rss2-arabic.xml")));
    sources.add(new Source(99, healthy.url("/feed").toString(), null, Source.Kind.FEED, null));

    HttpFetcher fetcher =
        closeLater(
            new HttpFetcher(
                FetcherConfig.builder()
                    .allowRange("127.0.0.0/8")
                    .connectTimeout(Duration.ofSeconds(1))
                    .readTimeout(READ_TIMEOUT)
                    .maxAttempts(1)
                    .minDelayPerHost(Duration.ZERO)
                    .build(),
                Clock.systemUTC(),
                InetAddress::getAllByName));
    PollingConfig config = PollingConfig.defaults();
    List<PollResult> delivered = new CopyOnWriteArrayList<>();
    InMemorySourceStateRepository states = new InMemorySourceStateRepository();
    PollScheduler scheduler =
        closeLater(
            new PollScheduler(
                new SourcePoller(
                    fetcher, new FeedParser(), new InMemorySeenItems(), config, Clock.systemUTC()),
                states,
                delivered::add,
                config,
                new LeaseKeeper(new LocalSourceLeases(Clock.systemUTC()), Duration.ofMinutes(2)),
                Clock.systemUTC()));
    ExecutorService pass = Executors.newSingleThreadExecutor();
    closing.add(pass::shutdownNow);

    long start = System.nanoTime();
    pass.submit(() -> scheduler.pollAll(sources));
    long deadline = start + READ_TIMEOUT.multipliedBy(2).toNanos();
    while (delivered.stream().noneMatch(r -> r.source().id() == 99)
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(healthy.requests("/feed"))
        .as("the healthy feed polled within %d s", READ_TIMEOUT.multipliedBy(2).toSeconds())
        .isNotEmpty();
    double polledAfter = (healthy.requests("/feed").get(0).startNanos() - start) / 1e9;
    while (stalledHits(stalled) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(300); // time for more polls of the stalled host to start, were they let in
    int stalledRequests = stalledHits(stalled);

    assertThat(polledAfter)
        .as("seconds until the healthy feed was requested, while its host's neighbour stalls")
        .isLessThan(READ_TIMEOUT.toSeconds() / 2.0);
    assertThat(delivered)
        .filteredOn(r -> r.source().id() == 99)
        .singleElement()
        .satisfies(r -> assertThat(r.newItems()).hasSize(2));
    assertThat(stalledRequests)
        .as("polls in flight on the stalled host")
        .isEqualTo(config.perHost());

    Reliability.record(
        "faults",
        "HostFairnessIT.aHostThatStallsEveryRequestDoesNotDelayAnotherHostsFeed",
        STALLED_FEEDS
            + " feeds on 127.0.0.2 that never answer (read timeout "
            + READ_TIMEOUT.toSeconds()
            + " s) queued before one feed on 127.0.0.1; "
            + config.threads()
            + " poll workers",
        "the healthy feed is polled at once; the stalled host holds at most poll.per-host ("
            + config.perHost()
            + ") workers",
        String.format(
            Locale.ROOT,
            "healthy feed requested after %.3f s; requests in flight on the stalled host %d",
            polledAfter,
            stalledRequests));
  }

  private static int stalledHits(LoopbackServer stalled) {
    int hits = 0;
    for (int i = 0; i < STALLED_FEEDS; i++) {
      hits += stalled.hits("/feed/" + i);
    }
    return hits;
  }
}
