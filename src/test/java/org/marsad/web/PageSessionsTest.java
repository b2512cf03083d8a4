package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageSessionsTest {
  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    Instant now = Instant.parse("2024-02-05T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aSessionLivesForItsLifetimeAndEndsAtLogout() {
    MovingClock clock = new MovingClock();
    PageSessions sessions = new PageSessions(Duration.ofHours(1), clock);
    PageSessions.Session session = sessions.open();
    assertThat(session.id()).isNotEqualTo(session.csrfToken()).hasSize(43);
    assertThat(sessions.find(session.id())).contains(session);
    clock.now = clock.now.plus(Duration.ofMinutes(59));
    assertThat(sessions.find(session.id())).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(sessions.find(session.id())).isEmpty();

    PageSessions.Session other = sessions.open();
    sessions.close(other.id());
    assertThat(sessions.find(other.id())).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
    assertThat(sessions.find("forged")).isEmpty();
  }

  @Test
  void theCsrfTokenMustMatchExactly() {
    PageSessions.Session session = new PageSessions(Duration.ofHours(1), new MovingClock()).open();
    assertThat(PageSessions.csrfMatches(session, session.csrfToken())).isTrue();
    assertThat(PageSessions.csrfMatches(session, session.csrfToken() + "x")).isFalse();
    assertThat(PageSessions.csrfMatches(session, "")).isFalse();
    assertThat(PageSessions.csrfMatches(session, null)).isFalse();
  }

  @Test
  void loggingInInALoopKeepsABoundedNumberOfSessions() {
    PageSessions sessions = new PageSessions(Duration.ofHours(1), new MovingClock());
    PageSessions.Session first = sessions.open();
    for (int i = 0; i < PageSessions.MAX_SESSIONS; i++) {
      sessions.open();
    }
    assertThat(sessions.find(first.id())).as("the oldest was dropped").isEmpty();
    assertThatThrownBy(() -> new PageSessions(Duration.ZERO, new MovingClock()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
