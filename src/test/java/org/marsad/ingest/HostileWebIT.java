package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Fixtures;
import org.marsad.testing.RawSocketServer;
import org.marsad.testing.Reliability;

/**
 * The fetcher against servers and name servers that attack it. 127.0.0.2 stands in for a public
 * address (it is the only loopback address allowed); 127.0.0.1 stands for the private network that
 * must never be reached, and a server there counts every connection it gets.
 */
class HostileWebIT {
  private static final byte[] FEED = Fixtures.bytes("rss2-arabic.xml");
  private static final InetAddress PRIVATE = address("127.0.0.1");
  private static final InetAddress PUBLIC = address("127.0.0.2");

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  /** Robots off (the raw servers serve no robots.txt); only 127.0.0.2 allowed on loopback. */
  private static FetcherConfig.Builder config() {
    return FetcherConfig.builder()
        .allowRange("127.0.0.2/32")
        .respectRobots(false)
        .connectTimeout(Duration.ofMillis(500))
        .readTimeout(Duration.ofMillis(800))
        .retryDelays(Duration.ofMillis(20), Duration.ofMillis(100))
        .minDelayPerHost(Duration.ZERO)
        .maxBytes(1 << 20);
  }

  private HttpFetcher fetcher(FetcherConfig config, AddressGuard.HostResolver resolver) {
    HttpFetcher fetcher = new HttpFetcher(config, Clock.systemUTC(), resolver);
    open.add(fetcher);
    return fetcher;
  }

  private RawSocketServer serve(InetAddress address, int port, RawSocketServer.Script script)
      throws IOException {
    RawSocketServer server = new RawSocketServer(address, port, script);
    open.add(server);
    return server;
  }

  /** Answers every request on a connection with 200 and the feed, keeping it open. */
  private static RawSocketServer.Script feed() {
    return connection -> {
      while (connection.readRequestHead() != null) {
        connection.writeHead(
            "HTTP/1.1 200 OK",
            "Content-Type: application/rss+xml",
            "Content-Length: " + FEED.length);
        connection.writeBody(FEED);
      }
    };
  }

  /**
   * A name server under test control: each name answers from its list in turn, the last answer
   * repeating; IP literals are parsed (no look-up); any other name is unknown. Counts look-ups.
   */
  private static final class ScriptedResolver implements AddressGuard.HostResolver {
    private final Map<String, List<InetAddress>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookUps = new ConcurrentHashMap<>();

    ScriptedResolver answer(String name, InetAddress... inTurn) {
      answers.put(name, List.of(inTurn));
      return this;
    }

    int lookUps(String name) {
      AtomicInteger count = lookUps.get(name);
      return count == null ? 0 : count.get();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      List<InetAddress> inTurn = answers.get(host);
      if (inTurn == null) {
        if (host.contains(":") || host.matches("[0-9.]+")) {
          return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
      }
      int n = lookUps.computeIfAbsent(host, h -> new AtomicInteger()).getAndIncrement();
      return new InetAddress[] {inTurn.get(Math.min(n, inTurn.size() - 1))};
    }
  }

  @Test
  void aServerTricklingOneBytePerSecondIsCutAtTheTotalDeadline() throws Exception {
    RawSocketServer loris =
        serve(
            PUBLIC,
            0,
            connection -> {
              connection.readRequestHead();
              connection.writeHead(
                  "HTTP/1.1 200 OK", "Content-Type: application/rss+xml", "Content-Length: 100000");
              for (int i = 0; i < 100_000; i++) {
                connection.writeBody(new byte[] {' '});
                Thread.sleep(1_000);
              }
            });
    // The idle timeout (2.5 s) never fires with a byte every second: only the deadline can cut it.
    FetcherConfig config = config().readTimeout(Duration.ofMillis(2_500)).maxAttempts(1).build();

    long start = System.nanoTime();
    FetchResult result =
        fetcher(config, new ScriptedResolver())
            .fetch(URI.create("http://127.0.0.2:" + loris.port() + "/feed"));
    long cutMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.failure()).isEqualTo(FetchFailure.TIMEOUT);
    assertThat(result.message()).startsWith("timed out after 3000 ms");
    assertThat(cutMillis).isBetween(3_000L, 4_500L);
    Reliability.record(
        "hostile-web",
        "HostileWebIT.aServerTricklingOneBytePerSecondIsCutAtTheTotalDeadline",
        "slow-loris: 200 with Content-Length 100000, then one byte per second",
        "cut at connect+read deadline (3000 ms), TIMEOUT, no body kept",
        "cut after " + cutMillis + " ms; " + loris.bytesWritten() + " bytes trickled");
  }

