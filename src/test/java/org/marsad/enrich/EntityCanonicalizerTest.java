package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.model.EntityType.LOCATION;
import static org.marsad.model.EntityType.ORGANIZATION;
import static org.marsad.model.EntityType.PERSON;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.testing.Reliability;

class EntityCanonicalizerTest {
  private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

  /** Writes an article piece by piece, recording where each name lands, as a recognizer would. */
  private static final class Article {
    final StringBuilder text = new StringBuilder();
    final List<EntityMention> mentions = new ArrayList<>();

    Article say(String words) {
      text.append(words);
      return this;
    }

    Article name(String name, EntityType type) {
      mentions.add(new EntityMention(name, type, text.length(), text.length() + name.length()));
      text.append(name);
      return this;
    }
  }

  private List<ArticleEntity> entities(Article a) {
    List<ArticleEntity> found = canonicalizer.canonicalize(a.mentions);
    for (ArticleEntity e : found) {
      for (EntityMention m : e.mentions()) {
        assertThat(a.text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    return found;
  }

  @Test
  void shortAndLongFormsOfAPersonAndTheirCliticsAreOneEntity() {
    Article a =
        new Article()
            .say("قال الأمين العام للأمم المتحدة ")
            .name("أنطونيو غوتيريش", PERSON)
            .say(" إن الوضع خطير، وأضاف ")
            .name("غوتيريش", PERSON)
            .say(" أن المنظمة مستعدة. ")
            .name("وغوتيريش", PERSON)
            .say(" هو أول أمين عام يزور المنطقة، كما التقى ")
            .name("انطونيو غوتيريش", PERSON)
            .say(" وزير الخارجية.");
    List<ArticleEntity> found = entities(a);
    assertThat(found).hasSize(1);
    ArticleEntity guterres = found.get(0);
    assertThat(guterres.canonical()).isEqualTo("أنطونيو غوتيريش");
    assertThat(guterres.type()).isEqualTo(PERSON);
    assertThat(guterres.count()).isEqualTo(4);
    assertThat(guterres.variants())
        .as("distinct spellings, the clitic removed")
        .containsExactly("غوتيريش", "أنطونيو غوتيريش", "انطونيو غوتيريش");
    assertThat(guterres.mentions().get(2).text())
        .as("mentions keep the text")
        .isEqualTo("وغوتيريش");
  }

  @Test
  void articleHamzaTehMarbutaAndPersianVariantsMergeKeepingTheLongestSpelling() {
    Article a =
        new Article()
            .name("الإمارات", LOCATION)
            .say(" و")
            .name("قطر", LOCATION)
            .say(" تدعمان ")
            .name("منظمة الصحة العالمية", ORGANIZATION)
            .say("، وقالت ")
            .name("منظمه الصحه العالميه", ORGANIZATION)
            .say(" إن ")
            .name("إمارات", LOCATION)
            .say(" و")
            .name("والإمارات", LOCATION)
            .say(" و")
            .name("بالامارات", LOCATION)
            .say(" ووزير خارجية ")
            .name("ایران", LOCATION)
            .say(" و")
            .name("إيران", LOCATION)
            .say(" أي ")
            .name("لإيران", LOCATION);
    List<ArticleEntity> found = entities(a);
    assertThat(found)
        .extracting(ArticleEntity::canonical)
        .containsExactly("الإمارات", "قطر", "منظمة الصحة العالمية", "إيران");
    assertThat(found.get(0).count()).isEqualTo(4);
    assertThat(found.get(0).variants()).containsExactly("الإمارات", "إمارات", "الامارات");
    assertThat(found.get(3).variants())
        .as("the most frequent spelling is canonical among equally long ones")
        .containsExactly("إيران", "ایران");
    assertThat(found.get(2).count()).isEqualTo(2);
  }

  @Test
  void twoPeopleSharingAFirstNameStayApartAndTheAmbiguousShortFormToo() {
    Article a =
        new Article()
            .say("استقبل ولي العهد ")
            .name("محمد بن سلمان", PERSON)
            .say(" الرئيس الأسبق ")
            .name("محمد مرسي", PERSON)
            .say("، وقال ")
            .name("محمد", PERSON)
            .say(" إن ")
            .name("بن سلمان", PERSON)
            .say(" و")
            .name("مرسي", PERSON)
            .say(" تحدثا.");
    List<ArticleEntity> found = entities(a);
    assertThat(found)
        .extracting(ArticleEntity::canonical)
        .containsExactly("محمد بن سلمان", "محمد مرسي", "محمد");
    assertThat(found.get(0).count()).isEqualTo(2);
    assertThat(found.get(1).count()).isEqualTo(2);
  }

  @Test
  void placesAndOrganisationsNeverMergeByParts() {
    Article a =
        new Article()
            .name("جنوب السودان", LOCATION)
            .say(" يختلف عن ")
            .name("السودان", LOCATION)
            .say(" ، و")
            .name("غوتيريش", PERSON)
            .say(" ليس ")
            .name("غوتيريش", ORGANIZATION);
    assertThat(entities(a))
        .extracting(ArticleEntity::canonical)
        .containsExactly("جنوب السودان", "السودان", "غوتيريش", "غوتيريش");
  }

  @Test
  void aBareLetterIsAClitOnlyWhenTheArticleNamesTheRest() {
    Article a =
        new Article()
            .name("وليد جنبلاط", PERSON)
            .say(" و")
            .name("وليد", PERSON)
            .say(" زارا ")
            .name("لبنان", LOCATION)
            .say(" و")
            .name("ولبنان", LOCATION);
    List<ArticleEntity> found = entities(a);
    assertThat(found).extracting(ArticleEntity::canonical).containsExactly("وليد جنبلاط", "لبنان");
    assertThat(found.get(1).variants()).containsExactly("لبنان");
  }

  @Test
  void emptyAndPunctuationOnlyMentionsAreLeftOut() {
    assertThat(canonicalizer.canonicalize(List.of())).isEmpty();
    assertThat(canonicalizer.canonicalize(List.of(new EntityMention("«»", PERSON, 0, 2))))
        .isEmpty();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aNameOf10000LettersIsLeftOutAndTheOthersKept() {
    Article a =
        new Article()
            .name("ب".repeat(10_000), PERSON)
            .say(" و")
            .name("غوتيريش", PERSON)
            .say(" ")
            .name("غ".repeat(EntitySpelling.MAX_CHARS), ORGANIZATION);
    List<ArticleEntity> found = entities(a);
    assertThat(found).extracting(ArticleEntity::canonical).hasSize(2).contains("غوتيريش");
    Reliability.record(
        "bad-input",
        "EntityCanonicalizerTest.aNameOf10000LettersIsLeftOutAndTheOthersKept",
        "1 article",
        "a mention over " + EntitySpelling.MAX_CHARS + " chars is no entity; the others are",
        "10000-letter mention dropped, " + found.size() + " entities kept");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void thousandsOfEntitiesInOneArticleTakeLinearTime() {
    Article a = new Article();
    for (int i = 0; i < 1_000; i++) {
      a.name("محمد " + "ابراهيم".repeat(1 + i % 3) + " رقم" + i, PERSON).say(" و");
      a.name("محمد", PERSON).say(" ثم ");
    }
    long t0 = System.nanoTime();
    List<ArticleEntity> found = entities(a);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(found).hasSize(1_001);
    assertThat(found)
        .as("'محمد' could be any of them: its own entity")
        .filteredOn(e -> e.canonical().equals("محمد"))
        .singleElement()
        .extracting(ArticleEntity::count)
        .isEqualTo(1_000);
    Reliability.record(
        "bad-input",
        "EntityCanonicalizerTest.thousandsOfEntitiesInOneArticleTakeLinearTime",
        "2000 mentions",
        "1,000 names sharing a first name stay 1,000 entities, no crash",
        found.size() + " entities in " + ms + " ms");
  }
}
