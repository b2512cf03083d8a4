package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

class TagsTest {
  private static final String TEXT =
      "غوتيريش يدعو إلى وقف إطلاق النار\n\nدعا الأمين العام للأمم المتحدة غوتيريش مجلس الأمن"
          + " إلى التحرك، وقال غوتيريش إن وقف إطلاق النار في سوريا ضروري. وزار الرياض والسعوديه.";

  /** An entity with one mention per occurrence of {@code mention} in {@link #TEXT}. */
  static ArticleEntity entity(String canonical, EntityType type, String mention) {
    List<EntityMention> mentions = new ArrayList<>();
    for (int at = TEXT.indexOf(mention); at >= 0; at = TEXT.indexOf(mention, at + 1)) {
      mentions.add(new EntityMention(mention, type, at, at + mention.length()));
    }
    return new ArticleEntity(0, canonical, type, List.of(mention), mentions);
  }

  @Test
  void containmentIgnoresTheArticleHamzaYehTehMarbutaPersianLettersAndDiacritics() {
    assertThat(Tags.containedIn("الأمم المتحدة", "بيان للأمم المتحدة اليوم")).isTrue();
    assertThat(Tags.containedIn("سوريا", "في العراق وسوريا")).isTrue();
    assertThat(Tags.containedIn("لبنان", "زيارة للبنان")).isTrue();
    assertThat(Tags.containedIn("السعودية", "المملكة السعوديه")).isTrue();
    assertThat(Tags.containedIn("إيران", "قالت ايران")).isTrue();
    assertThat(Tags.containedIn("مصطفى", "قال مصطفي")).isTrue();
    assertThat(Tags.containedIn("کورونا", "فيروس كورونا")).isTrue();
    assertThat(Tags.containedIn("سوريا", "في سُورِيَا")).isTrue();
    assertThat(Tags.containedIn("Trump", "قال TRUMP إن")).isTrue();
  }

  @Test
  void containmentNeedsEveryWordInOrderAndNoDerivedForm() {
    assertThat(Tags.containedIn("مجلس الأمن", "مجلس النواب والأمن")).isFalse();
    assertThat(Tags.containedIn("الأمن مجلس", "مجلس الأمن")).isFalse();
    assertThat(Tags.containedIn("بريطانيا", "الحكومة البريطانية")).isFalse();
    assertThat(Tags.containedIn("زير", "قال الوزير")).isFalse();
    assertThat(Tags.containedIn("", "نص")).isFalse();
    assertThat(Tags.containedIn("، .", "نص")).isFalse();
    assertThat(Tags.containedIn(null, "نص")).isFalse();
    assertThat(Tags.containedIn("نص", null)).isFalse();
  }

  @Test
  void entitiesComeFirstMostMentionedFirstThenKeywordsThatAreNoEntityName() {
    ArticleEntity guterres = entity("أنطونيو غوتيريش", EntityType.PERSON, "غوتيريش");
    ArticleEntity council = entity("مجلس الأمن", EntityType.ORGANIZATION, "مجلس الأمن");
    List<String> tags =
        Tags.of(
            TEXT,
            List.of(council, guterres),
            List.of(
                "غوتيريش", "وقف إطلاق النار", "الأمن", "مجلس الأمن", "سوريا", "وقف إطلاق النار"),
            10);
    // the canonical name is not in the text: the variant it uses is shown
    assertThat(tags).containsExactly("غوتيريش", "مجلس الأمن", "وقف إطلاق النار", "سوريا");
  }

  @Test
  void anEntityWhoseNamesTheTextLacksGetsNoTag() {
    ArticleEntity ghost =
        new ArticleEntity(
            0,
            "بان كي مون",
            EntityType.PERSON,
            List.of("بان كي مون"),
            List.of(new EntityMention("غوتيريش", EntityType.PERSON, 0, 7)));
    ArticleEntity elsewhere =
        new ArticleEntity(
            0,
            "دونالد ترامب",
            EntityType.PERSON,
            List.of("ترامب"),
            List.of(new EntityMention("ترامب", EntityType.PERSON, 0, 5)));
    assertThat(Tags.of(TEXT, List.of(ghost, elsewhere), List.of("كوريا", "سوريا"), 10))
        .containsExactly("غوتيريش", "سوريا");
  }

  @Test
  void variantsOfOneNameMakeOneTag() {
    List<String> tags = Tags.of(TEXT, List.of(), List.of("السعودية", "والسعوديه", "سوريا"), 10);
    assertThat(tags).containsExactly("السعودية", "سوريا");
  }

  @Test
  void atMostMaxTags() {
    assertThat(Tags.of(TEXT, List.of(), List.of("سوريا", "الرياض", "مجلس الأمن"), 2))
        .containsExactly("سوريا", "الرياض");
    assertThat(Tags.of(TEXT, null, null, 3)).isEmpty();
    assertThatThrownBy(() -> Tags.of(TEXT, List.of(), List.of(), -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
  }
}
