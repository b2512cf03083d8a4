package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOverOneToHundred() {
    long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
    Percentiles p = new Percentiles(shuffled);
    assertThat(p.at(0.50)).isEqualTo(50);
    assertThat(p.at(0.99)).isEqualTo(99);
    assertThat(p.at(1.0)).isEqualTo(100);
    assertThat(p.at(0.001)).isEqualTo(1);
  }

  @Test
  void p99OfFewValuesIsTheLargest() {
    Percentiles p = new Percentiles(new long[] {30, 10, 20});
    assertThat(p.at(0.50)).isEqualTo(20);
    assertThat(p.at(0.99)).isEqualTo(30);
  }

  @Test
  void doesNotSortTheCallersArray() {
    long[] values = {3, 1, 2};
    new Percentiles(values).at(0.5);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void refusesNoValuesAndFractionsOutOfRange() {
    assertThatThrownBy(() -> new Percentiles(new long[0]))
        .isInstanceOf(IllegalArgumentException.class);
    Percentiles p = new Percentiles(new long[] {1});
    assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.at(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
