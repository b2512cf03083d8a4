package org.marsad.bench;

/** One benchmark document: a title and a body, both in the source's text. */
record BenchDoc(String title, String text) {
  int utf8Bytes() {
    return title.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
