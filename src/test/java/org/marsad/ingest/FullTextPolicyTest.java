package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FullTextPolicyTest {
  private static FeedItem item(String link, String summary, String content) {
    return new FeedItem("g", link, "عنوان", summary, content, null, null, null, List.of());
  }

  @Test
  void aShortTeaserNeedsTheArticlePage() {
    assertThat(item("https://x.org/a", "<p>ملخص <b>قصير</b></p>", null).needsFullText()).isTrue();
  }

  @Test
  void measuresTextWithoutTags() {
    String shortTextInLongMarkup =
        "<div class=\"" + "x".repeat(500) + "\"><p>" + "ن".repeat(399) + "</p></div>";
    String longText = "<p>" + "ن".repeat(400) + "</p>";

    assertThat(item("https://x.org/a", shortTextInLongMarkup, null).needsFullText()).isTrue();
    assertThat(item("https://x.org/a", null, longText).needsFullText()).isFalse();
    assertThat(item("https://x.org/a", longText, "قصير").needsFullText()).isFalse();
  }

  @Test
  void withoutALinkThereIsNothingToFetch() {
    assertThat(item(null, "قصير", null).needsFullText()).isFalse();
  }

  @Test
  void theThresholdIsConfigurable() {
    FeedItem medium = item("https://x.org/a", "ن".repeat(150), null);

    assertThat(new FullTextPolicy(100).needsFullText(medium)).isFalse();
    assertThat(new FullTextPolicy(200).needsFullText(medium)).isTrue();
  }
}
