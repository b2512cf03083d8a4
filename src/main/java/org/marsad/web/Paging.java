package org.marsad.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code limit} and {@code offset} of a list route, checked the same way on every route (a 400
 * naming the parameter, its range and the value sent). The store answers "the first n", so a page
 * at {@code offset} reads {@code offset + limit} rows and skips the first ones: {@value
 * #MAX_OFFSET} bounds what one request can make the store read.
 *
 * @param limit items on the page, 1 to the route's maximum
 * @param offset items skipped, 0 to {@value #MAX_OFFSET}
 */
record Paging(int limit, int offset) {
  static final int MAX_OFFSET = 10_000;

  /** Reads {@code limit} (default {@code defaultLimit}, at most {@code maxLimit}) and offset. */
  static Paging of(Context ctx, int defaultLimit, int maxLimit) {
    int limit = ApiServer.intParam(ctx, "limit", defaultLimit);
    if (limit < 1 || limit > maxLimit) {
      throw ApiError.badRequest("limit must be 1.." + maxLimit + ", not " + limit);
    }
    int offset = ApiServer.intParam(ctx, "offset", 0);
    if (offset < 0 || offset > MAX_OFFSET) {
      throw ApiError.badRequest("offset must be 0.." + MAX_OFFSET + ", not " + offset);
    }
    return new Paging(limit, offset);
  }

  /** How many items to ask the store for: this page and the ones before it. */
  int end() {
    return offset + limit;
  }

  /** This page of {@code items} (the first {@link #end()} or all of them). */
  <T> List<T> of(List<T> items) {
    return items.subList(Math.min(offset, items.size()), Math.min(end(), items.size()));
  }

  /** Adds {@code limit} and {@code offset} to an answer, so a client can ask for the next page. */
  void describe(ObjectNode body) {
    body.put("limit", limit);
    body.put("offset", offset);
  }
}
