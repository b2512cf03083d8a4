package org.marsad.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes Ctrl-C and SIGTERM stop a command cleanly: a shutdown hook runs the command's stop action,
 * then waits (bounded) until the command has closed what it opened, since the JVM halts as soon as
 * its hooks return. Open it before the engine and close it after, in the same try statement.
 */
final class StopOnSignal implements AutoCloseable {
  /** How long a stopped command may take to close before the JVM halts anyway. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Runnable stop = () -> {};
  private final Thread hook = new Thread(this::stopAndAwait, "marsad-stop");

  StopOnSignal() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** What a signal does first (stop polling, release a waiting main thread). */
  void onStop(Runnable action) {
    this.stop = action;
  }

  private void stopAndAwait() {
    stop.run();
    try {
      if (!closed.await(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        System.err.println("marsad: still closing after " + CLOSE_WAIT.toSeconds() + " s; exiting");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The command has closed everything: a signal now has nothing left to wait for. */
  @Override
  public void close() {
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it returns now that everything is closed
    }
  }
}
