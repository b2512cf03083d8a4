package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf16Test {
  @Test
  void unpairedSurrogatesBecomeReplacementCharacters() {
    assertThat(Utf16.replaceUnpairedSurrogates("a\uD800b")).isEqualTo("a\uFFFDb");
    assertThat(Utf16.replaceUnpairedSurrogates("\uDC00خبر\uD83D")).isEqualTo("\uFFFDخبر\uFFFD");
    assertThat(Utf16.replaceUnpairedSurrogates("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
  }

  @Test
  void pairsAndPlainTextAreKeptAsTheSameInstance() {
    String pair = "خبر \uD83D\uDE00";
    assertThat(Utf16.replaceUnpairedSurrogates(pair)).isSameAs(pair);
    assertThat(Utf16.replaceUnpairedSurrogates(null)).isNull();
  }

  @Test
  void aPrefixNeverSplitsAPair() {
    assertThat(Utf16.prefix("ab\uD83D\uDE00c", 3)).isEqualTo("ab");
    assertThat(Utf16.prefix("ab\uD83D\uDE00c", 4)).isEqualTo("ab\uD83D\uDE00");
    assertThat(Utf16.prefix("ab", 5)).isEqualTo("ab");
  }
}
