package org.marsad.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The docs/RELIABILITY.md row of a property test or fuzz target, suite "fuzz": what it feeds the
 * parser and what must hold. {@link PropertyRows} and {@link FuzzInputRows} add this run's figures
 * and record it with {@link Reliability} once the method passed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FuzzRow {
  /** What the method feeds the parser, one line. */
  String tries();

  /** What must hold for every input, one line. */
  String mustHold();
}
