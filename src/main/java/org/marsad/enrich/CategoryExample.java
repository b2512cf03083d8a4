package org.marsad.enrich;

import java.util.Objects;

/** One labelled article to train or evaluate a category classifier on. */
public record CategoryExample(String title, String body, String label) {
  public CategoryExample {
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    Objects.requireNonNull(label, "label");
  }
}
