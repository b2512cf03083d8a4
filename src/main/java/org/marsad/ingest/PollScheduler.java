package org.marsad.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SourcePoller} over many sources on a bounded pool, so that a slow or failing source
 * occupies one worker and never delays the others beyond that. Sources are queued per host ({@code
 * host:port} of their URL, see {@link HostQueues}): at most {@code perHost} polls of one host run
 * at once, so a host that stalls holds that many workers and the rest of the pool keeps polling
 * other hosts. Thread safe; a source is never polled twice at once, by this process or another
 * sharing the store: a poll runs only while its source's lease is held ({@link LeaseKeeper}), and a
 * source another process holds is skipped like one still in flight.
 *
 * <p>Each result goes to the sink, which stores its items and <em>then</em> its state ({@link
 * PollResult#state()}: validators, last success, next attempt): the scheduler never saves a state
 * itself, so a poll cut short leaves the previous validators in place and the next poll gets the
 * whole feed again instead of a 304 that would hide the items not yet stored.
 *
 * <p>Two ways to run: {@link #pollAll} (one pass over given sources, for {@code marsad fetch}) and
 * {@link #start} (a tick that queues the sources whose {@code nextAttempt} has come, for {@code
 * marsad serve}). The tick does not wait for its polls, so a source that takes its full timeout and
 * retries does not hold back the next tick. A source still being polled is skipped (and left out of
 * a pass's summary). {@link #close} stops it: polls not started are dropped, polls in flight are
 * interrupted and given {@link #STOP_GRACE} to commit what they have done.
 */
public final class PollScheduler implements AutoCloseable {
  /** How long {@link #close} waits for interrupted polls to commit what they have done. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);

  private final SourcePoller poller;
  private final SourceStateRepository states;
  private final Consumer<PollResult> sink;
  private final Clock clock;
  private final LeaseKeeper leases;
  private final ExecutorService workers;
  private final HostQueues queues;
  private final Map<Long, CompletableFuture<PollResult>> inFlight = new ConcurrentHashMap<>();
  private ScheduledExecutorService ticker;

  /**
   * @param states read for each source's current state and due time; the sink saves new ones
   * @param sink receives every result, in the worker thread, and stores its items and then its
   *     state; an exception it throws is logged and does not stop the pass
   * @param leases taken before each poll and released after its result is stored; closed with the
   *     scheduler
   */
  public PollScheduler(
      SourcePoller poller,
      SourceStateRepository states,
      Consumer<PollResult> sink,
      PollingConfig config,
      LeaseKeeper leases,
      Clock clock) {
    this.poller = poller;
    this.states = states;
    this.sink = sink;
    this.leases = leases;
    this.clock = clock;
    this.workers =
        Executors.newFixedThreadPool(
            config.threads(),
            r -> {
              Thread thread = new Thread(r, "marsad-poll");
              thread.setDaemon(true);
              return thread;
            });
    this.queues = new HostQueues(workers, config.perHost());
  }

  /** Polls every given source now, whatever its schedule, and waits for all of them. */
  public PollSummary pollAll(List<Source> sources) {
    long start = System.nanoTime();
    return collect(submit(sources, false), start);
  }

  /** Polls the sources whose next attempt has come (or that were never polled), and waits. */
  public PollSummary pollDue(List<Source> sources) {
    long start = System.nanoTime();
    return collect(submit(due(sources), true), start);
  }

  private List<Source> due(List<Source> sources) {
    Instant now = clock.instant();
    List<Source> due = new ArrayList<>();
    for (Source source : sources) {
      if (isDue(states.get(source.id()), now)) {
        due.add(source);
      }
    }
    return due;
  }

  private static boolean isDue(SourceState state, Instant now) {
    return state.nextAttempt() == null || !state.nextAttempt().isAfter(now);
  }

  /**
   * Starts polling due sources every {@code tick}, reading the source list afresh each time.
   *
   * @throws IllegalStateException when already started
   */
  public synchronized void start(Supplier<List<Source>> sources, Duration tick) {
    if (ticker != null) {
      throw new IllegalStateException("scheduler already started");
    }
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "marsad-poll-tick");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleWithFixedDelay(
        () -> {
          try {
            submit(due(sources.get()), true);
          } catch (RuntimeException e) {
            LOG.warn("poll tick failed", e);
          }
        },
        0,
        tick.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Stops the tick and the workers: queued polls are dropped, polls in flight are interrupted (they
   * commit what they have done, not the state) and awaited up to {@link #STOP_GRACE}. Closing twice
   * is harmless.
   */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
    workers.shutdownNow();
    queues.clear();
    try {
      if (!workers.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("polls still running {} s after being stopped", STOP_GRACE.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    inFlight.values().forEach(future -> future.cancel(false));
    leases.close();
  }

  /**
   * Queues the sources not already in flight; returns without waiting.
   *
   * @param onlyIfDue poll a source only if still due once its lease is held (another process may
   *     have polled it meanwhile)
   */
  private List<Future<PollResult>> submit(List<Source> sources, boolean onlyIfDue) {
    List<Future<PollResult>> futures = new ArrayList<>();
    for (Source source : sources) {
      CompletableFuture<PollResult> future = new CompletableFuture<>();
      if (inFlight.putIfAbsent(source.id(), future) == null) {
        future.whenComplete((result, failure) -> inFlight.remove(source.id(), future));
        try {
          queues.submit(HostQueues.hostKey(source.url()), () -> pollOne(source, future, onlyIfDue));
        } catch (RejectedExecutionException closed) {
          future.cancel(false);
          throw closed;
        }
        futures.add(future);
      }
    }
    return futures;
  }

  private static PollSummary collect(List<Future<PollResult>> futures, long startNanos) {
    List<PollSummary.Line> lines = new ArrayList<>();
    for (Future<PollResult> future : futures) {
      try {
        lines.add(PollSummary.Line.of(future.get()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (CancellationException stopped) {
        // the scheduler was closed before this source's turn
      } catch (ExecutionException e) {
        LOG.error("poll worker failed", e.getCause());
      }
    }
    return new PollSummary(lines, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private void pollOne(Source source, CompletableFuture<PollResult> future, boolean onlyIfDue) {
    try {
      if (!leases.acquire(source.id())) {
        future.cancel(false); // another process polls it
        return;
      }
      PollResult result;
      try {
        SourceState state = states.get(source.id());
        if (onlyIfDue && !isDue(state, clock.instant())) {
          future.cancel(false); // another process has just polled it
          return;
        }
        result = poller.poll(source, state);
        try {
          sink.accept(result);
        } catch (RuntimeException e) {
          LOG.error("handling the poll of {} failed", source.url(), e);
        }
      } finally {
        leases.release(source.id());
      }
      // done once the lease is given back: whoever waited for the poll finds the source free
      future.complete(result);
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
      LOG.warn("poll of {} failed: {}", source.url(), e.toString());
    } catch (Error e) {
      future.completeExceptionally(e);
      throw e;
    }
  }
}
