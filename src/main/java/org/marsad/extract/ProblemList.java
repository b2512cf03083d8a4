package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

/** A bounded list of what was odd or lost on one page; repeats are kept once. Not thread-safe. */
final class ProblemList {
  private final int max;
  private final List<String> problems = new ArrayList<>();
  private int dropped;

  ProblemList(int max) {
    this.max = max;
  }

  void add(String problem) {
    if (problems.contains(problem)) {
      return;
    }
    if (problems.size() < max) {
      problems.add(problem);
    } else {
      dropped++;
    }
  }

  /** The problems, with a last entry counting those left out. */
  List<String> toList() {
    List<String> out = new ArrayList<>(problems);
    if (dropped > 0) {
      out.add(dropped + " further problems not listed");
    }
    return out;
  }
}
