package org.marsad.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.cli.MarsadCommand;

/**
 * {@code marsad} commands run in child JVMs on the test class path, as a user runs them: each named
 * run writes its stdout and stderr to files in the work directory, and closing kills the children
 * still running (SIGKILL). Tests that kill or signal a run use the {@link Process}.
 */
public final class MarsadProcesses implements AutoCloseable {
  private final Path work;
  private final List<Process> children = new ArrayList<>();

  public MarsadProcesses(Path work) {
    this.work = work;
  }

  /** Starts {@code marsad args...}; {@code name} names its output files. */
  public Process start(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(MarsadCommand.class.getName());
    command.addAll(List.of(args));
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(work.resolve(name + "-stdout.txt").toFile())
            .redirectError(work.resolve(name + "-stderr.txt").toFile())
            .start();
    children.add(child);
    return child;
  }

  /** What the named run printed so far, stdout then stderr. */
  public String output(String name) throws IOException {
    return Files.readString(work.resolve(name + "-stdout.txt"))
        + Files.readString(work.resolve(name + "-stderr.txt"));
  }

  @Override
  public void close() {
    children.forEach(Process::destroyForcibly);
  }
}
