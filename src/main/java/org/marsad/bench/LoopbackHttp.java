package org.marsad.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The load generator's HTTP: GET over one kept-alive socket per client thread, blocking, the way
 * {@code wrk} or {@code ab} load a server.
 *
 * <p>Not the JDK's {@code HttpClient}: its selector thread and asynchronous pipeline took 38% of
 * the process's CPU under 50 clients (JFR of the load part), CPU the measured server then lacked on
 * this 2-core machine, so the figures were the client's as much as the server's. This client costs
 * a read and a write per request. It speaks only what a benchmark of Marsad's own server needs:
 * HTTP/1.1 answers with a Content-Length or chunked body, to a loopback address.
 */
final class LoopbackHttp implements AutoCloseable {
  /** A status line, headers or chunk size line longer than this is not an answer of our server. */
  private static final int MAX_LINE = 16 * 1024;

  /** What the server answered. */
  record Response(int status, byte[] body) {}

  private final InetSocketAddress server;
  private final int timeoutMillis;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final List<Connection> opened = new CopyOnWriteArrayList<>();

  /**
   * @param timeout how long one read may wait; a request that waits longer fails with {@link
   *     java.net.SocketTimeoutException}
   * @throws IllegalArgumentException when the address is not a loopback one
   */
  LoopbackHttp(InetAddress address, int port, Duration timeout) {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("the load generator only loads loopback: " + address);
    }
    this.server = new InetSocketAddress(address, port);
    this.timeoutMillis = Math.toIntExact(timeout.toMillis());
  }

  /**
   * Sends {@code GET path} on this thread's connection, opened on first use and opened again when
   * the server closed it between two requests.
   *
   * @param path the request target: path and query, already encoded
   */
  Response get(String path) throws IOException {
    Connection reused = connections.get();
    if (reused != null) {
      try {
        return reused.exchange(path);
      } catch (IOException e) {
        // a kept-alive connection the server closed meanwhile: one more try on a new one
        drop(reused);
      }
    }
    Connection fresh = new Connection(server, timeoutMillis);
    opened.add(fresh);
    connections.set(fresh);
    try {
      return fresh.exchange(path);
    } catch (IOException e) {
      drop(fresh);
      throw e;
    }
  }

  private void drop(Connection connection) {
    connections.remove();
    opened.remove(connection);
    connection.close();
  }

  @Override
  public void close() {
    opened.forEach(Connection::close);
    opened.clear();
  }

  /** One socket and its buffered reader; used by one thread at a time. */
  private static final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] host;

    Connection(InetSocketAddress server, int timeoutMillis) throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(server, timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
      String authority =
          server.getAddress() instanceof Inet6Address
              ? "[" + server.getAddress().getHostAddress() + "]:" + server.getPort()
              : server.getAddress().getHostAddress() + ":" + server.getPort();
      host = authority.getBytes(StandardCharsets.US_ASCII);
    }

    Response exchange(String path) throws IOException {
      ByteArrayOutputStream request = new ByteArrayOutputStream(128 + path.length());
      request.writeBytes(("GET " + path + " HTTP/1.1\r\nHost: ").getBytes(StandardCharsets.UTF_8));
      request.writeBytes(host);
      request.writeBytes("\r\nAccept: */*\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      request.writeTo(out);
      out.flush();
      int status = status(line());
      long length = -1;
      boolean chunked = false;
      boolean closes = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        if (colon < 0) {
          throw new IOException("not a header line: " + header);
        }
        String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.contains("chunked");
          case "connection" -> closes = value.contains("close");
          default -> {}
        }
      }
      byte[] body;
      if (chunked) {
        body = chunks();
      } else if (length >= 0) {
        body = in.readNBytes(Math.toIntExact(length));
        if (body.length < length) {
          throw new IOException(
              "the answer ended after " + body.length + " of " + length + " bytes");
        }
      } else {
        body = in.readAllBytes();
        closes = true;
      }
      if (closes) {
        close();
      }
      return new Response(status, body);
    }

    private byte[] chunks() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String sizeLine = line();
        int extension = sizeLine.indexOf(';');
        int size =
            Integer.parseInt(
                (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
        if (size == 0) {
          while (!line().isEmpty()) {
            // trailers: none that matter here
          }
          return body.toByteArray();
        }
        byte[] chunk = in.readNBytes(size);
        if (chunk.length < size) {
          throw new IOException("a chunk ended after " + chunk.length + " of " + size + " bytes");
        }
        body.writeBytes(chunk);
        line();
      }
    }

    private static int status(String statusLine) throws IOException {
      // "HTTP/1.1 200 OK"
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException("not an HTTP status line: " + statusLine);
      }
      return Integer.parseInt(parts[1]);
    }

    /** One CRLF-ended line without its end; an end of stream before it is an error. */
    private String line() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream(64);
      while (true) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("the server closed the connection mid-answer");
        }
        if (b == '\n') {
          byte[] bytes = line.toByteArray();
          int end =
              bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
          return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        }
        if (line.size() >= MAX_LINE) {
          throw new IOException("a line of the answer is over " + MAX_LINE + " bytes");
        }
        line.write(b);
      }
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket the server may have closed first: nothing to keep
      }
    }
  }
}
