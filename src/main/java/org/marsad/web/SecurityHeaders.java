package org.marsad.web;

import java.util.Map;

/**
 * Headers on every answer: browsers must not guess a type other than the one sent ({@code
 * nosniff}), and should a browser ever render an answer, it may load, run or frame nothing.
 */
final class SecurityHeaders {
  static final Map<String, String> NAMES_AND_VALUES =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
          "Referrer-Policy", "no-referrer");

  private SecurityHeaders() {}
}
