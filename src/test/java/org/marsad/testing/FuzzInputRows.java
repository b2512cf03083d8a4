package org.marsad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Records the {@link FuzzRow} of each Jazzer {@code @FuzzTest} that replayed its kept inputs
 * without a failure (regression mode, the one {@code mvn verify} runs): how many inputs were
 * replayed and how many of them are crashes found earlier and kept ({@code crash-*} files in {@code
 * src/test/resources/<package>/<Class>Inputs/<method>/}). Fuzzing runs ({@code JAZZER_FUZZ} set)
 * record nothing: eval/fuzz.sh reports those.
 */
public final class FuzzInputRows implements TestWatcher, AfterAllCallback {
  private static final Map<String, AtomicInteger> PASSED = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> FAILED = new ConcurrentHashMap<>();

  @Override
  public void testSuccessful(ExtensionContext context) {
    count(PASSED, context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    count(FAILED, context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    String fuzzing = System.getenv("JAZZER_FUZZ");
    if (fuzzing != null && !fuzzing.isEmpty() && !fuzzing.equals("0")) {
      return;
    }
    Class<?> type = context.getRequiredTestClass();
    for (Method method : type.getDeclaredMethods()) {
      FuzzRow row = method.getAnnotation(FuzzRow.class);
      String key = type.getSimpleName() + "." + method.getName();
      int passed = PASSED.getOrDefault(key, new AtomicInteger()).get();
      if (row == null || passed == 0 || FAILED.containsKey(key)) {
        continue;
      }
      List<Path> kept = keptInputs(type, method.getName());
      long crashes =
          kept.stream().filter(p -> p.getFileName().toString().startsWith("crash-")).count();
      Reliability.record(
          "fuzz",
          key,
          row.tries(),
          row.mustHold(),
          "Jazzer regression: "
              + passed
              + " inputs replayed ("
              + crashes
              + " kept crash inputs, "
              + (kept.size() - crashes)
              + " seeds, plus the empty input), 0 failures");
    }
  }

  private static void count(Map<String, AtomicInteger> counts, ExtensionContext context) {
    String key =
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName();
    counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  /** The files Jazzer replays for one fuzz test, or none when it has no inputs directory. */
  private static List<Path> keptInputs(Class<?> type, String method) {
    URL directory = type.getResource(type.getSimpleName() + "Inputs/" + method);
    if (directory == null || !directory.getProtocol().equals("file")) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
