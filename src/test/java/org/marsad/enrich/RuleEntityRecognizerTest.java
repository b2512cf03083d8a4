package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

class RuleEntityRecognizerTest {
  private final RuleEntityRecognizer rules = new RuleEntityRecognizer();

  private static EntityMention mention(String text, String name, EntityType type) {
    int start = text.indexOf(name);
    return new EntityMention(name, type, start, start + name.length());
  }

  @Test
  void aTitleAndAnAdjectiveAnnounceAPerson() {
    String text = "استقبل الرئيس الفرنسي إيمانويل ماكرون وفدا من رجال الأعمال";
    assertThat(rules.recognize(text))
        .containsExactly(mention(text, "إيمانويل ماكرون", EntityType.PERSON));
  }

  @Test
  void aTitleBeforeAnUnknownNameStillAnnouncesAPerson() {
    String text = "وصرح اللواء خليفة حفتر للصحفيين";
    assertThat(rules.recognize(text))
        .containsExactly(mention(text, "خليفة حفتر", EntityType.PERSON));
  }

  @Test
  void anOrganisationHeadTakesTheWordsWithTheArticleAfterIt() {
    String text = "أصدرت وزارة الخارجية بيانا، ونفت وزارة الدفاع الأمريكية الخبر";
    assertThat(rules.recognize(text))
        .containsExactly(
            mention(text, "وزارة الخارجية", EntityType.ORGANIZATION),
            mention(text, "وزارة الدفاع الأمريكية", EntityType.ORGANIZATION));
  }

  @Test
  void placesComeFromTheBuiltInGazetteerWithTheirClitics() {
    String text = "وصل الوفد إلى القاهرة ثم بالإسكندرية، وغادر إلى الولايات المتحدة";
    assertThat(rules.recognize(text))
        .containsExactly(
            mention(text, "القاهرة", EntityType.LOCATION),
            mention(text, "بالإسكندرية", EntityType.LOCATION),
            mention(text, "الولايات المتحدة", EntityType.LOCATION));
  }

  @Test
  void aPlaceHeadAnnouncesTheWordAfterIt() {
    String text = "سقطت قذيفة على مدينة الرستن";
    assertThat(rules.recognize(text)).containsExactly(mention(text, "الرستن", EntityType.LOCATION));
  }

  @Test
  void textWithoutNamesGivesNoMention() {
    assertThat(rules.recognize("ارتفعت الأسعار في الأسواق خلال الأسبوع الماضي")).isEmpty();
    assertThat(rules.recognize(null)).isEqualTo(List.of());
  }
}
