package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonEtagsTest {
  private static final String TAG = JsonEtags.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8));

  @Test
  void theTagIsQuotedAndFollowsTheBytes() {
    assertThat(TAG).matches("\"[0-9a-f]{32}\"");
    assertThat(JsonEtags.etagOf("{\"a\":2}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
    assertThat(JsonEtags.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(TAG);
  }

  @Test
  void ifNoneMatchIsAListComparedWeakly() {
    assertThat(JsonEtags.matches(TAG, TAG)).isTrue();
    assertThat(JsonEtags.matches("W/" + TAG, TAG)).as("weak comparison").isTrue();
    assertThat(JsonEtags.matches("\"other\", " + TAG, TAG)).as("one of a list").isTrue();
    assertThat(JsonEtags.matches("*", TAG)).isTrue();
    assertThat(JsonEtags.matches("\"other\"", TAG)).isFalse();
    assertThat(JsonEtags.matches(TAG.replace("\"", ""), TAG))
        .as("unquoted is not the tag")
        .isFalse();
    assertThat(JsonEtags.matches("", TAG)).isFalse();
    assertThat(JsonEtags.matches(null, TAG)).isFalse();
  }
}
