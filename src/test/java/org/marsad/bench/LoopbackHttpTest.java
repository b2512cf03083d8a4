package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.testing.LoopbackServer;

class LoopbackHttpTest {
  private static final byte[] ARABIC =
      "{\"total\":3,\"q\":\"غزة\"}".getBytes(StandardCharsets.UTF_8);

  private LoopbackServer server;
  private LoopbackHttp http;
  private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
  private final List<String> queries = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    server.on(
        "/sized",
        exchange -> {
          clientPorts.add(exchange.getRemoteAddress().getPort());
          queries.add(exchange.getRequestURI().getQuery());
          LoopbackServer.send(exchange, 200, "application/json", ARABIC);
        });
    server.on(
        "/chunked",
        exchange -> {
          exchange.sendResponseHeaders(201, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < ARABIC.length; i += 5) {
              out.write(ARABIC, i, Math.min(5, ARABIC.length - i));
              out.flush();
            }
          }
        });
    server.on(
        "/closing",
        exchange -> {
          clientPorts.add(exchange.getRemoteAddress().getPort());
          exchange.getResponseHeaders().set("Connection", "close");
          LoopbackServer.send(exchange, 200, "text/plain", new byte[] {'o', 'k'});
        });
    server.on("/stalls", LoopbackServer.stall(5_000));
    http = new LoopbackHttp(InetAddress.getLoopbackAddress(), server.port(), Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void readsSizedAnswersOverOneKeptAliveConnection() throws Exception {
    String query = "q=" + URLEncoder.encode("قطاع غزة", StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      LoopbackHttp.Response response = http.get("/sized?" + query);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(ARABIC);
    }
    assertThat(queries).containsOnly("q=قطاع+غزة").hasSize(3);
    assertThat(clientPorts)
        .as("client ports of the 3 requests")
        .hasSize(3)
        .containsOnly(clientPorts.get(0));
  }

  @Test
  void readsChunkedAnswersWhole() throws Exception {
    LoopbackHttp.Response response = http.get("/chunked");
    assertThat(response.status()).isEqualTo(201);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(new String(ARABIC, StandardCharsets.UTF_8));
    assertThat(http.get("/nowhere").status())
        .as("the next answer on the same connection")
        .isEqualTo(404);
  }

  @Test
  void opensANewConnectionAfterTheServerClosedOne() throws Exception {
    assertThat(http.get("/closing").status()).isEqualTo(200);
    assertThat(http.get("/closing").status()).isEqualTo(200);
    assertThat(clientPorts).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aStalledAnswerIsATimeout() {
    assertThatThrownBy(() -> http.get("/stalls")).isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void refusesToLoadAnAddressOffLoopback() throws Exception {
    InetAddress documentation = InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1});
    assertThatThrownBy(() -> new LoopbackHttp(documentation, 80, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("192.0.2.1");
  }
}