  @Test
  void aBodyShorterThanItsContentLengthIsAFailureNotAFeed() throws Exception {
    byte[] start = java.util.Arrays.copyOf(FEED, 10);
    RawSocketServer liar =
        serve(
            PUBLIC,
            0,
            connection -> {
              connection.readRequestHead();
              connection.writeHead(
                  "HTTP/1.1 200 OK", "Content-Type: application/rss+xml", "Content-Length: 1000");
              connection.writeBody(start);
            });

    FetchResult result =
        fetcher(config().build(), new ScriptedResolver())
            .fetch(URI.create("http://127.0.0.2:" + liar.port() + "/feed"));

    assertThat(result.failure()).isEqualTo(FetchFailure.CONNECTION);
    assertThat(result.body()).isEmpty();
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(liar.connections()).isEqualTo(3);
    Reliability.record(
        "hostile-web",
        "HostileWebIT.aBodyShorterThanItsContentLengthIsAFailureNotAFeed",
        "lying Content-Length: 1000 announced, 10 bytes sent, connection closed",
        "a failed fetch (CONNECTION, retried), never a 10-byte feed",
        result.attempts()
            + " attempts, "
            + liar.connections()
            + " connections, "
            + result.body().length
            + " bytes kept in "
            + result.elapsed().toMillis()
            + " ms: "
            + result.message());
  }

