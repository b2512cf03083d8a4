package org.marsad.text.dates;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A closed vocabulary (month names, zone names, units) as a regex alternation plus a lookup.
 *
 * <p>Spellings are written as people write them and folded with {@link DateText#fold(String)} on
 * construction, so {@code إبريل} and {@code أبريل} become one key. The alternation lists longer
 * names first, so {@code مايو} wins over its prefix {@code ماي}.
 *
 * @param <V> what a name stands for
 */
final class NameTable<V> {

  private final Map<String, V> byFoldedName;
  private final String regex;

  private NameTable(Map<String, V> byFoldedName) {
    this.byFoldedName = Map.copyOf(byFoldedName);
    this.regex =
        byFoldedName.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** A non-capturing alternation of every folded spelling. */
  String regex() {
    return regex;
  }

  /** What the folded name (as matched in a {@link DateText}) stands for. */
  Optional<V> lookup(String foldedName) {
    return Optional.ofNullable(byFoldedName.get(foldedName));
  }

  /** Collects spellings; a spelling folded onto one given for another value is a coding error. */
  static final class Builder<V> {
    private final Map<String, V> byFoldedName = new LinkedHashMap<>();

    private Builder() {}

    Builder<V> add(V value, String... spellings) {
      for (String spelling : spellings) {
        String folded = DateText.fold(spelling);
        V previous = byFoldedName.putIfAbsent(folded, value);
        if (previous != null && !previous.equals(value)) {
          throw new IllegalStateException(
              "spelling '" + spelling + "' means both " + previous + " and " + value);
        }
      }
      return this;
    }

    NameTable<V> build() {
      return new NameTable<>(byFoldedName);
    }
  }
}
