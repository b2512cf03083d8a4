package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
  private final AddressGuard strict = new AddressGuard(false, List.of(), InetAddress::getAllByName);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "127.0.0.1",
        "127.8.9.10",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "::",
        "fc00::1",
        "fd12:3456::1",
        "fe80::1",
        "ff02::1",
        "::ffff:10.0.0.1"
      })
  void refusesPrivateLoopbackLinkLocalAndReservedLiterals(String literal) {
    assertThat(strict.check(literal)).get().asString().startsWith("refused");
  }

  /** Issue 6: each of these reached a private or reserved address through the old guard. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "::127.0.0.1", // IPv4-compatible loopback
        "::a9fe:a9fe", // IPv4-compatible metadata service
        "64:ff9b::a9fe:a9fe", // NAT64 of 169.254.169.254
        "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
        "64:ff9b:1::a9fe:a9fe", // local-use NAT64
        "2002:a9fe:a9fe::1", // 6to4 of 169.254.169.254
        "2002:7f00:1::", // 6to4 of 127.0.0.1
        "2002:c0a8:101::1", // 6to4 of 192.168.1.1
        "2001:0:4136:e378:8000:63bf:80ff:fffe", // Teredo, client 127.0.0.1 inverted
        "2001:0:4136:e378:8000:63bf:5601:5601", // Teredo, client 169.254.169.254 inverted
        "2001:0:a00:1:8000:63bf:f7f7:f7f7", // Teredo, server 10.0.0.1
        "::ffff:0:7f00:1", // IPv4-translated 127.0.0.1
        "fec0::1", // site-local
        "feff::1", // site-local, top of the block
        "198.18.0.1", // benchmarking
        "198.19.255.255", // benchmarking, top of 198.18.0.0/15
        "2001:2::1", // IPv6 benchmarking
        "192.0.0.1", // IETF protocol assignments
        "192.0.0.170", // NAT64 discovery
        "192.0.2.1", // TEST-NET-1
        "198.51.100.7", // TEST-NET-2
        "203.0.113.9", // TEST-NET-3
        "192.88.99.1", // 6to4 relay anycast
        "0.1.2.3", // "this network"
        "240.0.0.1", // reserved
        "255.255.255.255", // limited broadcast
        "2001:db8::1", // documentation
        "3fff::1", // documentation
        "100::1", // discard-only
        "2001:10::1", // ORCHID
        "5f00::1", // segment routing
        "ff0e::1" // global multicast
      })
  void refusesEveryFormOfIssue6(String literal) {
    assertThat(strict.check(literal)).get().asString().startsWith("refused");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "1.1.1.1",
        "172.32.0.1",
        "100.128.0.1",
        "192.0.1.1",
        "198.20.0.1",
        "223.255.255.255",
        "2001:4860:4860::8888",
        "2a00:1450:4001::1",
        "::ffff:8.8.8.8", // mapped public
        "64:ff9b::808:808", // NAT64 of 8.8.8.8
        "2002:808:808::1", // 6to4 of 8.8.8.8
        "2001:0:4136:e378:8000:63bf:f7f7:f7f7", // Teredo, both ends public
        "2001:4:112::1" // AS112, global in the IETF block
      })
  void allowsPublicLiterals(String literal) {
    assertThat(strict.check(literal)).isEmpty();
  }

  @Test
  void namesTheEmbeddedAddressAndItsBlock() {
    assertThat(strict.check("64:ff9b::a9fe:a9fe"))
        .contains(
            "refused private or reserved address 64:ff9b:0:0:0:0:a9fe:a9fe"
                + " (NAT64 form of 169.254.169.254, in 169.254.0.0/16) for host 64:ff9b::a9fe:a9fe");
    assertThat(strict.check("[2001:0:4136:e378:8000:63bf:80ff:fffe]"))
        .get()
        .asString()
        .contains("Teredo client form of 127.0.0.1, in 127.0.0.0/8");
  }

  @Test
  void anIpv6MappedAddressFromAResolverIsCheckedAsItsIpv4Address() throws Exception {
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 127, 0, 0, 1};
    InetAddress asIpv6 = Inet6Address.getByAddress(null, mapped, -1);
    AddressGuard guard = new AddressGuard(false, List.of(), host -> new InetAddress[] {asIpv6});

    assertThat(asIpv6).isInstanceOf(Inet6Address.class);
    assertThat(guard.check("mapped.example"))
        .get()
        .asString()
        .contains("IPv4-mapped form of 127.0.0.1");
  }

  @Test
  void allowedRangesAlsoOpenTheirEmbeddedForms() {
    AddressGuard loopbackAllowed =
        new AddressGuard(
            false, List.of(AddressRange.parse("127.0.0.0/8")), InetAddress::getAllByName);

    assertThat(loopbackAllowed.check("::127.0.0.1")).isEmpty();
    assertThat(loopbackAllowed.check("64:ff9b::a9fe:a9fe")).isPresent();
  }

  @Test
  void resolveReturnsTheCheckedAddressesFromOneLookUp() throws Exception {
    AtomicInteger lookUps = new AtomicInteger();
    InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
    AddressGuard guard =
        new AddressGuard(
            false,
            List.of(),
            host -> {
              lookUps.incrementAndGet();
              return new InetAddress[] {publicAddress};
            });

    assertThat(guard.resolve("news.example")).containsExactly(publicAddress);
    assertThat(lookUps.get()).isEqualTo(1);
    assertThatThrownBy(() -> strict.resolve("127.0.0.1"))
        .isInstanceOf(AddressGuard.RefusedHostException.class);
  }

  @Test
  void ipv6BlocksWrittenInTheMappedFormStayIpv6() throws Exception {
    AddressRange mapped = AddressRange.parse("::ffff:0:0/96");

    assertThat(mapped.contains(InetAddress.getByName("::1"))).isFalse();
    assertThat(
            mapped.contains(
                Inet6Address.getByAddress(
                    null,
                    new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 1, 2, 3, 4},
                    -1)))
        .isTrue();
  }

  @Test
  void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() throws Exception {
    InetAddress[] mixed = {
      InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.0.10")
    };
    AddressGuard guard = new AddressGuard(false, List.of(), host -> mixed);

    assertThat(guard.check("rebind.example"))
        .get()
        .asString()
        .contains("192.168.0.10")
        .contains("rebind.example");
  }

  @Test
  void allowedRangesOpenOnlyThemselves() {
    AddressGuard loopbackOnly =
        new AddressGuard(
            false, List.of(AddressRange.parse("127.0.0.0/8")), InetAddress::getAllByName);

    assertThat(loopbackOnly.check("127.0.0.1")).isEmpty();
    assertThat(loopbackOnly.check("::1")).isPresent();
    assertThat(loopbackOnly.check("10.0.0.1")).isPresent();
    assertThat(new AddressGuard(true, List.of(), InetAddress::getAllByName).check("10.0.0.1"))
        .isEmpty();
  }

  @Test
  void unknownHostsAreReported() {
    AddressGuard guard =
        new AddressGuard(
            false,
            List.of(),
            host -> {
              throw new java.net.UnknownHostException(host);
            });
    assertThat(guard.check("nowhere.invalid")).contains("unknown host: nowhere.invalid");
  }

  @Test
  void badCidrBlocksFailWithTheValue() {
    assertThatThrownBy(() -> AddressRange.parse("10.0.0.0")).hasMessageContaining("10.0.0.0");
    assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).hasMessageContaining("/33");
    assertThatThrownBy(() -> AddressRange.parse("example.org/8"))
        .hasMessageContaining("example.org/8");
  }
}
