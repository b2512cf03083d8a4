package org.marsad.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.marsad.config.MarsadConfig;

/**
 * The secret that every state-changing API request must send as {@code Authorization: Bearer
 * <token>}, so that a web page open in the user's browser cannot add sources (CSRF): it can make
 * the browser send a request, but cannot know the token.
 *
 * <p>Taken from {@code server.admin-token} when set; otherwise generated once (32 random bytes,
 * URL-safe base64) and kept in {@code <data>/admin-token}, readable by its owner only, so that it
 * stays the same across restarts. Thread-safe.
 */
public final class AdminToken {
  /** The file in the data directory that keeps a generated token. */
  public static final String FILE = "admin-token";

  /** Shortest token accepted, in characters. */
  static final int MIN_LENGTH = 32;

  private static final String BEARER = "bearer ";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final String value;
  private final String origin;

  private AdminToken(String value, String origin) {
    if (value.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "the admin token from " + origin + " is shorter than " + MIN_LENGTH + " characters");
    }
    this.value = value;
    this.origin = origin;
  }

  /** A given token (tests, embedding). */
  public static AdminToken of(String value) {
    return new AdminToken(value, "the caller");
  }

  /**
   * The configured token, else the one kept in the data directory, generated there when absent.
   *
   * @throws IllegalArgumentException naming the key or file when the token is too short
   * @throws UncheckedIOException when the token file cannot be read or written
   */
  public static AdminToken forDataDirectory(MarsadConfig config, Path dataDir) {
    String configured = config.string("server.admin-token").strip();
    if (!configured.isEmpty()) {
      return new AdminToken(configured, "server.admin-token");
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      restrictToOwner(file);
      return new AdminToken(
          Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the admin token in " + file, e);
    }
  }

  /** The token, to show to the user who started the server. */
  public String value() {
    return value;
  }

  /** Where the token came from: the configuration key or the file. */
  public String origin() {
    return origin;
  }

  /** Whether an {@code Authorization} header carries this token; compared in constant time. */
  boolean acceptsAuthorization(String header) {
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      return false;
    }
    byte[] sent = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(sent, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code sent} (the login form's field) is this token; compared in constant time. */
  boolean accepts(String sent) {
    return sent != null
        && MessageDigest.isEqual(
            sent.strip().getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }

  private static void create(Path file) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try {
      if (posix(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException raced) {
      return; // another process created it first: use theirs
    }
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
  }

  /** A token file that others could read is tightened rather than trusted as it is. */
  private static void restrictToOwner(Path file) throws IOException {
    if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private static boolean posix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
