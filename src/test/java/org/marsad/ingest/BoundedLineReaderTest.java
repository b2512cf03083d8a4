package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static List<BoundedLineReader.Line> lines(byte[] input, int limit) throws IOException {
    BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(input), limit);
    List<BoundedLineReader.Line> lines = new ArrayList<>();
    for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }

  private static List<BoundedLineReader.Line> lines(String input, int limit) throws IOException {
    return lines(input.getBytes(StandardCharsets.UTF_8), limit);
  }

  @Test
  void splitsOnLfAndCrLfKeepingEmptyLines() throws IOException {
    assertThat(lines("أ\r\n\nب\n", 100))
        .containsExactly(
            new BoundedLineReader.Line(1, "أ"),
            new BoundedLineReader.Line(2, ""),
            new BoundedLineReader.Line(3, "ب"));
  }

  @Test
  void lastLineNeedsNoNewline() throws IOException {
    assertThat(lines("a\nb", 100))
        .extracting(BoundedLineReader.Line::text)
        .containsExactly("a", "b");
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void lineOverTheLimitIsSkippedAndTheNextIsRead() throws IOException {
    String longLine = "x".repeat(200_000);
    List<BoundedLineReader.Line> lines = lines("ok\n" + longLine + "\nnext\n", 1000);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).tooLong()).isTrue();
    assertThat(lines.get(2)).isEqualTo(new BoundedLineReader.Line(3, "next"));
  }

  @Test
  void malformedUtf8BecomesReplacementCharacter() throws IOException {
    byte[] input = {'a', (byte) 0xD8, '\n'};
    assertThat(lines(input, 100).get(0).text()).isEqualTo("a\uFFFD");
  }

  @Test
  void countsBytesConsumed() throws IOException {
    byte[] input = "أب\nc\n".getBytes(StandardCharsets.UTF_8);
    BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(input), 100);
    reader.next();
    assertThat(reader.bytesRead()).isEqualTo(5);
    reader.next();
    assertThat(reader.bytesRead()).isEqualTo(input.length);
  }
}
