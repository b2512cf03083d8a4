package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Evaluation on the 5,036 real RSS {@code pubDate} values of the ANT corpus sample: every one must
 * parse, cover the whole string, and agree with {@link DateTimeFormatter#RFC_1123_DATE_TIME}
 * wherever that baseline parses too. Prints both counts and the parser's throughput.
 */
class AntPubDateEvaluationIT {

  private static final Path SAMPLE =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  /** The end of the corpus' collection period; no value is relative, so it only sets the zone. */
  private static final ZonedDateTime REFERENCE =
      ZonedDateTime.of(2018, 10, 31, 0, 0, 0, 0, ZoneOffset.UTC);

  private static final int TIMING_ROUNDS = 5;

  @Test
  void everyPubDateParsesAndAgreesWithTheJdkBaseline() throws IOException {
    assumeTrue(Files.isRegularFile(SAMPLE), "ANT sample not found at " + SAMPLE + ": skipped");
    List<String> values = pubDates();
    ArabicDateParser parser = new ArabicDateParser();

    int parsed = 0;
    int wholeString = 0;
    int baselineParsed = 0;
    int agreeing = 0;
    List<String> failures = new ArrayList<>();
    for (String raw : values) {
      Optional<ParsedDate> ours = parser.parseDetailed(raw, REFERENCE);
      Optional<OffsetDateTime> baseline = rfc1123(raw);
      if (ours.isPresent()) {
        parsed++;
        if (ours.get().start() == 0 && ours.get().end() == raw.strip().length()) {
          wholeString++;
        }
      } else if (failures.size() < 10) {
        failures.add(raw);
      }
      if (baseline.isPresent()) {
        baselineParsed++;
        if (ours.isPresent() && ours.get().dateTime().isEqual(baseline.get())) {
          agreeing++;
        }
      }
    }
    double[] perSecond = throughput(parser, values);

    System.out.printf(
        "ANT pub_date_raw: %d values; ArabicDateParser parsed %d (%.2f%%), whole string %d;"
            + " DateTimeFormatter.RFC_1123_DATE_TIME parsed %d; same instant on %d of those;"
            + " %.0f parses/s on one thread (%.0f per CPU-second)%n",
        values.size(),
        parsed,
        100.0 * parsed / values.size(),
        wholeString,
        baselineParsed,
        agreeing,
        perSecond[0],
        perSecond[1]);
    assertThat(failures).as("values that did not parse").isEmpty();
    assertThat(parsed).isEqualTo(values.size());
    assertThat(wholeString).isEqualTo(values.size());
    assertThat(agreeing).isEqualTo(baselineParsed);
  }

  private static List<String> pubDates() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> values = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          values.add(json.readTree(line).path("pub_date_raw").asText(""));
        }
      }
    }
    return values;
  }

  private static Optional<OffsetDateTime> rfc1123(String raw) {
    try {
      return Optional.of(OffsetDateTime.parse(raw.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException rejected) {
      return Optional.empty();
    }
  }

  /**
   * Median parses per second over several rounds after a warm-up, as {wall clock, CPU time of this
   * thread}: on a shared machine the CPU figure is the stable one.
   */
  private static double[] throughput(ArabicDateParser parser, List<String> values) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[TIMING_ROUNDS];
    double[] cpu = new double[TIMING_ROUNDS];
    for (int round = -1; round < TIMING_ROUNDS; round++) {
      long wallStart = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      for (String raw : values) {
        parser.parse(raw, REFERENCE);
      }
      if (round >= 0) {
        wall[round] = values.size() * 1e9 / (System.nanoTime() - wallStart);
        cpu[round] = values.size() * 1e9 / (threads.getCurrentThreadCpuTime() - cpuStart);
      }
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new double[] {wall[TIMING_ROUNDS / 2], cpu[TIMING_ROUNDS / 2]};
  }
}
