package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.testing.PropertyRows;

/**
 * Grouping never chains: for random articles cut from overlapping runs of one story's sentences (so
 * that many pairs overlap partially), every member of every group matches the member that was
 * canonical when it joined, or more than half of the members before it. With one publication time
 * and no agency credits the canonical is the first member, so that is checked post hoc.
 */
@AddLifecycleHook(PropertyRows.class)
class DuplicateDetectorPropertyTest {

  record Run(int from, int length) {}

  @Provide
  Arbitrary<List<Run>> runs() {
    Arbitrary<Run> run =
        Arbitraries.integers()
            .between(0, 14)
            .flatMap(
                from -> Arbitraries.integers().between(4, 20 - from).map(n -> new Run(from, n)));
    return run.list().ofMinSize(2).ofMaxSize(25);
  }

  @Property(tries = 200)
  void membersMatchTheirGroupsFirstMemberOrAMajority(@ForAll("runs") List<Run> runs) {
    DedupConfig config = DedupConfig.defaults();
    DuplicateDetector detector = new DuplicateDetector(config);
    PairMatcher matcher = new PairMatcher(config);
    Map<String, DuplicateDetector.Entry> entries = new HashMap<>();
    List<String> groupIds = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      DedupDoc d =
          DedupTexts.doc(
              "d" + i,
              "s" + i,
              "عنوان " + i,
              DedupTexts.sentences(r.from(), r.from() + r.length()));
      groupIds.add(detector.add(d).groupId());
      entries.put(
          d.id(), new DuplicateDetector.Entry(d, d.published(), d.published(), i).measure(config));
    }
    for (String g : groupIds.stream().distinct().toList()) {
      List<String> members = detector.members(g);
      DuplicateDetector.Entry first = entries.get(members.get(0));
      for (int k = 1; k < members.size(); k++) {
        DuplicateDetector.Entry m = entries.get(members.get(k));
        long before =
            members.subList(0, k).stream()
                .filter(o -> matcher.match(m, entries.get(o)) != null)
                .count();
        assertThat(matcher.match(m, first) != null || 2 * before > k)
            .as("%s in group %s of %s", m.doc.id(), g, members)
            .isTrue();
      }
    }
  }
}
