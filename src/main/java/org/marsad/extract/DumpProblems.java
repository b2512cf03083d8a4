package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

/** The problems of one dump extraction, bounded so that a pathological page cannot flood them. */
final class DumpProblems {
  static final int MAX_PROBLEMS = 20;

  private final List<String> problems = new ArrayList<>();
  private int dropped;

  void add(String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    } else {
      dropped++;
    }
  }

  List<String> list() {
    if (dropped == 0) {
      return List.copyOf(problems);
    }
    List<String> all = new ArrayList<>(problems);
    all.add(dropped + " further problems not listed");
    return List.copyOf(all);
  }
}
