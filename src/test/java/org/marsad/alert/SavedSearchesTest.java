package org.marsad.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.AddressGuard;
import org.marsad.model.Article;
import org.marsad.model.SavedSearch;
import org.marsad.store.SqliteStore;
import org.marsad.testing.FakeResolver;
import org.marsad.testing.Reliability;

class SavedSearchesTest {
  @TempDir Path dataDir;
  private SqliteStore store;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dataDir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private SavedSearches searches(boolean allowPrivate) {
    FakeResolver resolver = new FakeResolver().with("intranet.example", "10.0.0.5");
    return new SavedSearches(
        store,
        new AddressGuard(allowPrivate, List.of(), resolver),
        "fetch.allow-private-networks",
        Clock.systemUTC());
  }

  @Test
  void aSavedSearchAlertsOnlyOnArticlesStoredAfterIt() {
    store.upsert(article("https://a.example/1"));
    store.upsert(article("https://a.example/2"));
    SavedSearch saved = searches(false).add("", " غزة ", "https://hooks.example/x?key=secret");
    assertThat(saved.name()).as("a blank name is the query").isEqualTo("غزة");
    assertThat(saved.query()).isEqualTo("غزة");
    assertThat(saved.checkedCursor())
        .as("starts at the store's latest change")
        .isEqualTo(store.cursorBefore(Long.MAX_VALUE, 0))
        .isPositive();
    assertThat(searches(false).list()).containsExactly(saved);
  }

  @Test
  void queriesThatCannotBeReadAsWrittenAreRefusedWithTheReason() {
    List<String> bad =
        List.of("", "   ", "غزة from:2026-13-45", "(غزة OR", "from:2026-02-01 to:2026-01-01");
    List<String> reasons = new ArrayList<>();
    for (String query : bad) {
      assertThatThrownBy(() -> searches(false).add("x", query, null))
          .as(query)
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> reasons.add(e.getMessage()));
    }
    assertThat(reasons.get(0)).contains("needs a query");
    assertThat(reasons.get(2)).contains("2026-13-45").contains("not a date");
    assertThatThrownBy(() -> searches(false).add("x", "غ".repeat(1001), null))
        .hasMessageContaining("longer than 1000");
    assertThatThrownBy(() -> searches(false).add("ن".repeat(201), "غزة", null))
        .hasMessageContaining("name is longer than 200");
    assertThat(store.savedSearches()).isEmpty();
    Reliability.record(
        "bad-input",
        "SavedSearchesTest.queriesThatCannotBeReadAsWrittenAreRefusedWithTheReason",
        "save blank, bad-date, unbalanced and contradictory queries, a 1001-char query and a"
            + " 201-char name",
        "refused with a message naming what is wrong; nothing saved",
        (bad.size() + 2) + " of " + (bad.size() + 2) + " refused; 0 saved");
  }

  @Test
  void webhooksOnPrivateAddressesAreRefusedWhenAddedUnlessAllowed() {
    List<String> refused =
        List.of(
            "http://127.0.0.1:8080/api/sources",
            "http://[::1]/hook",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.1.2.3/hook",
            "http://intranet.example/hook");
    for (String url : refused) {
      assertThatThrownBy(() -> searches(false).add("x", "غزة", url))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("refused")
          .hasMessageContaining("fetch.allow-private-networks");
    }
    assertThatThrownBy(() -> searches(false).add("x", "غزة", "http://intranet.example/hook"))
        .hasMessageContaining("10.0.0.5");
    for (String url : List.of("javascript:alert(1)", "ftp://hooks.example/x", "/relative", "h t")) {
      assertThatThrownBy(() -> searches(false).add("x", "غزة", url))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("webhook");
    }
    assertThat(store.savedSearches()).isEmpty();
    for (String url : refused) {
      assertThat(searches(true).add("x", "غزة", url).webhookUrl()).isEqualTo(url);
    }
    Reliability.record(
        "security",
        "SavedSearchesTest.webhooksOnPrivateAddressesAreRefusedWhenAddedUnlessAllowed",
        "save webhooks on loopback (v4, v6), cloud metadata, 10/8, a name resolving to 10.0.0.5,"
            + " and non-http URLs",
        "refused at add time naming the address and the switch; accepted when private networks"
            + " are allowed",
        refused.size()
            + " of "
            + refused.size()
            + " private refused, 4 of 4 non-http refused, "
            + refused.size()
            + " accepted when allowed");
  }

  private static Article article(String url) {
    Instant at = Instant.parse("2026-11-30T10:00:00Z");
    return new Article(0, url, null, 0, "مصدر", "غزة", "نص", null, at, at, null, null, List.of());
  }
}
