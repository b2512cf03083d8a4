package org.marsad.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.ImportListener;
import org.marsad.ingest.ImportSummary;
import org.marsad.ingest.JsonlImporter;
import org.marsad.ingest.PollSummary;
import org.marsad.pipeline.Engine;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.FakeResolver;
import org.marsad.testing.LoopbackServer;
import org.marsad.web.AdminToken;
import org.marsad.web.ApiServer;

/**
 * What {@code marsad import} then {@code marsad serve} make of the ANT sample, in this JVM: a data
 * directory filled through the real import path and stages, one poll of a hostile feed through the
 * real fetch path (private networks allowed, since the feed is on loopback), and the real server on
 * 127.0.0.1 with a known admin token. Closing it stops the server, the engine and the feed server.
 */
final class BrowserSite implements AutoCloseable {
  static final String TOKEN = "browser-test-token-0123456789-abcdefghij";

  /** First lines of the sample imported beside the cross-source pairs (see {@link AntSubset}). */
  private static final int FIRST_LINES = 150;

  final Engine engine;
  final LoopbackServer outside;
  final URI hostileFeed;
  private final ApiServer server;
  private final URI base;

  private BrowserSite(
      Engine engine, LoopbackServer outside, URI hostileFeed, ApiServer server, int port) {
    this.engine = engine;
    this.outside = outside;
    this.hostileFeed = hostileFeed;
    this.server = server;
    this.base = URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Imports, polls and serves; prints what it did and how long each step took. */
  static BrowserSite start(Path work, Path sample) throws IOException {
    long start = System.nanoTime();
    Path slice = work.resolve("ant-slice.jsonl");
    int lines =
        AntSubset.write(
            sample, sample.resolveSibling("near_duplicates_silver.tsv"), FIRST_LINES, slice);
    MarsadConfig config =
        MarsadConfig.defaults()
            .with("fetch.allow-private-networks", "true")
            .with("fetch.per-host-delay", "0ms")
            .with("fetch.retries", "0")
            .with("fetch.read-timeout", "5s")
            // alerts checked often, so that the webhook test does not wait for serve's interval
            .with("alerts.interval", "1s");
    Path data = work.resolve("data");
    Files.createDirectories(data);
    Engine engine = Engine.open(data, config, new FakeResolver());
    LoopbackServer outside = null;
    try {
      ImportSummary imported =
          new JsonlImporter(engine.store()).importFile(slice, ImportListener.NONE);
      int indexed = engine.catchUpIndex();
      long importedAt = System.nanoTime();
      outside = new LoopbackServer();
      URI feed = HostileFeed.serve(outside, AntFeeds.articles(HostileFeed.ITEMS));
      engine.sources().add(feed.toString(), "مصدر معاد");
      PollSummary.Line polled = engine.fetchAll(result -> {}).lines().get(0);
      ApiServer server = new ApiServer(engine, AdminToken.of(TOKEN));
      int port = server.start("127.0.0.1", 0);
      engine.followStore();
      engine.startAlerts();
      System.out.printf(
          Locale.ROOT,
          "browser site: %d ANT lines imported (%d new), %d indexed in %d ms; hostile feed polled"
              + " (%s, %d new items); serving in %d ms in all%n",
          lines,
          imported.articlesNew(),
          indexed,
          (importedAt - start) / 1_000_000,
          polled.status(),
          polled.newItems(),
          (System.nanoTime() - start) / 1_000_000);
      return new BrowserSite(engine, outside, feed, server, port);
    } catch (RuntimeException | IOException e) {
      if (outside != null) {
        outside.close();
      }
      engine.close();
      throw e;
    }
  }

  /** {@code pathAndQuery} on the site, as the browser is sent to it. */
  String url(String pathAndQuery) {
    return base.resolve(pathAndQuery).toString();
  }

  /** The site's origin with a trailing slash: every request the browser makes must start so. */
  String origin() {
    return base.toString();
  }

  @Override
  public void close() {
    server.close();
    engine.close();
    outside.close();
  }
}
