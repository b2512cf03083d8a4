package org.marsad.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1, or another loopback address (port chosen by the OS), for fetcher
 * tests. Counts requests per path and records their request headers; robots.txt answers 404 unless
 * a handler is set. Closing it stops the server and interrupts handlers that stall.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

  /** A request as the server saw it. */
  public record Request(String path, com.sun.net.httpserver.Headers headers, long startNanos) {}

  public LoopbackServer() throws IOException {
    this(InetAddress.getLoopbackAddress());
  }

  /**
   * A server on {@code address}: Linux answers on all of 127.0.0.0/8, so 127.0.0.2 makes a second
   * host for tests of per-host behaviour.
   */
  public LoopbackServer(InetAddress address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(address, 0), 64);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          requests.add(new Request(path, exchange.getRequestHeaders(), System.nanoTime()));
          HttpHandler handler = handlers.get(path);
          try {
            if (handler == null) {
              send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
              handler.handle(exchange);
            }
          } catch (IOException clientWentAway) {
            // the fetcher stopped reading (cap or timeout): expected in these tests
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  public LoopbackServer on(String path, HttpHandler handler) {
    handlers.put(path, handler);
    return this;
  }

  public URI url(String path) {
    return URI.create(
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort()
            + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  public static HttpHandler fixed(int status, String contentType, byte[] body) {
    return exchange -> send(exchange, status, contentType, body);
  }

  public static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      send(exchange, status, null, new byte[0]);
    };
  }

  /** Sends nothing for {@code millis} (or until the server closes). */
  public static HttpHandler stall(long millis) {
    return exchange -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
