package org.marsad.ingest;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The address blocks a feed URL must not reach, and the IPv6 forms that carry an IPv4 address
 * inside them. Pure and thread-safe: no DNS look-up is made.
 *
 * <p>Reference: the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its
 * updates): every block they list as not globally reachable is refused, plus multicast ({@code
 * 224.0.0.0/4}, {@code ff00::/8}), the deprecated 6to4 relay anycast ({@code 192.88.99.0/24}) and
 * site-local ({@code fec0::/10}, RFC 3879). The whole {@code 192.0.0.0/24} is refused although two
 * of its addresses are global: no news site lives there. The IETF block {@code 2001::/23} is not
 * refused whole because it holds Teredo and global anycast services; its non-global parts are.
 *
 * <p>Embedded IPv4: an IPv4-compatible ({@code ::a.b.c.d}), IPv4-mapped ({@code ::ffff:a.b.c.d}),
 * IPv4-translated ({@code ::ffff:0:a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}, RFC 6052), 6to4
 * ({@code 2002:AABB:CCDD::}, RFC 3056) or Teredo ({@code 2001:0:server:flags:port:~client}, RFC
 * 4380, client inverted) address reaches that IPv4 address through a translator or tunnel, so the
 * IPv4 address is checked too. The local-use NAT64 prefix {@code 64:ff9b:1::/48} (RFC 8215) is
 * refused whole: its operator picks where the IPv4 address sits. Network-specific NAT64 prefixes
 * cannot be recognised from the address alone.
 */
final class ReservedAddresses {
  private static final List<AddressRange> IPV4 =
      ranges(
          "0.0.0.0/8", // "this network"
          "10.0.0.0/8", // private
          "100.64.0.0/10", // carrier-grade NAT
          "127.0.0.0/8", // loopback
          "169.254.0.0/16", // link-local, cloud metadata services
          "172.16.0.0/12", // private
          "192.0.0.0/24", // IETF protocol assignments
          "192.0.2.0/24", // documentation (TEST-NET-1)
          "192.88.99.0/24", // 6to4 relay anycast, deprecated
          "192.168.0.0/16", // private
          "198.18.0.0/15", // benchmarking
          "198.51.100.0/24", // documentation (TEST-NET-2)
          "203.0.113.0/24", // documentation (TEST-NET-3)
          "224.0.0.0/4", // multicast
          "240.0.0.0/4"); // reserved, and the limited broadcast 255.255.255.255

  private static final List<AddressRange> IPV6 =
      ranges(
          "::/128", // unspecified
          "::1/128", // loopback
          "64:ff9b:1::/48", // local-use NAT64
          "100::/64", // discard-only
          "100:0:0:1::/64", // dummy prefix
          "2001:2::/48", // benchmarking
          "2001:10::/28", // ORCHID, deprecated
          "2001:db8::/32", // documentation
          "3fff::/20", // documentation
          "5f00::/16", // segment routing SIDs
          "fc00::/7", // unique local
          "fe80::/10", // link-local
          "fec0::/10", // site-local, deprecated
          "ff00::/8"); // multicast

  private static final List<Embedding> EMBEDDINGS =
      List.of(
          new Embedding("IPv4-compatible", AddressRange.parse("::/96"), 12, false),
          new Embedding("IPv4-mapped", AddressRange.parse("::ffff:0:0/96"), 12, false),
          new Embedding("IPv4-translated", AddressRange.parse("::ffff:0:0:0/96"), 12, false),
          new Embedding("NAT64", AddressRange.parse("64:ff9b::/96"), 12, false),
          new Embedding("6to4", AddressRange.parse("2002::/16"), 2, false),
          new Embedding("Teredo server", AddressRange.parse("2001::/32"), 4, false),
          new Embedding("Teredo client", AddressRange.parse("2001::/32"), 12, true));

  private ReservedAddresses() {}

  /** An IPv6 prefix whose addresses carry an IPv4 address at {@code offset} (bit-inverted). */
  private record Embedding(String name, AddressRange prefix, int offset, boolean inverted) {

    Optional<InetAddress> ipv4In(InetAddress address) {
      if (address instanceof Inet4Address || !prefix.contains(address)) {
        return Optional.empty();
      }
      byte[] ipv4 = Arrays.copyOfRange(address.getAddress(), offset, offset + 4);
      if (inverted) {
        for (int i = 0; i < ipv4.length; i++) {
          ipv4[i] = (byte) ~ipv4[i];
        }
      }
      try {
        return Optional.of(InetAddress.getByAddress(ipv4));
      } catch (UnknownHostException impossible) {
        throw new AssertionError("4 bytes are always an IPv4 address", impossible);
      }
    }
  }

  /**
   * Why {@code address} is refused, e.g. {@code "0:0:0:0:0:0:7f00:1 (IPv4-compatible form of
   * 127.0.0.1, in 127.0.0.0/8)"}, or empty when it may be reached. An address in {@code allowed},
   * or whose embedded IPv4 address is, may be reached.
   */
  static Optional<String> refusal(InetAddress address, List<AddressRange> allowed) {
    if (isAllowed(address, allowed)) {
      return Optional.empty();
    }
    Optional<AddressRange> own = refusedBlock(address);
    if (own.isPresent()) {
      return Optional.of(address.getHostAddress() + " (" + own.get() + ")");
    }
    for (Embedding embedding : EMBEDDINGS) {
      Optional<InetAddress> ipv4 = embedding.ipv4In(address);
      if (ipv4.isEmpty() || isAllowed(ipv4.get(), allowed)) {
        continue;
      }
      Optional<AddressRange> block = refusedBlock(ipv4.get());
      if (block.isPresent()) {
        return Optional.of(
            address.getHostAddress()
                + " ("
                + embedding.name()
                + " form of "
                + ipv4.get().getHostAddress()
                + ", in "
                + block.get()
                + ")");
      }
    }
    return Optional.empty();
  }

  private static boolean isAllowed(InetAddress address, List<AddressRange> allowed) {
    return allowed.stream().anyMatch(range -> range.contains(address));
  }

  private static Optional<AddressRange> refusedBlock(InetAddress address) {
    List<AddressRange> blocks = address instanceof Inet4Address ? IPV4 : IPV6;
    return blocks.stream().filter(block -> block.contains(address)).findFirst();
  }

  private static List<AddressRange> ranges(String... cidrs) {
    return Stream.of(cidrs).map(AddressRange::parse).toList();
  }
}
