package org.marsad.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * One CIDR block such as {@code 10.0.0.0/8} or {@code fc00::/7}. Immutable and thread-safe.
 *
 * <p>IPv4 blocks match IPv4 addresses only and IPv6 blocks IPv6 addresses only. An IPv6 block
 * written in the IPv4-mapped form ({@code ::ffff:0:0/96}) stays an IPv6 block, although the JDK
 * parses its address as IPv4.
 */
public final class AddressRange {
  private final byte[] network;
  private final int prefixLength;
  private final String text;

  private AddressRange(byte[] network, int prefixLength, String text) {
    this.network = network;
    this.prefixLength = prefixLength;
    this.text = text;
  }

  /**
   * Parses {@code address/prefix}; the address must be a literal (no DNS lookup is made).
   *
   * @throws IllegalArgumentException naming the value when it is not a valid CIDR block
   */
  public static AddressRange parse(String cidr) {
    int slash = cidr == null ? -1 : cidr.indexOf('/');
    if (slash <= 0) {
      throw new IllegalArgumentException("not a CIDR block (address/prefix): " + cidr);
    }
    String literal = cidr.substring(0, slash);
    if (!literal.contains(":") && !literal.matches("[0-9.]+")) {
      throw new IllegalArgumentException("CIDR address must be an IP literal: " + cidr);
    }
    byte[] bytes;
    int prefix;
    try {
      bytes = InetAddress.getByName(literal).getAddress();
      if (literal.contains(":") && bytes.length == 4) {
        bytes = mappedIpv6(bytes);
      }
      prefix = Integer.parseInt(cidr.substring(slash + 1));
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("not a CIDR block (address/prefix): " + cidr, e);
    }
    if (prefix < 0 || prefix > bytes.length * 8) {
      throw new IllegalArgumentException("CIDR prefix out of range: " + cidr);
    }
    return new AddressRange(bytes, prefix, cidr);
  }

  private static byte[] mappedIpv6(byte[] ipv4) {
    byte[] ipv6 = new byte[16];
    ipv6[10] = (byte) 0xFF;
    ipv6[11] = (byte) 0xFF;
    System.arraycopy(ipv4, 0, ipv6, 12, 4);
    return ipv6;
  }

  /** True when {@code address} lies in this block. */
  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    if (!Arrays.equals(candidate, 0, fullBytes, network, 0, fullBytes)) {
      return false;
    }
    int remainingBits = prefixLength % 8;
    if (remainingBits == 0) {
      return true;
    }
    int mask = (0xFF << (8 - remainingBits)) & 0xFF;
    return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
  }

  @Override
  public String toString() {
    return text;
  }
}
