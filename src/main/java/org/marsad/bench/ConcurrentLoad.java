package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Drives one search engine with a fixed number of client threads for a fixed time, each sending its
 * next query as soon as the last one answered (closed loop, like browsers behind a page), and
 * reports what the clients saw and the heap the JVM used meanwhile.
 */
final class ConcurrentLoad {
  private static final long HEAP_SAMPLE_MILLIS = 50;

  /** What one request ended as. */
  enum Outcome {
    OK,
    ERROR,
    TIMEOUT
  }

  /** Sends one query and says how it went; must be safe to call from many threads. */
  @FunctionalInterface
  interface Client {
    Outcome send(String query);
  }

  /**
   * @param requests requests answered in the period (any outcome)
   * @param perSecond requests per second
   * @param p50Millis median latency
   * @param p99Millis 99th percentile latency (nearest rank)
   * @param maxMillis slowest request
   * @param errors requests that failed or got a wrong answer
   * @param timeouts requests that got no answer in time
   * @param heapPeakMegabytes largest heap in use seen during the period (sampled every {@value
   *     #HEAP_SAMPLE_MILLIS} ms)
   * @param cpuMillisPerRequest CPU time the whole process spent per request (all threads, the
   *     clients' and the collector's included): unlike latency, hardly moved by other processes
   *     competing for the cores
   */
  record Summary(
      long requests,
      double perSecond,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      long errors,
      long timeouts,
      double heapPeakMegabytes,
      double cpuMillisPerRequest) {}

  private final int clients;
  private final double seconds;

  /**
   * @throws IllegalArgumentException when clients &lt; 1 or seconds &lt;= 0
   */
  ConcurrentLoad(int clients, double seconds) {
    if (clients < 1 || !(seconds > 0)) {
      throw new IllegalArgumentException(
          "clients must be >= 1 and seconds > 0: " + clients + ", " + seconds);
    }
    this.clients = clients;
    this.seconds = seconds;
  }

  /**
   * Runs the load: the clients take the queries in turn from the list, cycling through it.
   *
   * @throws IllegalArgumentException when there are no queries
   */
  Summary run(List<String> queries, Client client) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("no queries to send");
    }
    long end = System.nanoTime() + (long) (seconds * 1e9);
    AtomicLong sent = new AtomicLong();
    List<ClientThread> threads = new ArrayList<>(clients);
    for (int c = 0; c < clients; c++) {
      threads.add(
          new ClientThread(
              c, () -> queries.get((int) (sent.getAndIncrement() % queries.size())), client, end));
    }
    AtomicLong heapPeak = new AtomicLong();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
        0,
        HEAP_SAMPLE_MILLIS,
        TimeUnit.MILLISECONDS);
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    threads.forEach(Thread::start);
    try {
      for (ClientThread t : threads) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the load ran", e);
    } finally {
      sampler.shutdownNow();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
    return summarize(threads, elapsed, heapPeak.get() / 1e6, cpuMillis);
  }

  private static long processCpuNanos() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
        .getProcessCpuTime();
  }

  private static Summary summarize(
      List<ClientThread> threads, double elapsed, double heapPeak, double cpuMillis) {
    long[] nanos =
        threads.stream().flatMap(t -> t.latencies.stream()).mapToLong(Long::longValue).toArray();
    long total = nanos.length;
    long errors = threads.stream().mapToLong(t -> t.errors).sum();
    long timeouts = threads.stream().mapToLong(t -> t.timeouts).sum();
    if (nanos.length == 0) {
      return new Summary(0, 0, 0, 0, 0, errors, timeouts, heapPeak, cpuMillis);
    }
    Percentiles p = new Percentiles(nanos);
    return new Summary(
        total,
        total / elapsed,
        p.at(0.50) / 1e6,
        p.at(0.99) / 1e6,
        p.at(1.0) / 1e6,
        errors,
        timeouts,
        heapPeak,
        cpuMillis / total);
  }

  /** One client: sends until the end time, recording each request's latency and outcome. */
  private static final class ClientThread extends Thread {
    private final Supplier<String> queries;
    private final Client client;
    private final long end;
    private final List<Long> latencies = new ArrayList<>();
    private long errors;
    private long timeouts;

    ClientThread(int number, Supplier<String> queries, Client client, long end) {
      super("load-client-" + number);
      this.queries = queries;
      this.client = client;
      this.end = end;
    }

    @Override
    public void run() {
      while (System.nanoTime() < end) {
        String query = queries.get();
        long start = System.nanoTime();
        Outcome outcome;
        try {
          outcome = client.send(query);
        } catch (RuntimeException e) {
          outcome = Outcome.ERROR;
        }
        latencies.add(System.nanoTime() - start);
        if (outcome == Outcome.ERROR) {
          errors++;
        } else if (outcome == Outcome.TIMEOUT) {
          timeouts++;
        }
      }
    }
  }
}
