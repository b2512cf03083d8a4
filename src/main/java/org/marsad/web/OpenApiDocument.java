package org.marsad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /api/openapi.json}: the OpenAPI 3 description of the routes, a resource file written by
 * hand next to the code (a test checks it against the routes the server registers, both ways).
 */
final class OpenApiDocument {
  static final String RESOURCE = "openapi.json";

  private OpenApiDocument() {}

  /** The document's text, read from the jar. */
  static String text() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/marsad/web/" + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }
}
