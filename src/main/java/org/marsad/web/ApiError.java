package org.marsad.web;

import io.javalin.http.HttpStatus;

/** A request the API refuses: answered with its status and {@code {"error": message}}. */
final class ApiError extends RuntimeException {
  private final HttpStatus status;

  ApiError(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(HttpStatus.BAD_REQUEST, message);
  }

  HttpStatus status() {
    return status;
  }
}
