package org.marsad.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Refuses hosts that a feed URL must not reach: private, loopback, link-local, documentation,
 * benchmarking, multicast and other special-purpose addresses ({@link ReservedAddresses} lists
 * them, after the IANA special-purpose registries), in IPv4 or hidden in an IPv6 form, unless
 * configuration allows them. Thread-safe.
 *
 * <p>Why: a feed URL is user input; without this guard, {@code marsad serve} could be made to read
 * a router page or a cloud metadata service ({@code 169.254.169.254}) and store the answer.
 *
 * <p>Every address a host name resolves to is checked; one refused address refuses the host, so
 * that a name cannot hide a private address behind a public one. {@link #resolve} is the look-up
 * that {@link HttpFetcher} connects with, so the addresses checked are the addresses connected to:
 * a name that answers differently the second time (DNS rebinding) is never asked twice.
 */
public final class AddressGuard {
  private final boolean allowAll;
  private final List<AddressRange> allowed;
  private final HostResolver resolver;

  /** Resolves host names; replaceable so tests can pretend a name points anywhere. */
  @FunctionalInterface
  public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * A host refused by the guard. An {@link UnknownHostException} so that it can travel through a
   * DNS resolver interface; its message is the one-line reason.
   */
  public static final class RefusedHostException extends UnknownHostException {
    RefusedHostException(String reason) {
      super(reason);
    }
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
    try {
      resolve(host);
      return Optional.empty();
    } catch (RefusedHostException refused) {
      return Optional.of(refused.getMessage());
    } catch (UnknownHostException e) {
      return Optional.of("unknown host: " + host);
    }
  }

  /**
   * Resolves {@code host} once ({@code [::1]} brackets removed) and returns its addresses when
   * every one is allowed.
   *
   * @throws RefusedHostException naming the first refused address and its block
   * @throws UnknownHostException when the name does not resolve
   */
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String name =
        host.length() > 2 && host.startsWith("[") && host.endsWith("]")
            ? host.substring(1, host.length() - 1)
            : host;
    InetAddress[] addresses = resolver.resolve(name);
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException(host);
    }
    if (allowAll) {
      return addresses.clone();
    }
    for (InetAddress address : addresses) {
      Optional<String> why = ReservedAddresses.refusal(address, allowed);
      if (why.isPresent()) {
        throw new RefusedHostException(
            "refused private or reserved address " + why.get() + " for host " + host);
      }
    }
    return addresses.clone();
  }
}
