package org.marsad.browser;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slice of the ANT sample small enough to import in seconds yet showing what the pages are for:
 * every article of a cross-source near-duplicate pair (so that stories gather several sources and
 * copies fold) plus the first lines of the file (every source and category). Lines are copied
 * verbatim: {@code marsad import} reads them as it would the whole file.
 */
final class AntSubset {
  private static final Pattern DOCNO = Pattern.compile("\"docno\"\\s*:\\s*\"([^\"]+)\"");

  private AntSubset() {}

  /** Writes the slice to {@code out}; gives the number of lines written. */
  static int write(Path sample, Path silverPairs, int firstLines, Path out) throws IOException {
    Set<String> paired = crossSourcePairs(silverPairs);
    int written = 0;
    try (BufferedReader in = Files.newBufferedReader(sample, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int read = 0;
      while ((line = in.readLine()) != null) {
        read++;
        Matcher docno = DOCNO.matcher(line);
        if (read <= firstLines || (docno.find() && paired.contains(docno.group(1)))) {
          writer.write(line);
          writer.newLine();
          written++;
        }
      }
    }
    return written;
  }

  private static Set<String> crossSourcePairs(Path silverPairs) throws IOException {
    Set<String> docnos = new HashSet<>();
    if (!Files.isRegularFile(silverPairs)) {
      return docnos;
    }
    List<String> rows = Files.readAllLines(silverPairs, StandardCharsets.UTF_8);
    for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      String[] cells = row.split("\t");
      if (cells.length == 4 && cells[3].strip().equalsIgnoreCase("false")) {
        docnos.add(cells[0]);
        docnos.add(cells[1]);
      }
    }
    return docnos;
  }
}
