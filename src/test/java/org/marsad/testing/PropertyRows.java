package org.marsad.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Records the {@link FuzzRow} of a jqwik property that passed, with the tries and checks jqwik
 * counted this run (so the table shows what ran, not the configured number).
 */
public final class PropertyRows implements AroundPropertyHook {
  /** Added to a test class, the hook serves every property in it. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyExecutionResult result = property.execute();
    if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL) {
      context
          .findAnnotation(FuzzRow.class)
          .ifPresent(
              row ->
                  Reliability.record(
                      "fuzz",
                      context.containerClass().getSimpleName()
                          + "."
                          + context.targetMethod().getName(),
                      row.tries(),
                      row.mustHold(),
                      "property: "
                          + result.countTries()
                          + " tries, "
                          + result.countChecks()
                          + " checks, 0 failures (seed "
                          + result.seed().orElse("?")
                          + ")"));
    }
    return result;
  }
}
