package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.EntityCanonicalizer;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleText;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.pipeline.Backends;
import org.marsad.store.Store;

/** {@code marsad entities} over a data directory whose articles name entities. */
class EntitiesCommandIT {
  @TempDir Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", data.toString()));
    return MarsadCommand.run(
        all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void storeTwoArticles() {
    try (Store store = Backends.openStore(data)) {
      named(store, "https://a.example/1", "استقبل ولي العهد محمد بن سلمان وزير خارجية قطر", "قطر");
      named(store, "https://a.example/2", "قال محمد بن سلمان إن العلاقات مع قطر جيدة", "قطر");
    }
  }

  private static void named(Store store, String url, String title, String place) {
    Instant at = Instant.parse("2024-05-01T10:00:00Z");
    Article a = new Article(0, url, null, 0, "واس", title, "", null, at, at, null, null, List.of());
    a = a.withId(store.upsert(a).id());
    String text = ArticleText.of(a);
    String person = "محمد بن سلمان";
    List<EntityMention> mentions =
        List.of(
            new EntityMention(
                person,
                EntityType.PERSON,
                text.indexOf(person),
                text.indexOf(person) + person.length()),
            new EntityMention(
                place,
                EntityType.LOCATION,
                text.indexOf(place),
                text.indexOf(place) + place.length()));
    Enrichment enrichment =
        new Enrichment(new EntityCanonicalizer().canonicalize(mentions), null, null, null, null);
    store.putAnalyses(
        List.of(new AnalyzedArticle(a, new ArticleAnalysis(a.id(), a.id(), enrichment))));
  }

  @Test
  void listsEntitiesBySpellingAndTypeAndShowsOne() throws Exception {
    assertThat(run("entities")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("2 entities").contains("محمد بن سلمان");
    assertThat(run("entities", "سلمان", "--type", "per", "--json")).isZero();
    JsonNode list = new ObjectMapper().readTree(out.toString()).path("entities");
    assertThat(list).hasSize(1);
    long id = list.get(0).path("id").asLong();

    assertThat(run("entities", "show", Long.toString(id))).as(err.toString()).isZero();
    assertThat(out.toString()).contains("محمد بن سلمان").contains("2024-05-01 2/2").contains("قطر");
    assertThat(run("entities", "show", Long.toString(id), "--json")).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).path("articles")).hasSize(2);
  }

  @Test
  void anUnknownIdABadTypeOrLimitIsAUserError() {
    assertThat(run("entities", "show", "999")).isEqualTo(2);
    assertThat(err.toString()).contains("no entity with id 999");
    assertThat(run("entities", "--type", "PLANET")).isEqualTo(2);
    assertThat(err.toString()).contains("PLANET");
    assertThat(run("entities", "--limit", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--limit must be 1..500");
  }
}
