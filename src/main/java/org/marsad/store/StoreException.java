package org.marsad.store;

/**
 * The store could not do what was asked (disk full, database locked too long, a corrupt or newer
 * database). Unchecked: callers cannot recover in place, they report and stop or retry later.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
