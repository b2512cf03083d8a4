package org.marsad.ingest;

import org.marsad.model.SourceState;

/**
 * Validators of a previous response, sent as {@code If-None-Match} and {@code If-Modified-Since} so
 * that an unchanged resource answers 304 without a body. Null fields are not sent.
 */
public record ConditionalRequest(String etag, String lastModified) {

  /** Sends no validators: always a full response. */
  public static final ConditionalRequest NONE = new ConditionalRequest(null, null);

  /** The validators remembered for a source. */
  public static ConditionalRequest from(SourceState state) {
    return new ConditionalRequest(state.etag(), state.lastModified());
  }
}
