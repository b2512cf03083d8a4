package org.marsad.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article to post to one saved search's webhook, with every attempt made so far: a line of the
 * delivery log. There is at most one per saved search and article, which is what makes a delivery
 * happen at most once.
 *
 * @param id the store's id
 * @param savedSearchId the saved search whose webhook it goes to
 * @param articleId the matching article
 * @param created when the match was recorded
 * @param status where it stands
 * @param nextAttempt when a pending delivery is due, else null
 * @param attempts every attempt, oldest first
 */
public record AlertDelivery(
    long id,
    long savedSearchId,
    long articleId,
    Instant created,
    Status status,
    Instant nextAttempt,
    List<Attempt> attempts) {

  public AlertDelivery {
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(status, "status");
    attempts = List.copyOf(attempts);
  }

  /** Where a delivery stands. */
  public enum Status {
    /** Not delivered yet; tried again at {@code nextAttempt}. */
    PENDING,
    /** The webhook answered 2xx: never sent again. */
    DELIVERED,
    /** Every allowed attempt failed: not tried again. */
    FAILED
  }

  /**
   * One POST to the webhook.
   *
   * @param at when it started
   * @param httpStatus the webhook's status, 0 when no answer came
   * @param error what went wrong, or null when delivered
   */
  public record Attempt(Instant at, int httpStatus, String error) {
    public Attempt {
      Objects.requireNonNull(at, "at");
    }
  }
}
