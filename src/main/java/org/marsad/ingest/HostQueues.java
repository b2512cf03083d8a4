package org.marsad.ingest;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Runs tasks on a shared pool so that one host never has more than {@code perHost} of them running:
 * the others wait in that host's queue, holding no worker, while the rest of the pool serves other
 * hosts. A host that stalls every request therefore costs only its own polls, never another host's.
 * Thread-safe.
 */
final class HostQueues {
  private final Executor workers;
  private final int perHost;
  private final Map<String, Host> hosts = new HashMap<>(); // guarded by this

  private static final class Host {
    final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    int running;
  }

  /**
   * @param workers the pool the tasks run on
   * @param perHost tasks of one host running at once
   */
  HostQueues(Executor workers, int perHost) {
    if (perHost < 1) {
      throw new IllegalArgumentException("perHost must be at least 1: " + perHost);
    }
    this.workers = workers;
    this.perHost = perHost;
  }

  /**
   * The queue a URL belongs to: its {@code host:port}, as the fetcher's per-host limits count it. A
   * URL that does not parse gets a queue of its own text (its poll fails at once).
   */
  static String hostKey(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getHost() != null) {
        int port = uri.getPort();
        if (port == -1) {
          port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
      }
    } catch (IllegalArgumentException notAUrl) {
      // falls through: the poll reports the bad URL
    }
    return url;
  }

  /**
   * Runs {@code task} as soon as its host has a free place; returns without waiting.
   *
   * @throws java.util.concurrent.RejectedExecutionException when the pool is shut down
   */
  synchronized void submit(String hostKey, Runnable task) {
    Host host = hosts.computeIfAbsent(hostKey, k -> new Host());
    host.waiting.add(task);
    dispatch(hostKey, host);
  }

  /** Forgets the tasks still waiting (they never run); the running ones go on. */
  synchronized void clear() {
    hosts.values().forEach(host -> host.waiting.clear());
  }

  private void dispatch(String hostKey, Host host) {
    while (host.running < perHost && !host.waiting.isEmpty()) {
      Runnable task = host.waiting.poll();
      host.running++;
      try {
        workers.execute(() -> run(hostKey, host, task));
      } catch (RuntimeException rejected) { // the pool is shut down: nothing waiting will run
        hosts.remove(hostKey, host);
        throw rejected;
      }
    }
    if (host.running == 0 && host.waiting.isEmpty()) {
      hosts.remove(hostKey, host);
    }
  }

  private void run(String hostKey, Host host, Runnable task) {
    try {
      task.run();
    } finally {
      synchronized (this) {
        host.running--;
        try {
          dispatch(hostKey, host);
        } catch (RuntimeException shutDown) {
          // closing: the tasks left waiting are dropped with their host
        }
      }
    }
  }
}
