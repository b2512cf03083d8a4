package org.marsad.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Refuses addresses that a feed URL must not reach: private, loopback, link-local, unspecified,
 * multicast and carrier-grade NAT blocks, unless configuration allows them. Thread-safe.
 *
 * <p>Why: a feed URL is user input; without this guard, {@code marsad serve} could be made to read
 * a router page or a cloud metadata service ({@code 169.254.169.254}) and store the answer.
 *
 * <p>IPv4-mapped IPv6 addresses ({@code ::ffff:10.0.0.1}) arrive as IPv4 addresses from the JDK, so
 * they are checked as such. Every address a host name resolves to is checked; one refused address
 * refuses the host, so that a name cannot hide a private address behind a public one. Limit (DNS
 * rebinding): the JDK HTTP client resolves the name again when it connects. The JVM's positive DNS
 * cache (30 s by default, {@code networkaddress.cache.ttl}) usually returns the same answer, but a
 * resolver that changes its answer between the two look-ups within that window is not caught here.
 */
public final class AddressGuard {
  private static final List<AddressRange> REFUSED =
      List.of(
              "0.0.0.0/8",
              "10.0.0.0/8",
              "100.64.0.0/10",
              "127.0.0.0/8",
              "169.254.0.0/16",
              "172.16.0.0/12",
              "192.168.0.0/16",
              "224.0.0.0/4",
              "240.0.0.0/4",
              "::/128",
              "::1/128",
              "fc00::/7",
              "fe80::/10",
              "ff00::/8")
          .stream()
          .map(AddressRange::parse)
          .toList();

  private final boolean allowAll;
  private final List<AddressRange> allowed;
  private final HostResolver resolver;

  /** Resolves host names; replaceable so tests can pretend a name points anywhere. */
  @FunctionalInterface
  public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * @param allowAll true to allow every address (the {@code --allow-private-networks} switch)
   * @param allowed blocks allowed although refused by default, e.g. {@code 127.0.0.0/8} in tests
   * @param resolver DNS look-up, usually {@code InetAddress::getAllByName}
   */
  public AddressGuard(boolean allowAll, List<AddressRange> allowed, HostResolver resolver) {
    this.allowAll = allowAll;
    this.allowed = List.copyOf(allowed);
    this.resolver = resolver;
  }

  /**
   * Resolves {@code host} and checks every address.
   *
   * @return empty when allowed, else a one-line reason
   */
  public Optional<String> check(String host) {
    if (allowAll) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of("unknown host: " + host);
    }
    for (InetAddress address : addresses) {
      for (AddressRange range : REFUSED) {
        if (range.contains(address) && allowed.stream().noneMatch(a -> a.contains(address))) {
          return Optional.of(
              "refused private or reserved address "
                  + address.getHostAddress()
                  + " ("
                  + range
                  + ") for host "
                  + host);
        }
      }
    }
    return Optional.empty();
  }
}
