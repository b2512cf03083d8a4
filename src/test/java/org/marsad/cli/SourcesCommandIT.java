package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.Reliability;

/**
 * {@code marsad sources add / import} refuse private targets with a non-zero exit naming the
 * address. Only IP literals, so no DNS look-up is needed.
 */
class SourcesCommandIT {
  private static final String PUBLIC = "https://93.184.215.14/rss";

  @TempDir Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int sources(String... args) {
    List<String> all = new ArrayList<>(List.of("sources", "--data", data.toString()));
    all.addAll(List.of(args));
    return MarsadCommand.run(
        all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void addRefusesAPrivateAddressNamingItUnlessAllowed() {
    assertThat(sources("add", "http://10.1.2.3/rss")).isEqualTo(2);
    assertThat(err.toString()).contains("http://10.1.2.3/rss: ");
    assertThat(sources("add", "http://169.254.169.254/latest/meta-data/")).isEqualTo(2);
    assertThat(err.toString()).contains("169.254.169.254");
    assertThat(sources("list")).isZero();
    assertThat(out.toString()).doesNotContain("10.1.2.3").doesNotContain("169.254");

    assertThat(sources("add", PUBLIC, "--title", "عامة")).isZero();
    assertThat(sources("add", "http://10.1.2.3/rss", "--allow-private-networks")).isZero();
    assertThat(out.toString())
        .contains("following 1 " + PUBLIC)
        .contains("following 2 http://10.1.2.3/rss");
    Reliability.record(
        "security",
        "SourcesCommandIT.addRefusesAPrivateAddressNamingItUnlessAllowed",
        "marsad sources add with an RFC 1918 and a cloud-metadata address",
        "exit 2 naming the address, nothing stored; --allow-private-networks adds it",
        "2 of 2 refused with exit 2");
  }

  @Test
  void importExitsNonZeroListingEachRefusedEntry() throws Exception {
    Path opml = data.resolveSibling(data.getFileName() + ".opml");
    Files.writeString(
        opml,
        "<opml version=\"2.0\"><body>"
            + "<outline text=\"public\" xmlUrl=\""
            + PUBLIC
            + "\"/>"
            + "<outline text=\"router\" xmlUrl=\"http://192.168.1.1/rss\"/>"
            + "<outline text=\"loopback\" xmlUrl=\"http://[::1]:8080/rss\"/>"
            + "</body></opml>");

    int code = sources("import", opml.toString());

    assertThat(code).as(out + "" + err).isEqualTo(1);
    assertThat(out.toString())
        .contains("1 added, 0 already followed, 2 refused")
        .contains("http://192.168.1.1/rss: ")
        .contains("http://[::1]:8080/rss: ");
    assertThat(sources("import", opml.toString(), "--allow-private-networks")).isZero();
    assertThat(out.toString()).contains("2 added, 1 already followed, 0 refused");
  }
}
