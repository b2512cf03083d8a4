package org.marsad.model;

/** Why a page links to another article; the JSON form is {@link #label()}. */
public enum LinkKind {
  READ_ALSO("read-also"),
  RELATED("related"),
  SIMILAR("similar"),
  OTHER("other");

  private final String label;

  LinkKind(String label) {
    this.label = label;
  }

  /** The stable name used in JSON output. */
  public String label() {
    return label;
  }
}
