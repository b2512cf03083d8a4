package org.marsad.dedup;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.marsad.dedup.AgencyCredit.Agency;

/**
 * Which copy of a duplicate group is shown as the original: the credited agency's own copy when a
 * member credits an agency (its "(واس)" line) and a member is that agency's, else the earliest
 * published (ties: the first in the list). The others are "also published by".
 */
public final class CanonicalCopy {
  private CanonicalCopy() {}

  /**
   * A member as the rule reads it.
   *
   * @param credited the agency its text credits, or null
   * @param published when it was published, or null
   */
  public record Member(String source, Agency credited, Instant published) {

    /** A member whose text is read for an agency credit here. */
    public static Member of(String source, String body, Instant published) {
      return new Member(source, AgencyCredit.find(body).orElse(null), published);
    }
  }

  /** The index of the canonical member of {@code members} (the group in the order it grew). */
  public static int choose(List<Member> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a duplicate group has at least one member");
    }
    Comparator<Integer> earliest =
        Comparator.comparing(
                (Integer i) -> members.get(i).published(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(i -> i);
    for (Member member : members) {
      Agency agency = member.credited();
      if (agency != null) {
        Optional<Integer> own =
            IntStream.range(0, members.size())
                .boxed()
                .filter(i -> agency.publishes(members.get(i).source()))
                .min(earliest);
        if (own.isPresent()) {
          return own.get();
        }
      }
    }
    return IntStream.range(0, members.size()).boxed().min(earliest).orElseThrow();
  }
}
