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

  private static BoundedLineReader.Line line(long number, String text) {
    return new BoundedLineReader.Line(number, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsOnLfAndCrLfKeepingEmptyLines() throws IOException {
    assertThat(lines("أ\r\n\nب\n", 100)).containsExactly(line(1, "أ"), line(2, ""), line(3, "ب"));
  }

  @Test
  void lastLineNeedsNoNewline() throws IOException {
    assertThat(lines("a\nb", 100)).containsExactly(line(1, "a"), line(2, "b"));
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void lineOverTheLimitIsSkippedAndTheNextIsRead() throws IOException {
    String longLine = "x".repeat(200_000);
    List<BoundedLineReader.Line> lines = lines("ok\n" + longLine + "\nnext\n", 1000);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).tooLong()).isTrue();
    assertThat(lines.get(2)).isEqualTo(line(3, "next"));
  }

  @Test
  void bytesThatAreNotUtf8AreHandedOnAsTheyAre() throws IOException {
    byte[] input = {'a', (byte) 0xD8, '\r', '\n'};
    assertThat(lines(input, 100).get(0).bytes()).containsExactly('a', (byte) 0xD8);
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
