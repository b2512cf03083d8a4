package org.marsad.dedup;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Gives every link to the same article the same spelling, so that the store can use it as the
 * article's identity.
 *
 * <p>The publisher's {@code <link rel=canonical>}, when the caller found one, wins (see {@link
 * #canonicalize(String, String)}). Otherwise, and on the chosen address in any case:
 *
 * <ul>
 *   <li>only {@code http} and {@code https} are accepted; scheme and host are lower-cased;
 *   <li>an internationalized host is written in ASCII (punycode, IDNA 2003 as in {@link IDN}); a
 *       trailing dot of the host is dropped;
 *   <li>the default port (80, 443) is dropped, an empty path becomes {@code /}, {@code .} and
 *       {@code ..} segments are resolved;
 *   <li>the fragment is dropped (so are hash-bang addresses: {@code #!} is no longer used to
 *       address articles);
 *   <li>tracking parameters ({@link TrackingParameters}) and empty parameters are removed, the
 *       others kept in their original order; a query left empty disappears with its {@code ?};
 *   <li>percent-encoding is normalized ({@link PercentEncoding}). <b>The canonical form is ASCII:
 *       non-ASCII characters are percent-encoded UTF-8 with upper-case hex</b>, so that the result
 *       is a valid URI that any HTTP client can fetch, and a path typed in Arabic equals its
 *       percent-encoded form. Display code decodes it for people.
 * </ul>
 *
 * <p>Deliberately not done: {@code http} is not upgraded to {@code https}, {@code www.} is not
 * removed, a trailing slash is kept, parameters are not sorted, Unicode in paths is not normalized
 * (NFC) - each of these can name a different page on some site.
 *
 * <p>Thread-safe and stateless.
 */
public final class UrlCanonicalizer {
  private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\t\\n\\r]");
  private static final int HTTP_PORT = 80;
  private static final int HTTPS_PORT = 443;
  private static final int MAX_PORT = 65535;

  /** Dot-separated labels, none empty, none starting or ending with a hyphen (RFC 1123). */
  private static final String LABEL = "[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?";

  private static final Pattern HOST_NAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
  private static final Pattern IP_LITERAL = Pattern.compile("\\[[0-9a-f:.]+]");

  /**
   * The canonical form of {@code url}.
   *
   * @throws InvalidUrlException if it is not an absolute http(s) URL with a valid host and port
   */
  public String canonicalize(String url) throws InvalidUrlException {
    if (url == null) {
      throw new InvalidUrlException("no URL", "null");
    }
    return canonicalize(UriReference.parse(clean(url)), url);
  }

  /**
   * The canonical form of an article fetched from {@code fetchedUrl} whose page declared {@code
   * canonicalHint} ({@code <link rel=canonical>}, possibly relative, or null when absent).
   *
   * <p>The hint wins when it resolves to a valid http(s) URL, except a hint naming the bare root of
   * a site ({@code /}) for a page that is not the root: a site that declares its home page as every
   * page's canonical would otherwise merge all its articles into one. A hint that is unusable is
   * ignored, never fatal.
   *
   * @throws InvalidUrlException only if {@code fetchedUrl} itself is invalid
   */
  public String canonicalize(String canonicalHint, String fetchedUrl) throws InvalidUrlException {
    String fetched = canonicalize(fetchedUrl);
    if (canonicalHint == null || canonicalHint.isBlank()) {
      return fetched;
    }
    UriReference base = UriReference.parse(fetched);
    UriReference resolved = base.resolve(UriReference.parse(clean(canonicalHint)));
    try {
      String hinted = canonicalize(resolved, canonicalHint);
      UriReference hint = UriReference.parse(hinted);
      boolean hintIsSiteRoot = hint.path().equals("/") && hint.query() == null;
      boolean pageIsSiteRoot = base.path().equals("/") && base.query() == null;
      return hintIsSiteRoot && !pageIsSiteRoot ? fetched : hinted;
    } catch (InvalidUrlException unusableHint) {
      return fetched;
    }
  }

  /** The canonical form of {@code url}, or empty when it is invalid; never throws. */
  public Optional<String> tryCanonicalize(String url) {
    try {
      return Optional.of(canonicalize(url));
    } catch (InvalidUrlException e) {
      return Optional.empty();
    }
  }

  /** Drops what browsers drop too: surrounding spaces and controls, inner tabs and line breaks. */
  private static String clean(String url) {
    return LINE_BREAKS_AND_TABS.matcher(url.strip()).replaceAll("");
  }

  private static String canonicalize(UriReference parts, String original)
      throws InvalidUrlException {
    if (parts.scheme() == null) {
      throw new InvalidUrlException("not an absolute URL (no scheme)", original);
    }
    String scheme = parts.scheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidUrlException("not an http(s) URL", original);
    }
    if (parts.authority() == null || parts.authority().isEmpty()) {
      throw new InvalidUrlException("no host", original);
    }
    StringBuilder out = new StringBuilder(original.length() + 16);
    out.append(scheme).append("://");
    appendAuthority(out, parts.authority(), scheme, original);
    String path =
        UriReference.removeDotSegments(
            PercentEncoding.normalize(parts.path(), PercentEncoding.PATH_RAW));
    out.append(path.isEmpty() ? "/" : path);
    if (parts.query() != null) {
      appendQuery(out, parts.query());
    }
    return out.toString();
  }

  private static void appendAuthority(
      StringBuilder out, String authority, String scheme, String original)
      throws InvalidUrlException {
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      out.append(
              PercentEncoding.normalize(authority.substring(0, at), PercentEncoding.USERINFO_RAW))
          .append('@');
    }
    String hostAndPort = authority.substring(at + 1);
    int portColon =
        hostAndPort.startsWith("[")
            ? hostAndPort.indexOf(':', Math.max(hostAndPort.indexOf(']'), 0))
            : hostAndPort.lastIndexOf(':');
    String host = portColon < 0 ? hostAndPort : hostAndPort.substring(0, portColon);
    out.append(asciiHost(host, original));
    if (portColon >= 0) {
      appendPort(out, hostAndPort.substring(portColon + 1), scheme, original);
    }
  }

  private static String asciiHost(String host, String original) throws InvalidUrlException {
    String lower = PercentEncoding.decode(host).toLowerCase(Locale.ROOT);
    if (lower.startsWith("[")) {
      if (!IP_LITERAL.matcher(lower).matches() || !isIpLiteral(lower)) {
        throw new InvalidUrlException("malformed IP literal host", original);
      }
      return lower;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new InvalidUrlException("malformed host (" + e.getMessage() + ")", original);
    }
    if (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    if (ascii.isEmpty() || !HOST_NAME.matcher(ascii).matches()) {
      throw new InvalidUrlException("malformed host", original);
    }
    return ascii;
  }

  /** Whether {@code [...]} is an IPv6 address (java.net.URI checks it; no lookup is made). */
  private static boolean isIpLiteral(String bracketed) {
    try {
      return new URI("http", bracketed, "/", null).getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void appendPort(StringBuilder out, String port, String scheme, String original)
      throws InvalidUrlException {
    if (port.isEmpty()) {
      return;
    }
    if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidUrlException("malformed port", original);
    }
    int number = Integer.parseInt(port);
    if (number > MAX_PORT) {
      throw new InvalidUrlException("port out of range", original);
    }
    boolean defaultPort =
        (scheme.equals("http") && number == HTTP_PORT)
            || (scheme.equals("https") && number == HTTPS_PORT);
    if (!defaultPort) {
      out.append(':').append(number);
    }
  }

  private static void appendQuery(StringBuilder out, String query) {
    StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
    for (String parameter : query.split("&", -1)) {
      if (parameter.isEmpty()) {
        continue;
      }
      String normalized = PercentEncoding.normalize(parameter, PercentEncoding.QUERY_RAW);
      int equals = normalized.indexOf('=');
      String name = equals < 0 ? normalized : normalized.substring(0, equals);
      if (!TrackingParameters.isTracking(name)) {
        kept.add(normalized);
      }
    }
    out.append(kept);
  }
}
