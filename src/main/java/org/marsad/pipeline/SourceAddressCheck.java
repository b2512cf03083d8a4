package org.marsad.pipeline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.marsad.ingest.AddressGuard;
import org.marsad.ingest.AddressRange;

/**
 * The private-network check made when a source is added, so that a request naming an internal
 * address is refused at once with the address, instead of being stored and refused at every poll.
 * It applies the fetcher's {@link AddressGuard} with the same settings, to the addresses the name
 * resolves to now.
 *
 * <p>A name that does not resolve now is accepted with a note: a feed list is often imported while
 * offline or while a site's DNS is down, and the fetcher checks the addresses again at every fetch
 * (the real boundary, since a name's addresses can change after it was added).
 */
public final class SourceAddressCheck {
  /** What the check found: a refusal (never followed) or a note (followed, with a remark). */
  public record Verdict(Optional<String> refusal, Optional<String> note) {
    static Verdict allowed() {
      return new Verdict(Optional.empty(), Optional.empty());
    }
  }

  private final boolean allowAll;
  private final List<AddressRange> allowedRanges;
  private final AddressGuard.HostResolver resolver;

  /**
   * @param allowAll true when private networks are allowed ({@code fetch.allow-private-networks})
   * @param allowedRanges blocks allowed although private, as the fetcher has them
   * @param resolver DNS look-up, usually {@code InetAddress::getAllByName}
   */
  public SourceAddressCheck(
      boolean allowAll, List<AddressRange> allowedRanges, AddressGuard.HostResolver resolver) {
    this.allowAll = allowAll;
    this.allowedRanges = List.copyOf(allowedRanges);
    this.resolver = resolver;
  }

  /** Checks the host of a URL ({@code uri.getHost()}, IPv6 literals in brackets). */
  public Verdict check(String host) {
    if (allowAll) {
      return Verdict.allowed();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return new Verdict(
          Optional.empty(),
          Optional.of(
              "host " + host + " does not resolve now; its address is checked when it is fetched"));
    }
    // The guard sees the addresses just resolved, so the name is looked up once.
    Optional<String> refusal =
        new AddressGuard(false, allowedRanges, name -> addresses).check(host);
    return new Verdict(refusal, Optional.empty());
  }
}
