package org.marsad.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators that take real inputs and damage them a few edits at a time: what a broken server, a
 * cut download or a hostile page sends looks like a real document gone wrong, not random ASCII.
 * Edits are values, so jqwik shrinks a failure to the fewest edits of the earliest seed.
 */
public final class Mutations {
  /** No generated input is longer than this (chars, or bytes for byte inputs). */
  public static final int MAX_LENGTH = 256 * 1024;

  private static final int MAX_EDITS = 6;
  private static final int MAX_RUN = 64;
  private static final int MAX_REPEATS = 200;

  /** What one edit does at its position. */
  enum Kind {
    INSERT_TOKEN,
    DELETE,
    REPEAT,
    REPLACE_CHAR,
    TRUNCATE,
    SPLICE_OTHER_SEED
  }

  /**
   * One edit; {@code at} and {@code pick} are reduced modulo the input's length and the lists they
   * index.
   */
  record Edit(Kind kind, int at, int length, int pick) {}

  private Mutations() {}

  /** Seeds as they are, or with up to six edits; {@code tokens} are the inserted fragments. */
  public static Arbitrary<String> ofText(List<String> seeds, List<String> tokens) {
    return mutated(seeds, tokens, false);
  }

  /** Byte inputs edited byte-wise; tokens are inserted as their UTF-8 bytes. */
  public static Arbitrary<byte[]> ofBytes(List<byte[]> seeds, List<String> tokens) {
    List<String> latin1Seeds = seeds.stream().map(Mutations::latin1).toList();
    List<String> latin1Tokens =
        tokens.stream().map(t -> latin1(t.getBytes(StandardCharsets.UTF_8))).toList();
    return mutated(latin1Seeds, latin1Tokens, true)
        .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Arbitrary<String> mutated(List<String> seeds, List<String> tokens, boolean bytes) {
    if (seeds.isEmpty() || tokens.isEmpty()) {
      throw new IllegalArgumentException("need at least one seed and one token");
    }
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(1, MAX_RUN),
                Arbitraries.integers().between(0, Integer.MAX_VALUE))
            .as(Edit::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, seeds.size() - 1), edit.list().ofMaxSize(MAX_EDITS))
        .as((seed, edits) -> apply(seeds.get(seed), edits, seeds, tokens, bytes));
  }

  static String apply(
      String seed, List<Edit> edits, List<String> seeds, List<String> tokens, boolean bytes) {
    StringBuilder s = new StringBuilder(seed);
    for (Edit edit : edits) {
      int at = edit.at() % (s.length() + 1);
      int end = Math.min(s.length(), at + edit.length());
      switch (edit.kind()) {
        case INSERT_TOKEN -> s.insert(at, tokens.get(edit.pick() % tokens.size()));
        case DELETE -> s.delete(at, end);
        case REPEAT -> {
          String run = s.substring(at, end);
          s.insert(at, run.repeat(edit.pick() % MAX_REPEATS));
        }
        case REPLACE_CHAR -> {
          if (at < s.length()) {
            s.setCharAt(at, (char) (bytes ? edit.pick() & 0xFF : edit.pick() & 0xFFFF));
          }
        }
        case TRUNCATE -> s.setLength(at);
        case SPLICE_OTHER_SEED -> {
          String other = seeds.get(edit.pick() % seeds.size());
          int from = edit.at() % (other.length() + 1);
          s.insert(at, other, from, Math.min(other.length(), from + edit.length() * 8));
        }
      }
      if (s.length() > MAX_LENGTH) {
        s.setLength(MAX_LENGTH);
      }
    }
    return s.toString();
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
