package org.entente.science;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One reviewer's assignment to an application and, once submitted, their scores (1–5 per criterion) and comment.
 * Read by staff and its author; by the other reviewers of the application only after they submitted their own.
 */
public record Review(UUID id, UUID application, UUID reviewer, String reviewerName, String reviewerNation, State state,
    boolean conflict, @Nullable String declineReason, @Nullable Integer merit, @Nullable Integer relevance,
    @Nullable Integer capacity, @Nullable Integer value, @Nullable String comment, Instant assignedAt,
    @Nullable Instant submittedAt) {

  public enum State { ASSIGNED, DECLINED, SUBMITTED }

  /** The weights of the criteria, in per cent: scientific merit, relevance to the key priorities, partner capacity built, value for money. */
  public static final int MERIT = 40, RELEVANCE = 25, CAPACITY = 20, VALUE = 15;

  /** The weighted score out of 5, or null before it is submitted. */
  public @Nullable Double weighted() {
    if (merit == null || relevance == null || capacity == null || value == null) return null;
    return (merit * MERIT + relevance * RELEVANCE + capacity * CAPACITY + value * VALUE) / 100.0;
  }
}
