package org.marsad.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizationTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad normalize}: prints text normalized for matching, the debug door of the text core.
 * Standard input is read in blocks cut at line breaks, so input of any size runs in bounded memory.
 */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Prints Arabic text normalized for matching (hamza and alef forms, yeh, teh marbuta,"
          + " Persian letters, diacritics, tatweel, ligatures, digits, punctuation, spaces).",
      "Reads standard input when no TEXT is given or TEXT is '-'."
    })
public final class NormalizeCommand implements Callable<Integer> {
  /** Chars of standard input normalized at once; a block is cut at its last line break. */
  static final int BLOCK_CHARS = 1 << 20;

  private static final String STDIN = "-";

  @Parameters(
      paramLabel = "TEXT",
      arity = "0..*",
      description = "Text to normalize (joined by spaces).")
  List<String> texts = List.of();

  @Option(names = "--explain", description = "Also print, per rule, how many chars it changed.")
  boolean explain;

  @Spec CommandSpec spec;

  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();
  private final Map<String, Integer> changesByRule = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (texts.isEmpty() || texts.equals(List.of(STDIN))) {
      normalizeStandardInput(out);
    } else if (texts.contains(STDIN)) {
      throw new UserInputException("'-' (standard input) cannot be combined with TEXT arguments");
    } else {
      out.println(normalizeBlock(String.join(" ", texts)));
    }
    if (explain) {
      changesByRule.forEach((rule, count) -> out.println(rule + ": " + count));
    }
    out.flush();
    return 0;
  }

  private void normalizeStandardInput(PrintWriter out) throws IOException {
    Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    char[] block = new char[BLOCK_CHARS];
    int filled = 0;
    String printed = "";
    while (true) {
      int n = in.read(block, filled, block.length - filled);
      if (n == -1) {
        break;
      }
      filled += n;
      if (filled < block.length) {
        continue;
      }
      int cut = lastLineBreak(block, filled) + 1;
      if (cut == 0) {
        cut = filled;
      }
      printed = normalizeBlock(new String(block, 0, cut));
      out.print(printed);
      System.arraycopy(block, cut, block, 0, filled - cut);
      filled -= cut;
    }
    if (filled > 0) {
      printed = normalizeBlock(new String(block, 0, filled));
      out.print(printed);
    }
    if (explain && !printed.isEmpty() && !printed.endsWith("\n")) {
      out.println();
    }
  }

  private String normalizeBlock(String text) {
    if (!explain) {
      return normalizer.normalize(text);
    }
    NormalizationTrace trace = normalizer.trace(text);
    trace.changesByRule().forEach((rule, count) -> changesByRule.merge(rule, count, Integer::sum));
    return trace.result().text();
  }

  private static int lastLineBreak(char[] chars, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (chars[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
