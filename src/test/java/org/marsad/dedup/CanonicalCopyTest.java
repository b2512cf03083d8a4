package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.dedup.CanonicalCopy.Member;

class CanonicalCopyTest {
  private static final String WIRE =
      "الرياض (واس) - أعلنت وزارة الصحة اليوم عن تسجيل انخفاض في عدد الحالات الجديدة.";

  @Test
  void theEarliestPublishedIsTheOriginalWhenNoAgencyIsCredited() {
    List<Member> group =
        List.of(
            Member.of("سكاي نيوز", "نص", Instant.parse("2024-03-01T12:00:00Z")),
            Member.of("العربية", "نص", Instant.parse("2024-03-01T09:00:00Z")),
            Member.of("بي بي سي", "نص", null));
    assertThat(CanonicalCopy.choose(group)).isEqualTo(1);
  }

  @Test
  void theCreditedAgencysOwnCopyIsTheOriginalEvenWhenPublishedLater() {
    List<Member> group =
        List.of(
            Member.of("سكاي نيوز", WIRE, Instant.parse("2024-03-01T09:00:00Z")),
            Member.of("SPA", WIRE, Instant.parse("2024-03-01T10:00:00Z")));
    assertThat(CanonicalCopy.choose(group)).isEqualTo(1);
  }

  @Test
  void aCreditWithoutTheAgencysCopyFallsBackToTheEarliest() {
    List<Member> group =
        List.of(
            Member.of("سكاي نيوز", WIRE, Instant.parse("2024-03-01T11:00:00Z")),
            Member.of("العربية", WIRE, Instant.parse("2024-03-01T10:00:00Z")));
    assertThat(CanonicalCopy.choose(group)).isEqualTo(1);
  }
}
