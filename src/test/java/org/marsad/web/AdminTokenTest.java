package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.testing.Reliability;

class AdminTokenTest {
  @TempDir Path data;

  @Test
  void aGeneratedTokenIsKeptOwnerOnlyAndStaysTheSame() throws Exception {
    AdminToken first = AdminToken.forDataDirectory(MarsadConfig.defaults(), data);
    AdminToken again = AdminToken.forDataDirectory(MarsadConfig.defaults(), data);
    Path other = Files.createDirectory(data.resolve("other"));
    AdminToken elsewhere = AdminToken.forDataDirectory(MarsadConfig.defaults(), other);

    Path file = data.resolve(AdminToken.FILE);
    assertThat(first.value()).matches("[A-Za-z0-9_-]{43}");
    assertThat(again.value()).isEqualTo(first.value());
    assertThat(elsewhere.value()).isNotEqualTo(first.value());
    assertThat(first.origin()).isEqualTo(file.toString());
    assertThat(Files.readString(file).strip()).isEqualTo(first.value());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    Reliability.record(
        "security",
        "AdminTokenTest.aGeneratedTokenIsKeptOwnerOnlyAndStaysTheSame",
        "start twice on one data directory and once on another",
        "a 256-bit URL-safe token, the same across starts, different per directory, file rw-------",
        first.value().length()
            + " chars; file "
            + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aTokenFileOthersCouldReadIsTightened() throws Exception {
    Path file = data.resolve(AdminToken.FILE);
    Files.writeString(file, "k".repeat(40) + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    AdminToken token = AdminToken.forDataDirectory(MarsadConfig.defaults(), data);

    assertThat(token.value()).isEqualTo("k".repeat(40));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aConfiguredTokenWinsAndMustBeLongEnough() {
    String configured = "c".repeat(AdminToken.MIN_LENGTH);
    AdminToken token =
        AdminToken.forDataDirectory(
            MarsadConfig.defaults().with("server.admin-token", configured), data);
    assertThat(token.value()).isEqualTo(configured);
    assertThat(token.origin()).isEqualTo("server.admin-token");
    assertThat(data.resolve(AdminToken.FILE)).doesNotExist();

    assertThatThrownBy(
            () ->
                AdminToken.forDataDirectory(
                    MarsadConfig.defaults().with("server.admin-token", "secret"), data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("server.admin-token")
        .hasMessageContaining("32");
  }

  @Test
  void onlyTheExactBearerTokenIsAccepted() {
    String value = "t".repeat(40);
    AdminToken token = AdminToken.of(value);
    assertThat(token.acceptsAuthorization("Bearer " + value)).isTrue();
    assertThat(token.acceptsAuthorization("bearer  " + value + " ")).isTrue();
    assertThat(token.acceptsAuthorization(null)).isFalse();
    assertThat(token.acceptsAuthorization("")).isFalse();
    assertThat(token.acceptsAuthorization(value)).isFalse();
    assertThat(token.acceptsAuthorization("Basic " + value)).isFalse();
    assertThat(token.acceptsAuthorization("Bearer " + value + "x")).isFalse();
    assertThat(token.acceptsAuthorization("Bearer " + value.substring(1))).isFalse();
    assertThat(token.acceptsAuthorization("Bearer")).isFalse();
  }
}
