package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
  private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

  private String canonical(String url) throws InvalidUrlException {
    return canonicalizer.canonicalize(url);
  }

  @Test
  void lowerCasesSchemeAndHost() throws Exception {
    assertThat(canonical("HTTPS://WWW.BBC.com/Arabic/Story"))
        .isEqualTo("https://www.bbc.com/Arabic/Story");
  }

  @Test
  void removesDefaultPortsOnly() throws Exception {
    assertThat(canonical("http://example.com:80/a")).isEqualTo("http://example.com/a");
    assertThat(canonical("https://example.com:443/a")).isEqualTo("https://example.com/a");
    assertThat(canonical("http://example.com:443/a")).isEqualTo("http://example.com:443/a");
    assertThat(canonical("http://example.com:/a")).isEqualTo("http://example.com/a");
    assertThat(canonical("http://example.com:0080/a")).isEqualTo("http://example.com/a");
  }

  @Test
  void removesFragment() throws Exception {
    assertThat(canonical("https://example.com/a#comments")).isEqualTo("https://example.com/a");
    assertThat(canonical("https://example.com/a?id=1#top")).isEqualTo("https://example.com/a?id=1");
  }

  @Test
  void removesTrackingParametersKeepingOthersInOrder() throws Exception {
    assertThat(
            canonical(
                "https://example.com/news?utm_source=rss&id=7&fbclid=x&UTM_Medium=m&page=2&gclid=y"))
        .isEqualTo("https://example.com/news?id=7&page=2");
    assertThat(canonical("https://www.france24.com/ar/20180216-x?xtor=RSS-1"))
        .isEqualTo("https://www.france24.com/ar/20180216-x");
    assertThat(canonical("https://www.bbc.com/arabic/x?at_medium=RSS&at_campaign=KARANGA"))
        .isEqualTo("https://www.bbc.com/arabic/x");
  }

  @Test
  void keepsPlainRefButRemovesTwitterRefSource() throws Exception {
    assertThat(canonical("https://example.com/a?ref=main&ref_src=twsrc%5Etfw"))
        .isEqualTo("https://example.com/a?ref=main");
  }

  @Test
  void dropsEmptyQueryAndEmptyParameters() throws Exception {
    assertThat(canonical("https://example.com/a?")).isEqualTo("https://example.com/a");
    assertThat(canonical("https://example.com/a?utm_source=x")).isEqualTo("https://example.com/a");
    assertThat(canonical("https://example.com/a?x=1&&y=2&"))
        .isEqualTo("https://example.com/a?x=1&y=2");
  }

  @Test
  void emptyPathBecomesSlash() throws Exception {
    assertThat(canonical("https://example.com")).isEqualTo("https://example.com/");
    assertThat(canonical("https://example.com?id=1")).isEqualTo("https://example.com/?id=1");
  }

  @Test
  void keepsTrailingSlashAndWww() throws Exception {
    assertThat(canonical("http://www.example.com/a/")).isEqualTo("http://www.example.com/a/");
  }

  @Test
  void resolvesDotSegments() throws Exception {
    assertThat(canonical("https://example.com/a/./b/../c")).isEqualTo("https://example.com/a/c");
    assertThat(canonical("https://example.com/../a")).isEqualTo("https://example.com/a");
  }

  @Test
  void arabicPathAndItsPercentEncodedFormAreTheSame() throws Exception {
    String typed = "http://www.alarabiya.net/ar/culture-and-art/2018/02/16/ابنة-جوني-هاليداي.html";
    String encoded =
        "http://www.alarabiya.net/ar/culture-and-art/2018/02/16/"
            + "%D8%A7%D8%A8%D9%86%D8%A9-%D8%AC%D9%88%D9%86%D9%8A-"
            + "%D9%87%D8%A7%D9%84%D9%8A%D8%AF%D8%A7%D9%8A.html";
    assertThat(canonical(typed)).isEqualTo(encoded);
    assertThat(canonical(encoded)).isEqualTo(encoded);
    String lowerHex =
        Pattern.compile("%[0-9A-F]{2}")
            .matcher(encoded)
            .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    assertThat(lowerHex).isNotEqualTo(encoded);
    assertThat(canonical(lowerHex)).isEqualTo(encoded);
  }

  @Test
  void upperCasesEscapesAndDecodesUnreservedOnes() throws Exception {
    assertThat(canonical("https://example.com/%7euser/%d8%a7%2f%41"))
        .isEqualTo("https://example.com/~user/%D8%A7%2FA");
  }

  @Test
  void encodesSpacesAndStrayPercent() throws Exception {
    assertThat(canonical("https://example.com/a b/100%"))
        .isEqualTo("https://example.com/a%20b/100%25");
  }

  @Test
  void encodesArabicQueryValues() throws Exception {
    assertThat(canonical("https://example.com/search?q=مصر&utm_source=x"))
        .isEqualTo("https://example.com/search?q=%D9%85%D8%B5%D8%B1");
  }

  @Test
  void keepsReservedEscapesInQuery() throws Exception {
    assertThat(canonical("https://example.com/?q=a%26b%3Dc&x=1+2"))
        .isEqualTo("https://example.com/?q=a%26b%3Dc&x=1+2");
  }

  @Test
  void writesInternationalizedHostsInPunycode() throws Exception {
    assertThat(canonical("http://مثال.إختبار/خبر")).startsWith("http://xn--mgbh0fb.xn--kgbechtv/");
    assertThat(canonical("https://BÜCHER.de/")).isEqualTo("https://xn--bcher-kva.de/");
  }

  @Test
  void dropsTrailingDotOfHost() throws Exception {
    assertThat(canonical("https://example.com./a")).isEqualTo("https://example.com/a");
  }

  @Test
  void stripsSurroundingSpaceAndInnerLineBreaks() throws Exception {
    assertThat(canonical("  https://example.com/a\n/b\t ")).isEqualTo("https://example.com/a/b");
  }

  @Test
  void keepsIpv6LiteralAndItsPort() throws Exception {
    assertThat(canonical("http://[::1]:8080/a")).isEqualTo("http://[::1]:8080/a");
  }

  @Test
  void rejectsWhatCannotNameAnArticle() {
    for (String bad :
        new String[] {
          "",
          "example.com/a",
          "/relative/path",
          "ftp://example.com/a",
          "mailto:a@b.c",
          "http://",
          "http:///a",
          "http://exa mple.com/",
          "http://example.com:99999/",
          "http://example.com:8o/",
          "javascript:alert(1)"
        }) {
      assertThatThrownBy(() -> canonical(bad), bad).isInstanceOf(InvalidUrlException.class);
      assertThat(canonicalizer.tryCanonicalize(bad)).as(bad).isEmpty();
    }
    assertThatThrownBy(() -> canonical(null)).isInstanceOf(InvalidUrlException.class);
  }

  @Test
  void exceptionNamesReasonAndUrl() {
    assertThatThrownBy(() -> canonical("ftp://example.com/a"))
        .hasMessage("not an http(s) URL: ftp://example.com/a");
  }

  @Test
  void canonicalHintWins() throws Exception {
    assertThat(
            canonicalizer.canonicalize(
                "https://www.example.com/news/1", "http://m.example.com/n?id=1&utm_source=x"))
        .isEqualTo("https://www.example.com/news/1");
  }

  @Test
  void relativeHintIsResolvedAgainstFetchedUrl() throws Exception {
    String fetched = "https://example.com/section/page.html?utm_campaign=a";
    assertThat(canonicalizer.canonicalize("/news/1", fetched))
        .isEqualTo("https://example.com/news/1");
    assertThat(canonicalizer.canonicalize("other.html", fetched))
        .isEqualTo("https://example.com/section/other.html");
    assertThat(canonicalizer.canonicalize("//cdn.example.com/x", fetched))
        .isEqualTo("https://cdn.example.com/x");
    assertThat(canonicalizer.canonicalize("?id=2", fetched))
        .isEqualTo("https://example.com/section/page.html?id=2");
  }

  @Test
  void hintIsCanonicalizedToo() throws Exception {
    assertThat(
            canonicalizer.canonicalize(
                "HTTPS://Example.com/a?utm_source=x#f", "https://example.com/b"))
        .isEqualTo("https://example.com/a");
  }

  @Test
  void unusableHintFallsBackToFetchedUrl() throws Exception {
    String fetched = "https://example.com/news/1";
    assertThat(canonicalizer.canonicalize(null, fetched)).isEqualTo(fetched);
    assertThat(canonicalizer.canonicalize("  ", fetched)).isEqualTo(fetched);
    assertThat(canonicalizer.canonicalize("ftp://example.com/x", fetched)).isEqualTo(fetched);
    assertThat(canonicalizer.canonicalize("http://exa mple.com/", fetched)).isEqualTo(fetched);
  }

  @Test
  void hintToSiteRootIsIgnoredForAnArticle() throws Exception {
    assertThat(canonicalizer.canonicalize("https://example.com/", "https://example.com/news/1"))
        .isEqualTo("https://example.com/news/1");
    assertThat(canonicalizer.canonicalize("/", "https://example.com/?utm_source=x"))
        .isEqualTo("https://example.com/");
  }

  @Test
  void invalidFetchedUrlIsReportedEvenWithHint() {
    assertThatThrownBy(() -> canonicalizer.canonicalize("https://example.com/a", "not a url"))
        .isInstanceOf(InvalidUrlException.class);
  }

  @Test
  void canonicalFormIsStableAndAscii() {
    Random random = new Random(42);
    String alphabet = "aZ09-._~!$&'()*+,;=:@/?#%[] \"<>\\^`{|}ابةأ\u0655é😀";
    for (int n = 0; n < 5000; n++) {
      StringBuilder tail = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        tail.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String url = "https://example.com/" + tail;
      canonicalizer
          .tryCanonicalize(url)
          .ifPresent(
              once -> {
                assertThat(once).as(url).matches("\\p{ASCII}+");
                assertThat(canonicalizer.tryCanonicalize(once)).as(url).contains(once);
              });
    }
  }
}
