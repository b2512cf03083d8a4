package org.marsad.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.ingest.AddressGuard;

/**
 * A DNS stand-in for the private-network checks, so tests never need a real look-up: IP literals
 * are parsed, names given with {@link #with} resolve to their address, names ending in {@code
 * .invalid} do not resolve, and every other name resolves to {@link #PUBLIC_ADDRESS}.
 */
public final class FakeResolver implements AddressGuard.HostResolver {
  /** A public address (example.com's) that the guard allows. */
  public static final String PUBLIC_ADDRESS = "93.184.215.14";

  private static final Pattern LITERAL = Pattern.compile("\\[?[0-9a-fA-F:.]+]?");

  private final Map<String, String> names = new HashMap<>();

  /** Makes {@code name} resolve to the IP literal {@code address}. */
  public FakeResolver with(String name, String address) {
    names.put(name, address);
    return this;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    if (LITERAL.matcher(host).matches()) {
      return new InetAddress[] {InetAddress.getByName(host)};
    }
    if (host.endsWith(".invalid")) {
      throw new UnknownHostException(host);
    }
    String address = names.getOrDefault(host, PUBLIC_ADDRESS);
    return new InetAddress[] {
      InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress())
    };
  }
}
