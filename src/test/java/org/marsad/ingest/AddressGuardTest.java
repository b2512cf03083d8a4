package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
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

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"})
  void allowsPublicLiterals(String literal) {
    assertThat(strict.check(literal)).isEmpty();
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