  @Test
  void aBodyLongerThanItsContentLengthIsReadOnlyToTheDeclaredLength() throws Exception {
    byte[] extra = new byte[64 * 1024];
    java.util.Arrays.fill(extra, (byte) 'x');
    CountDownLatch allSent = new CountDownLatch(1);
    RawSocketServer liar =
        serve(
            PUBLIC,
            0,
            connection -> {
              connection.readRequestHead();
              connection.writeHead(
                  "HTTP/1.1 200 OK", "Content-Type: text/plain", "Content-Length: 5");
              connection.writeBody("hello".getBytes(StandardCharsets.US_ASCII));
              connection.writeBody(extra);
              allSent.countDown();
              Thread.sleep(5_000);
            });

    FetchResult result =
        fetcher(config().build(), new ScriptedResolver())
            .fetch(URI.create("http://127.0.0.2:" + liar.port() + "/feed"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(new String(result.body(), StandardCharsets.US_ASCII)).isEqualTo("hello");
    assertThat(result.truncated()).isFalse();
    assertThat(allSent.await(5, TimeUnit.SECONDS)).isTrue();
    Reliability.record(
        "hostile-web",
        "HostileWebIT.aBodyLongerThanItsContentLengthIsReadOnlyToTheDeclaredLength",
        "lying Content-Length: 5 announced, 5 + 65536 bytes sent, connection held open",
        "the body is the 5 declared bytes, returned without waiting for the server",
        liar.bytesWritten()
            + " bytes sent, "
            + result.body().length
            + " kept, in "
            + result.elapsed().toMillis()
            + " ms");
  }

  @Test
  void redirectsFromAPublicNameToPrivateAddressesAreRefusedWithoutConnecting() throws Exception {
    RawSocketServer privateNetwork = serve(PRIVATE, 0, feed());
    int port = privateNetwork.port();
    Map<String, String> targets = new LinkedHashMap<>();
    targets.put("/loopback", "http://127.0.0.1:" + port + "/feed");
    targets.put("/metadata", "http://169.254.169.254/latest/meta-data/");
    targets.put("/mapped", "http://[::ffff:127.0.0.1]:" + port + "/feed");
    targets.put("/compatible", "http://[::127.0.0.1]:" + port + "/feed");
    targets.put("/nat64", "http://[64:ff9b::7f00:1]:" + port + "/feed");
    targets.put("/nat64-metadata", "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/");
    targets.put("/6to4", "http://[2002:7f00:1::1]:" + port + "/feed");
    targets.put("/teredo", "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]:" + port + "/feed");
    targets.put("/metadata-name", "http://metadata.example/latest/meta-data/");
    targets.put("/localhost", "http://localhost:" + port + "/feed");
    targets.put("/chain", "/loopback");
    RawSocketServer publicSite =
        serve(
            PUBLIC,
            port,
            connection -> {
              String head;
              while ((head = connection.readRequestHead()) != null) {
                String path = head.split(" ")[1];
                connection.writeHead(
                    "HTTP/1.1 302 Found", "Location: " + targets.get(path), "Content-Length: 0");
              }
            });
    ScriptedResolver resolver =
        new ScriptedResolver()
            .answer("news.example", PUBLIC)
            .answer("metadata.example", address("169.254.169.254"))
            .answer("localhost", PRIVATE);
    HttpFetcher fetcher = fetcher(config().build(), resolver);

    List<String> refused = new ArrayList<>();
    for (String path : targets.keySet()) {
      URI start = URI.create("http://news.example:" + port + path);
      FetchResult result = fetcher.fetch(start);

      assertThat(result.failure()).as(path).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
      assertThat(result.message()).as(path).startsWith("refused private or reserved address");
      refused.add(result.finalUrl().getHost());
    }

    assertThat(privateNetwork.connections()).isZero();
    assertThat(publicSite.requestHeads()).hasSize(targets.size() + 1);
    Reliability.record(
        "hostile-web",
        "HostileWebIT.redirectsFromAPublicNameToPrivateAddressesAreRefusedWithoutConnecting",
        "public name redirects (one hop and two) to loopback, 169.254.169.254, ::ffff:, ::a.b.c.d,"
            + " NAT64, 6to4, Teredo and names resolving to them",
        "every hop refused (PRIVATE_ADDRESS) before any connection to the private address",
        targets.size()
            + " chains refused ("
            + String.join(" ", refused)
            + "); "
            + privateNetwork.connections()
            + " connections to 127.0.0.1, "
            + publicSite.requestHeads().size()
            + " requests to the public site");
  }

  @Test
  void dnsRebindingNeverReachesTheSecondAnswer() throws Exception {
    RawSocketServer privateNetwork = serve(PRIVATE, 0, feed());
    int port = privateNetwork.port();
    RawSocketServer publicSite =
        serve(
            PUBLIC,
            port,
            connection -> {
              connection.readRequestHead();
              connection.writeHead(
                  "HTTP/1.1 200 OK",
                  "Content-Type: application/rss+xml",
                  "Content-Length: " + FEED.length,
                  "Connection: close");
              connection.writeBody(FEED);
            });
    // "localhost": should any part of the client look the name up itself instead of using the
    // checked answer, the system resolver would send it to 127.0.0.1, where it is counted.
    ScriptedResolver rebinding = new ScriptedResolver().answer("localhost", PUBLIC, PRIVATE);
    HttpFetcher fetcher = fetcher(config().maxAttempts(1).build(), rebinding);
    URI feed = URI.create("http://localhost:" + port + "/feed");

    FetchResult first = fetcher.fetch(feed);
    FetchResult second = fetcher.fetch(feed);
    FetchResult third = fetcher.fetch(feed);

    assertThat(privateNetwork.connections()).isZero();
    assertThat(publicSite.connections()).isEqualTo(1);
    assertThat(first.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(first.body()).isEqualTo(FEED);
    assertThat(publicSite.requestHeads().get(0)).contains("Host: localhost:" + port + "\r\n");
    assertThat(second.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
    assertThat(second.message()).contains("127.0.0.1 (127.0.0.0/8) for host localhost");
    assertThat(third.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
    assertThat(rebinding.lookUps("localhost")).isEqualTo(3);
    Reliability.record(
        "hostile-web",
        "HostileWebIT.dnsRebindingNeverReachesTheSecondAnswer",
        "a name answering a public address first and 127.0.0.1 afterwards, fetched 3 times",
        "connections go only to the checked answer; none ever reaches 127.0.0.1",
        rebinding.lookUps("localhost")
            + " look-ups for 3 connections; "
            + publicSite.connections()
            + " connection to the public answer, "
            + privateNetwork.connections()
            + " to 127.0.0.1");
  }
}
