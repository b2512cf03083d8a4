package org.marsad.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which {@code Host} headers the API answers, against DNS rebinding: a page on {@code evil.example}
 * whose name is made to point at 127.0.0.1 reaches the server with {@code Host: evil.example},
 * which is refused, so the page cannot read the API through the user's browser.
 *
 * <p>Allowed: the names configured in {@code server.allowed-hosts}; the address the server is bound
 * to, as given or as an IP literal; {@code localhost} and loopback literals when it is bound to a
 * loopback or wildcard address; any IP literal when it is bound to a wildcard address (rebinding
 * always needs a name, and an IP literal in the Host header cannot be one). The port is ignored.
 */
final class HostCheck {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

  private final Set<String> names;
  private final InetAddress bound;

  private HostCheck(Set<String> names, InetAddress bound) {
    this.names = names;
    this.bound = bound;
  }

  /**
   * @param boundHost the {@code --host} the server listens on
   * @param configured further names ({@code server.allowed-hosts})
   */
  static HostCheck forBinding(String boundHost, List<String> configured) {
    InetAddress bound;
    try {
      bound = InetAddress.getByName(boundHost);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve the address to listen on: " + boundHost);
    }
    Set<String> names =
        configured.stream().map(HostCheck::bareName).collect(Collectors.toCollection(HashSet::new));
    names.add(bareName(boundHost));
    if (bound.isLoopbackAddress() || bound.isAnyLocalAddress()) {
      names.add("localhost");
    }
    return new HostCheck(Set.copyOf(names), bound);
  }

  /** Whether a request with this {@code Host} header is answered; false when it is absent. */
  boolean allows(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String name = bareName(withoutPort(hostHeader.strip()));
    if (names.contains(name)) {
      return true;
    }
    Optional<InetAddress> literal = ipLiteral(name);
    if (literal.isEmpty()) {
      return false;
    }
    InetAddress address = literal.get();
    return bound.isAnyLocalAddress()
        || address.equals(bound)
        || (bound.isLoopbackAddress() && address.isLoopbackAddress());
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(0, close + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon >= 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
  }

  /** Lower case, without IPv6 brackets and without the trailing dot of a fully qualified name. */
  private static String bareName(String host) {
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  /** The address an IPv4 dotted quad or an IPv6 literal names; never a DNS look-up. */
  private static Optional<InetAddress> ipLiteral(String name) {
    try {
      Matcher v4 = IPV4.matcher(name);
      if (v4.matches()) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int part = Integer.parseInt(v4.group(i + 1));
          if (part > 255) {
            return Optional.empty();
          }
          bytes[i] = (byte) part;
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      // The JDK parses a string of hex digits, dots and colons as an IPv6 literal, never via DNS.
      return IPV6.matcher(name).matches()
          ? Optional.of(InetAddress.getByName(name))
          : Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
