package org.marsad.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * Gazetteers from files: the ANERGazet lists (one name per line, lines of {@code =} or {@code *}
 * are section separators) as lists {@code 0, 1, 2} for locations, organisations and persons.
 */
public final class NerGazetteers {
  /** The file name of each given list, in list order, and its type. */
  static final List<String> ANERGAZET_FILES =
      List.of("ANERGazet_Loc.txt", "ANERGazet_Org.txt", "ANERGazet_Pers.txt");

  static final List<EntityType> ANERGAZET_TYPES =
      List.of(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PERSON);

  /** How many lists the given gazetteer uses. */
  static final int GIVEN_LISTS = ANERGAZET_FILES.size();

  private NerGazetteers() {}

  /** No given lists: the model then knows only the names it learns from its training data. */
  public static NerGazetteer none() {
    return NerGazetteer.EMPTY;
  }

  /**
   * Reads the ANERGazet files of {@code directory}; a missing file is a missing list.
   *
   * @throws IOException when a file exists but cannot be read
   */
  public static NerGazetteer readAnerGazet(Path directory) throws IOException {
    NerGazetteer.Builder builder = new NerGazetteer.Builder();
    for (int list = 0; list < ANERGAZET_FILES.size(); list++) {
      Path file = directory.resolve(ANERGAZET_FILES.get(list));
      if (Files.isRegularFile(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          List<String> keys = keys(line);
          if (!keys.isEmpty()) {
            builder.add(keys, list);
          }
        }
      }
    }
    return builder.build();
  }

  /** The per-word keys of a name as written, or empty for a separator or blank line. */
  static List<String> keys(String name) {
    String line = name.strip();
    if (line.isEmpty() || line.chars().allMatch(c -> c == '=' || c == '*')) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    for (NerToken token : new NerTokenizer().tokenize(line)) {
      keys.add(NerFeatures.key(token.text()));
    }
    return keys;
  }
}
