package org.marsad.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * One GET (or a webhook's POST) at a time over Apache HttpClient 5, with nothing automatic: no
 * redirects, retries, decompression or cookies ({@link HttpFetcher} does those with its own checks
 * and caps). Thread- safe. Interrupting a caller ends its exchange within {@value #WATCH_MILLIS} ms
 * (INTERRUPTED); closing the transport cuts every connection in use.
 *
 * <p>Why this client: its DNS hook is {@link AddressGuard#resolve}, so a connection goes only to
 * addresses that the guard checked in the same look-up, while TLS still verifies and sends (SNI)
 * the host name. The JDK client cannot be given a resolver; it would look the name up again.
 *
 * <p>Every exchange, from connecting to the last body byte, ends at {@code connectTimeout +
 * readTimeout}: a watchdog closes the connection then (or when the caller is interrupted, which a
 * socket read would not notice), so a server that trickles a byte at a time is cut as surely as one
 * that stalls.
 */
final class HttpTransport implements AutoCloseable {
  /** Bodies of error and redirect responses are read only this far. */
  private static final long IGNORED_BODY_MAX_BYTES = 8 * 1024;

  /** Open connections over all hosts; {@link HostThrottle} keeps the per-host limit. */
  private static final int MAX_OPEN_CONNECTIONS = 256;

  private final CloseableHttpClient client;
  private final ScheduledExecutorService watchdog;

  /** How often the watchdog looks at a request's deadline and its caller's interrupt. */
  private static final long WATCH_MILLIS = 50;

  private final long deadlineMillis;

  HttpTransport(FetcherConfig config, AddressGuard guard) {
    Timeout connect = Timeout.of(config.connectTimeout());
    Timeout read = Timeout.of(config.readTimeout());
    this.deadlineMillis = config.connectTimeout().plus(config.readTimeout()).toMillis();
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new GuardedDnsResolver(guard))
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(connect)
                            .setSocketTimeout(read)
                            .build())
                    .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).build())
                    .setMaxConnPerRoute(config.maxConnectionsPerHost())
                    .setMaxConnTotal(MAX_OPEN_CONNECTIONS)
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setRedirectsEnabled(false)
                    .setResponseTimeout(read)
                    .setConnectionRequestTimeout(Timeout.ofMilliseconds(deadlineMillis))
                    .build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent(config.userAgent())
            .build();
    ScheduledThreadPoolExecutor alarms =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "marsad-http-deadline");
              thread.setDaemon(true);
              return thread;
            });
    alarms.setRemoveOnCancelPolicy(true); // a finished exchange leaves no alarm queued behind it
    alarms.prestartCoreThread(); // not started by the first request, inside its deadline
    this.watchdog = alarms;
  }

  /** The guard as the client's only DNS: one look-up, checked, and nothing else connected to. */
  private static final class GuardedDnsResolver implements DnsResolver {
    private final AddressGuard guard;

    GuardedDnsResolver(AddressGuard guard) {
      this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      return guard.resolve(host);
    }

    /** Only used for Kerberos, which the fetcher never does; answers without a look-up. */
    @Override
    public String resolveCanonicalHostname(String host) {
      return host;
    }
  }

  /**
   * Sends one GET and reads its body: up to {@code maxBytes} for a 2xx, a few KiB otherwise.
   *
   * @param headers request headers, in order
   */
  Exchange get(URI url, Map<String, String> headers, long maxBytes) {
    HttpGet request;
    try {
      request = new HttpGet(url);
    } catch (IllegalArgumentException e) {
      return Exchange.failed(
          0, FetchFailure.BAD_URL, "cannot request " + url + ": " + e.getMessage());
    }
    return send(url, request, headers, maxBytes);
  }

  /**
   * Sends one POST with this body and reads the answer's body up to {@code maxBytes} (a webhook's
   * answer is not used: only its status).
   */
  Exchange post(
      URI url, Map<String, String> headers, byte[] body, String contentType, long maxBytes) {
    HttpPost request;
    try {
      request = new HttpPost(url);
    } catch (IllegalArgumentException e) {
      return Exchange.failed(
          0, FetchFailure.BAD_URL, "cannot request " + url + ": " + e.getMessage());
    }
    request.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
    return send(url, request, headers, maxBytes);
  }

  private Exchange send(
      URI url, HttpUriRequestBase request, Map<String, String> headers, long maxBytes) {
    headers.forEach(request::setHeader);
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread caller = Thread.currentThread();
    long deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
    // A socket read does not notice an interrupt: the watchdog cuts the connection when the caller
    // is interrupted (a stopping poll) or the deadline has passed, whichever comes first.
    ScheduledFuture<?> alarm =
        watchdog.scheduleWithFixedDelay(
            () -> {
              if (System.nanoTime() - deadlineNanos >= 0) {
                timedOut.set(true);
                request.cancel();
              } else if (caller.isInterrupted()) {
                request.cancel();
              }
            },
            WATCH_MILLIS,
            WATCH_MILLIS,
            TimeUnit.MILLISECONDS);
    ClassicHttpResponse response = null;
    boolean reusable = false;
    try {
      response = client.executeOpen(null, request, null);
      int status = response.getCode();
      HttpEntity entity = response.getEntity();
      CappedBody body =
          entity == null
              ? CappedBody.EMPTY
              : CappedBody.read(
                  entity.getContent(), status / 100 == 2 ? maxBytes : IGNORED_BODY_MAX_BYTES);
      reusable = !body.truncated();
      return Exchange.of(status, firstValues(response.getHeaders()), body);
    } catch (AddressGuard.RefusedHostException refused) {
      return Exchange.failed(0, FetchFailure.PRIVATE_ADDRESS, refused.getMessage());
    } catch (IOException | RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        return Exchange.failed(0, FetchFailure.INTERRUPTED, "interrupted");
      }
      if (timedOut.get()) {
        return Exchange.failed(
            0, FetchFailure.TIMEOUT, "timed out after " + deadlineMillis + " ms: " + url);
      }
      return Exchange.failed(0, classify(e), describe(e, url));
    } finally {
      alarm.cancel(false);
      if (!reusable) {
        request.cancel(); // close the connection rather than drain the rest of a cut body
      }
      closeQuietly(response);
    }
  }

  /** Returns a fully read response's connection to the pool; a cancelled one is already closed. */
  private static void closeQuietly(ClassicHttpResponse response) {
    if (response == null) {
      return;
    }
    try {
      response.close();
    } catch (IOException alreadyBroken) {
      // the exchange's result is decided; a failed close changes nothing in it
    }
  }

  /** Cuts the connections in use and stops the watchdog. */
  @Override
  public void close() {
    client.close(CloseMode.IMMEDIATE);
    watchdog.shutdownNow();
  }

  private static Map<String, String> firstValues(Header[] headers) {
    Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Header header : headers) {
      first.putIfAbsent(header.getName(), header.getValue());
    }
    return first;
  }

  private static FetchFailure classify(Exception e) {
    return e instanceof InterruptedIOException ? FetchFailure.TIMEOUT : FetchFailure.CONNECTION;
  }

  private static String describe(Exception e, URI url) {
    String what =
        e instanceof ConnectTimeoutException
            ? "connect timed out"
            : e instanceof InterruptedIOException
                ? "timed out"
                : e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return what + ": " + url;
  }

  /** One request's answer, or why there was none. */
  record Exchange(
      int status,
      Map<String, String> headers,
      CappedBody body,
      FetchFailure failure,
      String message) {

    private static final int TOO_MANY_REQUESTS = 429;

    static Exchange of(int status, Map<String, String> headers, CappedBody body) {
      if (status / 100 == 5) {
        return new Exchange(status, headers, null, FetchFailure.SERVER_ERROR, "HTTP " + status);
      }
      if (status == TOO_MANY_REQUESTS) {
        return new Exchange(status, headers, null, FetchFailure.RATE_LIMITED, "HTTP " + status);
      }
      return new Exchange(status, headers, body, null, null);
    }

    static Exchange failed(int status, FetchFailure failure, String message) {
      return new Exchange(status, Map.of(), null, failure, message);
    }

    /** The first value of a response header (case-insensitive name), or null. */
    String header(String name) {
      return headers.get(name);
    }

    Exchange withMessage(String newMessage) {
      return new Exchange(status, headers, body, failure, newMessage);
    }
  }
}
