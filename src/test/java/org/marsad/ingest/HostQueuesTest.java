package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostQueuesTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(3);
  private final List<String> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private Runnable task(String name, CountDownLatch release, CountDownLatch done) {
    return () -> {
      started.add(name);
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      done.countDown();
    };
  }

  @Test
  void aBusyHostWaitsInItsQueueWhileOtherHostsRun() throws Exception {
    HostQueues queues = new HostQueues(pool, 1);
    CountDownLatch releaseA = new CountDownLatch(1);
    CountDownLatch open = new CountDownLatch(0);
    CountDownLatch aDone = new CountDownLatch(3);
    CountDownLatch bDone = new CountDownLatch(2);
    for (int i = 1; i <= 3; i++) {
      queues.submit("a:80", task("a" + i, releaseA, aDone));
    }
    queues.submit("b:80", task("b1", open, bDone));
    queues.submit("b:80", task("b2", open, bDone));

    assertThat(bDone.await(10, TimeUnit.SECONDS)).isTrue();
    // b's tasks ending says nothing of when a1's thread got to start: wait for it too
    awaitStarted(3);
    assertThat(started).containsExactlyInAnyOrder("a1", "b1", "b2");

    releaseA.countDown();
    assertThat(aDone.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(started).hasSize(5).endsWith("a2", "a3");
  }

  private void awaitStarted(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (started.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void theQueueKeyIsHostAndPortWithTheSchemesDefault() {
    assertThat(HostQueues.hostKey("https://News.Example/rss")).isEqualTo("news.example:443");
    assertThat(HostQueues.hostKey("http://news.example/rss")).isEqualTo("news.example:80");
    assertThat(HostQueues.hostKey(" http://127.0.0.2:8080/a ")).isEqualTo("127.0.0.2:8080");
    assertThat(HostQueues.hostKey("not a url")).isEqualTo("not a url");
  }
}
