package org.marsad.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.marsad.ingest.ConditionalRequest;
import org.marsad.ingest.FetchFailure;
import org.marsad.ingest.FetchOutcome;
import org.marsad.ingest.FetchResult;
import org.marsad.ingest.Fetcher;

/** A fetcher answering from canned pages, 404 for any other URL; records what was asked. */
final class CannedFetcher implements Fetcher {
  private final Map<URI, byte[]> pages = new ConcurrentHashMap<>();
  final List<URI> requested = new CopyOnWriteArrayList<>();

  CannedFetcher page(String url, String html) {
    pages.put(URI.create(url), html.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  @Override
  public FetchResult fetch(URI url, ConditionalRequest conditional) {
    requested.add(url);
    byte[] body = pages.get(url);
    if (body == null) {
      return new FetchResult(
          url,
          url,
          404,
          "text/html",
          null,
          null,
          new byte[0],
          false,
          FetchOutcome.FAILED,
          FetchFailure.HTTP_STATUS,
          "HTTP 404",
          1,
          Duration.ZERO);
    }
    return new FetchResult(
        url,
        url,
        200,
        "text/html; charset=utf-8",
        null,
        null,
        body,
        false,
        FetchOutcome.OK,
        null,
        "HTTP 200",
        1,
        Duration.ZERO);
  }
}
