package org.marsad.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one {@code @FuzzTest} method in this JVM, for eval/fuzz.sh: Jazzer fuzzes one target per
 * JVM, and starting a JVM per target is seconds where starting Maven per target is most of the
 * budget. Exit status 0 when the target held for the whole run, 1 when it failed (a finding).
 *
 * <p>Usage: {@code java -cp ... org.marsad.testing.FuzzLauncher org.marsad.x.SomeFuzzTest#method}
 */
public final class FuzzLauncher {
  private FuzzLauncher() {}

  public static void main(String[] args) throws ClassNotFoundException {
    if (args.length != 1 || !args[0].contains("#")) {
      System.err.println("usage: FuzzLauncher <class>#<method>");
      System.exit(2);
    }
    Class<?> type = Class.forName(args[0].substring(0, args[0].indexOf('#')));
    String name = args[0].substring(args[0].indexOf('#') + 1);
    Method method =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> m.getName().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no method " + args[0]));
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectMethod(type, method))
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    summary.getFailures().forEach(failure -> failure.getException().printStackTrace(System.err));
    long ran = summary.getTestsSucceededCount() + summary.getTestsFailedCount();
    System.exit(ran == 0 ? 2 : summary.getTotalFailureCount() == 0 ? 0 : 1);
  }
}
