package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The page's own tags that its article never mentions: site-wide tags ({@code كورونا، بريطانيا}
 * under an article about Saudi oil), reported beside Marsad's tags rather than shown as the
 * article's.
 *
 * <p>A tag is mentioned when the text contains it by matching form ({@link Tags#containedIn}: the
 * article, hamza and yeh forms, teh marbuta, Persian letters, diacritics and a leading {@code و ف ب
 * ل} do not matter), or, for a tag of several words, when its informative words occur in order
 * within their number plus three words ({@code الحرب في سوريا} is mentioned by {@code الحرب الدائرة
 * في سوريا}). Not by a derived word: {@code بريطانيا} is not mentioned by {@code البريطانية}, since
 * a site-wide tag is exactly a name the text does not use. Stateless.
 */
public final class GenericTags {
  private GenericTags() {}

  /**
   * The tags of {@code pageTags} that {@code text} never mentions, in their order; tags without a
   * word (blank, punctuation) are no tags and are left out.
   */
  public static List<String> of(List<String> pageTags, String text) {
    if (pageTags == null || pageTags.isEmpty()) {
      return List.of();
    }
    TagMatcher matcher = TagMatcher.of(text);
    List<String> generic = new ArrayList<>();
    for (String tag : pageTags) {
      if (tag != null && TagMatcher.keysOf(tag).length > 0 && !matcher.mentions(tag)) {
        generic.add(tag);
      }
    }
    return generic;
  }
}
