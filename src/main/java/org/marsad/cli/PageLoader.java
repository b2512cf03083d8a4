package org.marsad.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.marsad.model.Page;

/**
 * Reads one page for {@code marsad analyze}: a file (gzip recognised by its magic bytes), standard
 * input ({@code -}), or an http(s) URL. At most {@code maxBytes} are read, so a huge file or
 * response (or a gzip bomb) costs no more than the cap; the page is then marked truncated.
 */
final class PageLoader {

  private static final int GZIP_MAGIC_1 = 0x1F;
  private static final int GZIP_MAGIC_2 = 0x8B;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final int maxBytes;

  PageLoader(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads {@code where}; {@code baseUrl} (may be null) is the page's address for a file. */
  Page load(String where, String baseUrl, InputStream stdin) {
    if (where.equals("-")) {
      return read(stdin, null, baseUrl, "standard input");
    }
    if (where.startsWith("http://") || where.startsWith("https://")) {
      return fetch(where);
    }
    Path path = Path.of(where);
    if (Files.isDirectory(path)) {
      throw new UserInputException("is a directory, not a page: " + where);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, null, baseUrl, where);
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + where, e);
    } catch (IOException e) {
      throw new UserInputException("cannot read " + where + ": " + e.getMessage(), e);
    }
  }

  private Page fetch(String url) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(REQUEST_TIMEOUT)
              .header("User-Agent", "marsad-analyze")
              .GET()
              .build();
    } catch (IllegalArgumentException e) {
      throw new UserInputException("not a valid URL: " + url, e);
    }
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() >= 400) {
          throw new UserInputException("HTTP " + response.statusCode() + " from " + url);
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        return read(body, type, response.uri().toString(), url);
      }
    } catch (IOException e) {
      throw new UserInputException("cannot fetch " + url + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserInputException("interrupted while fetching " + url, e);
    }
  }

  private Page read(InputStream raw, String contentType, String url, String name) {
    try {
      PushbackInputStream in = new PushbackInputStream(raw, 2);
      byte[] magic = in.readNBytes(2);
      in.unread(magic);
      InputStream source =
          magic.length == 2
                  && (magic[0] & 0xFF) == GZIP_MAGIC_1
                  && (magic[1] & 0xFF) == GZIP_MAGIC_2
              ? new GZIPInputStream(in)
              : in;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      boolean truncated = false;
      int n;
      while ((n = source.read(buffer)) > 0) {
        int room = maxBytes - out.size();
        if (n > room) {
          out.write(buffer, 0, room);
          truncated = true;
          break;
        }
        out.write(buffer, 0, n);
      }
      return new Page(out.toByteArray(), contentType, url, truncated);
    } catch (IOException e) {
      throw new UserInputException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
