package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.testing.FuzzRow;
import org.marsad.testing.Mutations;
import org.marsad.testing.PropertyRows;
import org.marsad.testing.RealFragments;

/**
 * {@link UrlCanonicalizer}'s contract as properties over real article addresses (the ANT sample's,
 * Arabic paths, tracking parameters) damaged a few edits at a time.
 */
@AddLifecycleHook(PropertyRows.class)
class UrlCanonicalizerPropertyTest {
  static final List<String> URLS =
      List.of(
          "http://www.alarabiya.net/ar/culture-and-art/2018/02/16/ابنة-جوني-هاليداي.html",
          "https://www.skynewsarabia.com/business/1164582-%D8%A7%D9%84?utm_source=rss#top",
          "HTTPS://WWW.BBC.COM:443/arabic/middleeast-43123456?at_medium=RSS&x=1&x=",
          "http://أخبار.مصر././a/../b/?&&",
          "https://[::1]:8080/%7euser/a%2fb?q=%D8%A7+%20");

  static final List<String> URL_TOKENS =
      List.of(
          "%",
          "%2",
          "%zz",
          "%D8%A7",
          "%00",
          "#",
          "#!",
          "?",
          "&",
          "=",
          "utm_source=x",
          "..",
          "/./",
          "//",
          "@",
          ":",
          ":0",
          ":65536",
          ":99999999999",
          "[::1]",
          "[",
          "]",
          "xn--",
          "xn--mgbh0fb",
          "أخبار",
          "\uFF0E",
          "\u3002",
          "\uD800",
          " ",
          "\t",
          "\n",
          "\\",
          "HTTP://",
          "www.",
          "ß",
          "\u200D",
          "\u00AD",
          "ftp://",
          "javascript:",
          "\u0000",
          "-",
          "_");

  /** The host of a canonical URL: an IP literal or dot-separated labels. */
  private static final Pattern HOST = Pattern.compile("https?://(?:[^@/]*@)?(\\[[^\\]]*]|[^:/?]*)");

  /** A host name label: letters, digits, hyphens inside, underscores (seen on real sites). */
  private static final String LABEL = "[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?";

  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

  @Provide
  Arbitrary<String> damagedUrls() {
    return Mutations.ofText(RealFragments.antFieldOr("url", URLS), URL_TOKENS);
  }

  @Property(tries = 1500)
  @FuzzRow(
      tries = "UrlCanonicalizer.canonicalize on ANT and hand-picked URLs with up to 6 random edits",
      mustHold =
          "only InvalidUrlException; the result is idempotent, ASCII, http(s), fragment-free, a"
              + " valid java.net.URI, and its host name's labels are valid (RFC 1123)")
  void anyDamagedUrlCanonicalizesIdempotentlyOrIsRefused(@ForAll("damagedUrls") String url)
      throws Exception {
    assertWithinContract(canonicalizer, url);
  }

  /** What {@link UrlCanonicalizer#canonicalize(String)} promises for any text. */
  static void assertWithinContract(UrlCanonicalizer canonicalizer, String url) throws Exception {
    String canonical;
    try {
      canonical = canonicalizer.canonicalize(url);
    } catch (InvalidUrlException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(canonicalizer.canonicalize(canonical)).isEqualTo(canonical);
    assertThat(canonical).matches("https?://[\\x21-\\x7E]+").doesNotContain("#");
    assertThat(new URI(canonical).isAbsolute()).isTrue();
    Matcher host = HOST.matcher(canonical);
    assertThat(host.lookingAt()).isTrue();
    if (!host.group(1).startsWith("[")) {
      assertThat(host.group(1).split("\\.", -1)).allMatch(label -> label.matches(LABEL));
    }
  }

  @Property(tries = 300)
  @FuzzRow(
      tries = "UrlCanonicalizer.canonicalize(hint, fetched) with two damaged URLs",
      mustHold =
          "a valid fetched URL never fails whatever the hint; the result is idempotent and"
              + " http(s)")
  void anyHintOnAValidPageGivesACanonicalUrl(
      @ForAll("damagedUrls") String hint, @ForAll("damagedUrls") String fetched) throws Exception {
    try {
      canonicalizer.canonicalize(fetched);
    } catch (InvalidUrlException invalidPage) {
      return;
    }
    String canonical = canonicalizer.canonicalize(hint, fetched);
    assertThat(canonicalizer.canonicalize(canonical)).isEqualTo(canonical);
    assertThat(canonical).startsWith("http");
  }
}
