package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConcurrentLoadTest {

  @Test
  void everyRequestIsCountedWithItsOutcome() {
    AtomicLong sent = new AtomicLong();
    ConcurrentLoad.Summary summary =
        new ConcurrentLoad(4, 0.2)
            .run(
                List.of("a"),
                query -> {
                  long n = sent.incrementAndGet();
                  if (n % 10 == 0) {
                    throw new IllegalStateException("broken client");
                  }
                  return n % 5 == 0
                      ? ConcurrentLoad.Outcome.TIMEOUT
                      : n % 3 == 0 ? ConcurrentLoad.Outcome.ERROR : ConcurrentLoad.Outcome.OK;
                });
    long n = sent.get();
    assertThat(summary.requests()).isEqualTo(n);
    assertThat(summary.timeouts()).isEqualTo(n / 5 - n / 10);
    assertThat(summary.errors()).isEqualTo(n / 3 - n / 15 + n / 10);
    assertThat(summary.p50Millis()).isLessThanOrEqualTo(summary.p99Millis());
    assertThat(summary.p99Millis()).isLessThanOrEqualTo(summary.maxMillis());
    assertThat(summary.heapPeakMegabytes()).isPositive();
  }

  @Test
  void clientsTakeTheQueriesInTurn() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    new ConcurrentLoad(3, 0.1)
        .run(
            List.of("a", "b", "c", "d", "e"),
            query -> {
              seen.add(query);
              return ConcurrentLoad.Outcome.OK;
            });
    assertThat(seen).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
  }

  @Test
  void nothingToSendOrNobodyToSendItIsRefused() {
    assertThatThrownBy(() -> new ConcurrentLoad(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConcurrentLoad(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConcurrentLoad(1, 0.1).run(List.of(), q -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
