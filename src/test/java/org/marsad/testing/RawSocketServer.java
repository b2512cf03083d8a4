package org.marsad.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP server on one loopback address that writes raw HTTP, for servers that {@link
 * LoopbackServer} cannot play: ones that lie about Content-Length, trickle a byte at a time, or
 * must never be reached at all. Counts the connections it accepted and the body bytes it wrote.
 * Closing it closes every connection and interrupts the scripts.
 */
public final class RawSocketServer implements AutoCloseable {
  private final ServerSocket listener;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicLong bytesWritten = new AtomicLong();
  private final List<String> requestHeads = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  /** What the server does with one accepted connection. */
  @FunctionalInterface
  public interface Script {
    void serve(Connection connection) throws IOException, InterruptedException;
  }

  /** One accepted connection, with helpers to read a request and write counted bytes. */
  public final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** Reads one request head (up to the blank line); null when the client closed first. */
    public String readRequestHead() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        head.write(b);
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String text = head.toString(StandardCharsets.ISO_8859_1);
      requestHeads.add(text);
      return text;
    }

    /** Writes a status line and headers, then the blank line. */
    public void writeHead(String statusLine, String... headers) throws IOException {
      StringBuilder head = new StringBuilder(statusLine).append("\r\n");
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    /** Writes body bytes and counts them. */
    public void writeBody(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
      bytesWritten.addAndGet(bytes.length);
    }

    public Socket socket() {
      return socket;
    }
  }

  /**
   * @param address a loopback address such as 127.0.0.1 or 127.0.0.2
   * @param port a port, or 0 for one chosen by the OS
   */
  public RawSocketServer(InetAddress address, int port, Script script) throws IOException {
    listener = new ServerSocket();
    listener.bind(new InetSocketAddress(address, port), 64);
    executor.submit(
        () -> {
          while (!listener.isClosed()) {
            Socket socket;
            try {
              socket = listener.accept();
            } catch (IOException closed) {
              return;
            }
            connections.incrementAndGet();
            sockets.add(socket);
            executor.submit(() -> run(script, socket));
          }
        });
  }

  private void run(Script script, Socket socket) {
    try (socket) {
      script.serve(new Connection(socket));
    } catch (IOException clientWentAway) {
      // the client cut the connection (cap, deadline): what these tests provoke
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
    }
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  /** Body bytes written so far by {@link Connection#writeBody}, over all connections. */
  public long bytesWritten() {
    return bytesWritten.get();
  }

  /** The request heads read so far, in order. */
  public List<String> requestHeads() {
    return List.copyOf(requestHeads);
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    executor.shutdownNow();
  }
}
