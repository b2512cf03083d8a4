package org.marsad.dedup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five parts of a URI reference (RFC 3986 §3), split leniently by the regular expression of RFC
 * 3986 Appendix B, plus reference resolution (§5.2). Every input splits; validation is the caller's
 * job. Absent parts are null; an empty path is "".
 */
record UriReference(String scheme, String authority, String path, String query, String fragment) {

  private static final Pattern PARTS =
      Pattern.compile(
          "^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.DOTALL);

  static UriReference parse(String reference) {
    Matcher m = PARTS.matcher(reference);
    if (!m.matches()) {
      throw new AssertionError("the RFC 3986 pattern matches every string: " + reference);
    }
    return new UriReference(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
  }

  /** Resolves {@code ref} against this base (RFC 3986 §5.2.2, strict parser). */
  UriReference resolve(UriReference ref) {
    if (ref.scheme != null) {
      return new UriReference(
          ref.scheme, ref.authority, removeDotSegments(ref.path), ref.query, ref.fragment);
    }
    if (ref.authority != null) {
      return new UriReference(
          scheme, ref.authority, removeDotSegments(ref.path), ref.query, ref.fragment);
    }
    if (ref.path.isEmpty()) {
      return new UriReference(
          scheme, authority, path, ref.query != null ? ref.query : query, ref.fragment);
    }
    String merged = ref.path.startsWith("/") ? ref.path : merge(ref.path);
    return new UriReference(scheme, authority, removeDotSegments(merged), ref.query, ref.fragment);
  }

  private String merge(String relativePath) {
    if (authority != null && path.isEmpty()) {
      return "/" + relativePath;
    }
    return path.substring(0, path.lastIndexOf('/') + 1) + relativePath;
  }

  /** Removes "." and ".." segments (RFC 3986 §5.2.4). */
  static String removeDotSegments(String path) {
    StringBuilder in = new StringBuilder(path);
    StringBuilder out = new StringBuilder(path.length());
    while (in.length() > 0) {
      if (startsWith(in, "../")) {
        in.delete(0, 3);
      } else if (startsWith(in, "./") || startsWith(in, "/./")) {
        in.delete(0, 2);
      } else if (in.toString().equals("/.")) {
        in.replace(0, 2, "/");
      } else if (startsWith(in, "/../") || in.toString().equals("/..")) {
        in.replace(0, 3, "");
        if (in.length() == 0 || in.charAt(0) != '/') {
          in.insert(0, '/');
        }
        int lastSlash = out.lastIndexOf("/");
        out.setLength(Math.max(lastSlash, 0));
      } else if (in.toString().equals(".") || in.toString().equals("..")) {
        in.setLength(0);
      } else {
        int next = in.indexOf("/", in.charAt(0) == '/' ? 1 : 0);
        int end = next < 0 ? in.length() : next;
        out.append(in, 0, end);
        in.delete(0, end);
      }
    }
    return out.toString();
  }

  private static boolean startsWith(StringBuilder s, String prefix) {
    return s.length() >= prefix.length() && s.substring(0, prefix.length()).equals(prefix);
  }
}
