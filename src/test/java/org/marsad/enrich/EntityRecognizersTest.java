package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/** The shipped model: present in the build, loaded once, and finding names in news text. */
class EntityRecognizersTest {

  @Test
  void theShippedRecognizerIsTheTrainedModel() {
    assertThat(EntityRecognizers.class.getResource(EntityRecognizers.MODEL_RESOURCE)).isNotNull();
    assertThat(EntityRecognizers.shipped()).isInstanceOf(StatisticalEntityRecognizer.class);
    assertThat(EntityRecognizers.shipped()).isSameAs(EntityRecognizers.shipped());
  }

  @Test
  void theShippedModelFindsPeoplePlacesAndOrganisations() {
    String text =
        "قال الرئيس الأمريكي جورج بوش إن الولايات المتحدة ستعمل مع الأمم المتحدة من أجل السلام"
            + " في العراق، وذلك خلال لقائه في واشنطن مع رئيس الوزراء البريطاني توني بلير.";
    List<EntityMention> mentions = EntityRecognizers.shipped().recognize(text);
    assertThat(mentions)
        .extracting(EntityMention::text, EntityMention::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("جورج بوش", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("العراق", EntityType.LOCATION),
            org.assertj.core.groups.Tuple.tuple("واشنطن", EntityType.LOCATION),
            org.assertj.core.groups.Tuple.tuple("توني بلير", EntityType.PERSON));
    for (EntityMention m : mentions) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }
}
