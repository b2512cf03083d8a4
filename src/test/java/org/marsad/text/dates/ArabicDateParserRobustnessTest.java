package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and adversarial input: never an exception, never a range outside the input, never slow.
 */
class ArabicDateParserRobustnessTest {

  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2023, 3, 26, 15, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

  /** Pieces that steer random strings into the parser's patterns. */
  private static final String[] PIECES = {
    "12",
    "٢٠٢٣",
    "۱۲",
    "2023",
    "1444",
    "31",
    ":",
    "/",
    "-",
    ".",
    ",",
    "،",
    " ",
    "  ",
    "\u00a0",
    "\u200f",
    "ـ",
    "َ",
    "فبراير",
    "شباط",
    "كانون الثاني",
    "ماي",
    "رمضان",
    "ذي الحجة",
    "هـ",
    "م",
    "ص",
    "الأحد",
    "منذ",
    "ساعتين",
    "أمس",
    "اليوم",
    "بتوقيت",
    "مكة",
    "GMT",
    "+0400",
    "Feb",
    "th",
    "ago",
    "T",
    "Z",
    "(",
    ")",
    "الساعة",
    "\ud83d\ude00",
    "\ud800",
    "x"
  };

  private final ArabicDateParser parser = new ArabicDateParser();

  @Test
  void randomStringsNeverThrowAndRangesStayInside() {
    Random random = new Random(20230326);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      String raw = i % 2 == 0 ? fromPieces(random) : randomChars(random);
      Optional<ParsedDate> date = parser.parseDetailed(raw, NOW);
      if (date.isPresent()) {
        found++;
        assertThat(date.get().start()).isBetween(0, raw.length());
        assertThat(date.get().end()).isBetween(date.get().start() + 1, raw.length());
      }
    }
    assertThat(found).as("random pieces do form some dates").isPositive();
  }

  @Test
  void oneParserIsSharedSafelyAcrossThreads() throws Exception {
    Random random = new Random(7);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      inputs.add(fromPieces(random));
    }
    List<Optional<ParsedDate>> sequential =
        inputs.stream().map(s -> parser.parseDetailed(s, NOW)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Optional<ParsedDate>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(() -> inputs.stream().map(s -> parser.parseDetailed(s, NOW)).toList()));
      }
      for (Future<List<Optional<ParsedDate>>> run : runs) {
        assertThat(run.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 ",
        "12 فبراير ",
        "منذ ",
        "1:",
        "12/",
        "- ",
        "الساعة ",
        "الأحد ",
        "١",
        "( ",
        "Sun, ",
        "12 شباط/",
        "بتوقيت ",
        "gmt+",
        "2023-02-",
        "ـ",
        " "
      })
  void longRepetitionsAreFast(String unit) {
    String raw = unit.repeat(ArabicDateParser.DEFAULT_MAX_INPUT_CHARS / unit.length() + 1);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parser.parseDetailed(raw, NOW));
  }

  @Test
  void hugeInputIsCutNotScanned() {
    String raw = "12 فبراير ".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parser.parseDetailed(raw, NOW));
  }

  private static String fromPieces(Random random) {
    StringBuilder out = new StringBuilder();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }

  private static String randomChars(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(60);
    for (int i = 0; i < length; i++) {
      out.append((char) random.nextInt(Character.MAX_VALUE + 1));
    }
    return out.toString();
  }
}
