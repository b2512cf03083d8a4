package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Conditional GETs for JSON answers: an after-handler that gives every successful JSON GET a strong
 * ETag (a hash of the body bytes) with {@code Cache-Control: no-cache}, so clients keep the body
 * and revalidate each time, and answers 304 without a body when {@code If-None-Match} names it.
 *
 * <p>Not Javalin's {@code generateEtags}: that one compares If-None-Match as one exact string (no
 * lists, no {@code W/} form, no {@code *}), sends an unquoted Adler-32 and tags error answers too.
 * The body is still computed before it is hashed: a 304 saves the transfer, not the work.
 */
final class JsonEtags implements Handler {
  private static final int HASH_BYTES = 16;

  @Override
  public void handle(Context ctx) {
    if (ctx.method() != HandlerType.GET || ctx.status() != HttpStatus.OK || !isJson(ctx)) {
      return;
    }
    byte[] body = body(ctx);
    if (body == null) {
      return;
    }
    String etag = etagOf(body);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
    } else {
      ctx.result(body);
    }
  }

  /** A quoted strong entity tag: the first {@value #HASH_BYTES} bytes of the body's SHA-256. */
  static String etagOf(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(hash, 0, HASH_BYTES) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Whether an {@code If-None-Match} header names {@code etag}: {@code *}, or a comma-separated
   * list of tags compared weakly (RFC 9110 13.1.2: {@code W/"x"} matches {@code "x"}).
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  private static byte[] body(Context ctx) {
    InputStream stream = ctx.resultInputStream();
    if (stream == null) {
      return null;
    }
    try {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the answer to hash it", e);
    }
  }
}
