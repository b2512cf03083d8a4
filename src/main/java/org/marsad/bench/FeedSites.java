package org.marsad.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * News sites on loopback for the fetch benchmark: one JDK HTTP server per site, site {@code i} on
 * address {@code 127.0.0.(i+1)} (all of 127.0.0.0/8 is loopback on Linux, so each site is its own
 * host to the fetcher's per-host limits; no need to bind 0.0.0.0), port chosen by the OS. Serves
 * the documents {@link #put} gave it, 404 otherwise (robots.txt included: no rules). Closing stops
 * every server.
 */
final class FeedSites implements AutoCloseable {
  private static final int BACKLOG = 128;

  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, Document> documents = new ConcurrentHashMap<>();

  private record Document(byte[] bytes, String contentType) {}

  /**
   * @param sites how many sites (1 to 254)
   * @throws IOException when a loopback address cannot be bound
   */
  FeedSites(int sites) throws IOException {
    if (sites < 1 || sites > 254) {
      throw new IllegalArgumentException("sites must be 1..254: " + sites);
    }
    try {
      for (int i = 0; i < sites; i++) {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0." + (i + 1), 0), 128);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        servers.add(server);
      }
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /**
   * A server on {@code address}, or on 127.0.0.1 where only that loopback address exists (macOS):
   * its own port still makes it its own host, as the fetcher keys hosts by host and port.
   */
  private static HttpServer bind(String address) throws IOException {
    try {
      return HttpServer.create(new InetSocketAddress(address, 0), BACKLOG);
    } catch (BindException e) {
      return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
    }
  }

  int size() {
    return servers.size();
  }

  /** The base URL of site {@code i}, without a trailing slash. */
  String base(int i) {
    InetSocketAddress address = servers.get(i).getAddress();
    return "http://" + address.getHostString() + ":" + address.getPort();
  }

  /** Serves {@code bytes} at {@code url} (one of this object's sites). */
  void put(String url, byte[] bytes, String contentType) {
    documents.put(url, new Document(bytes, contentType));
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      InetSocketAddress local = exchange.getLocalAddress();
      String url =
          "http://"
              + local.getAddress().getHostAddress()
              + ":"
              + local.getPort()
              + exchange.getRequestURI().getRawPath();
      Document doc = documents.get(url);
      if (doc == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", doc.contentType());
      exchange.sendResponseHeaders(200, doc.bytes().length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(doc.bytes());
      }
    }
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
    executor.shutdownNow();
  }
}
