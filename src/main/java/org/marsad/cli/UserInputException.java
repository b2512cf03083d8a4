package org.marsad.cli;

/** A wrong argument or unreadable input: printed as one line, exit code 2, no stack trace. */
public final class UserInputException extends RuntimeException {
  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
