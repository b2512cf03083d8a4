package org.marsad.ingest;

import java.net.URI;

/**
 * Fetches one URL. Implementations never throw for network, server or content trouble: the result
 * says what happened ({@link FetchOutcome#FAILED} with a one-line message).
 */
public interface Fetcher {

  /**
   * @param url an absolute http or https URL
   * @param conditional validators of the previous response, or {@link ConditionalRequest#NONE}
   */
  FetchResult fetch(URI url, ConditionalRequest conditional);

  /** An unconditional fetch. */
  default FetchResult fetch(URI url) {
    return fetch(url, ConditionalRequest.NONE);
  }
}
