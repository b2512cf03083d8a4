package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.Engine;
import org.marsad.pipeline.SourceCatalog;
import org.marsad.web.AdminToken;
import org.marsad.web.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad serve}: polls the sources on their schedule and answers the HTTP API until stopped.
 * A data directory that follows no source yet starts with the bundled list of Arabic news feeds, so
 * a first run on a machine with internet access starts collecting at once. It prints the admin
 * token that requests changing data must send ({@link AdminToken}).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Follow the sources and serve the HTTP JSON API until stopped (Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {
  static final String DEFAULT_FEEDS = "/org/marsad/default-feeds.opml";
  private static final String CONFIGURED_TOKEN = "server.admin-token";

  @Mixin DataOptions data;

  @Option(
      names = "--port",
      description =
          "HTTP port (default: server.port of the configuration, 8080; 0 picks a free one).")
  Integer port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--allow-private-networks",
      description = "Allow sources on private, loopback or link-local addresses.")
  boolean allowPrivateNetworks;

  @Option(
      names = "--default-feeds",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Follow the bundled Arabic news feeds when no source is followed yet (default: ${DEFAULT-VALUE}).")
  boolean defaultFeeds;

  @Option(names = "--no-polling", description = "Serve the API without polling sources.")
  boolean noPolling;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    MarsadConfig config = data.config();
    int listenPort = port != null ? port : config.integer("server.port");
    if (listenPort < 0 || listenPort > 65535) {
      throw new UserInputException("the port must be between 0 and 65535: " + listenPort);
    }
    if (allowPrivateNetworks) {
      config = config.with("fetch.allow-private-networks", "true");
    }
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    try (StopOnSignal signal = new StopOnSignal();
        Engine engine = data.openEngine(config)) {
      signal.onStop(stopped::countDown);
      if (defaultFeeds && engine.sources().list().isEmpty()) {
        followDefaultFeeds(engine.sources(), out);
      }
      int caughtUp = engine.catchUpIndex();
      AdminToken token = adminToken(config);
      try (ApiServer server = new ApiServer(engine, token)) {
        int bound = server.start(host, listenPort);
        engine.followStore();
        engine.startAlerts();
        if (!noPolling) {
          engine.startPolling();
        }
        out.printf(
            Locale.ROOT,
            "Marsad serving http://%s:%d/ (data %s; %d sources; %d articles indexed on start)%n",
            host,
            bound,
            data.directory,
            engine.sources().list().size(),
            caughtUp);
        exposureWarning(host, token.origin().equals(CONFIGURED_TOKEN))
            .ifPresent(
                warning -> {
                  spec.commandLine().getErr().println(warning);
                  spec.commandLine().getErr().flush();
                });
        if (token.origin().equals(CONFIGURED_TOKEN)) {
          out.printf(Locale.ROOT, "Admin token for POST requests: %s%n", CONFIGURED_TOKEN);
        } else {
          out.printf(
              Locale.ROOT,
              "Admin token for POST requests (Authorization: Bearer ...): %s (kept in %s)%n",
              token.value(),
              token.origin());
        }
        out.flush();
        stopped.await();
      }
    }
    return 0;
  }

  /**
   * The warning to print when serve listens beyond this machine ({@code host} not a loopback
   * address) with a generated admin token rather than one set in the configuration; empty when none
   * is due.
   */
  static java.util.Optional<String> exposureWarning(String host, boolean tokenConfigured) {
    if (tokenConfigured || loopback(host)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        String.format(
            Locale.ROOT,
            "Warning: listening on %s, not a loopback address, with a generated admin token:"
                + " anyone who can reach this machine can read the pages and the API. Set %s (and"
                + " server.allowed-hosts) or use --host 127.0.0.1.",
            host,
            CONFIGURED_TOKEN));
  }

  /** Whether {@code host} is a loopback address (an IP literal or a name that resolves to one). */
  static boolean loopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private AdminToken adminToken(MarsadConfig config) {
    try {
      return AdminToken.forDataDirectory(config, data.directory);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private static void followDefaultFeeds(SourceCatalog catalog, PrintWriter out)
      throws IOException {
    try (InputStream in = ServeCommand.class.getResourceAsStream(DEFAULT_FEEDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_FEEDS);
      }
      SourceCatalog.ImportResult result = catalog.importOpml(in.readAllBytes());
      out.printf(Locale.ROOT, "Following %d bundled Arabic news feeds%n", result.added());
    }
  }
}
