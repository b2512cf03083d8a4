package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostCheckTest {
  @Test
  void loopbackBindingAnswersLocalNamesAndConfiguredOnes() {
    HostCheck check = HostCheck.forBinding("127.0.0.1", List.of("Marsad.Example.org"));
    assertThat(check.allows("127.0.0.1:8080")).isTrue();
    assertThat(check.allows("127.0.0.2")).isTrue();
    assertThat(check.allows("localhost")).isTrue();
    assertThat(check.allows("localhost.:8080")).isTrue();
    assertThat(check.allows("[::1]:8080")).isTrue();
    assertThat(check.allows("marsad.example.org:443")).isTrue();

    assertThat(check.allows("evil.example")).isFalse();
    assertThat(check.allows("127.0.0.1.nip.io")).isFalse();
    assertThat(check.allows("192.168.1.10")).isFalse();
    assertThat(check.allows("999.0.0.1")).isFalse();
    assertThat(check.allows("")).isFalse();
    assertThat(check.allows(null)).isFalse();
  }

  @Test
  void aSpecificAddressAnswersOnlyItself() {
    HostCheck check = HostCheck.forBinding("10.1.2.3", List.of());
    assertThat(check.allows("10.1.2.3:8080")).isTrue();
    assertThat(check.allows("10.1.2.4")).isFalse();
    assertThat(check.allows("localhost")).isFalse();
    assertThat(check.allows("127.0.0.1")).isFalse();
  }

  @Test
  void aWildcardBindingAnswersAnyIpLiteralButNoForeignName() {
    HostCheck check = HostCheck.forBinding("0.0.0.0", List.of("news.lan"));
    assertThat(check.allows("192.168.1.10:8080")).isTrue();
    assertThat(check.allows("[fe80::1]")).isTrue();
    assertThat(check.allows("localhost")).isTrue();
    assertThat(check.allows("news.lan")).isTrue();
    assertThat(check.allows("evil.example")).isFalse();
    assertThat(check.allows("a:b:c")).isFalse();
  }
}
