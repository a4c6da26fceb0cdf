package org.entente.consultations;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle as one table of who may move a consultation from where to where. The requester asks and may
 * withdraw; staff put it before the Council, schedule, record and summarise it; only a confirmed Council
 * decision approves or rejects it once it is under consideration.
 */
public enum ConsultationStatus {
  REQUESTED, UNDER_CONSIDERATION, APPROVED, SCHEDULED, HELD, SUMMARY_SHARED, CLOSED, REJECTED, WITHDRAWN;

  /** Who moves a consultation. */
  public enum Actor {
    REQUESTER, STAFF, COUNCIL
  }

  private record Move(ConsultationStatus to, Actor by) {}

  private static final Map<ConsultationStatus, Set<Move>> moves = Map.of(
      REQUESTED, Set.of(new Move(UNDER_CONSIDERATION, Actor.STAFF), new Move(REJECTED, Actor.STAFF),
          new Move(WITHDRAWN, Actor.REQUESTER), new Move(WITHDRAWN, Actor.STAFF)),
      UNDER_CONSIDERATION, Set.of(new Move(APPROVED, Actor.COUNCIL), new Move(REJECTED, Actor.COUNCIL),
          new Move(WITHDRAWN, Actor.REQUESTER), new Move(WITHDRAWN, Actor.STAFF)),
      APPROVED, Set.of(new Move(SCHEDULED, Actor.STAFF), new Move(WITHDRAWN, Actor.REQUESTER), new Move(WITHDRAWN, Actor.STAFF)),
      SCHEDULED, Set.of(new Move(SCHEDULED, Actor.STAFF), new Move(HELD, Actor.STAFF), new Move(WITHDRAWN, Actor.STAFF)),
      HELD, Set.of(new Move(SUMMARY_SHARED, Actor.STAFF)),
      SUMMARY_SHARED, Set.of(new Move(CLOSED, Actor.STAFF)),
      CLOSED, Set.of(),
      REJECTED, Set.of(),
      WITHDRAWN, Set.of());

  public boolean allows(ConsultationStatus to, Actor by) {
    return moves.get(this).contains(new Move(to, by));
  }

  /** Where this actor may take a consultation from here (a page's buttons and forms). */
  public Set<ConsultationStatus> next(Actor by) {
    var next = EnumSet.noneOf(ConsultationStatus.class);
    moves.get(this).stream().filter(m -> m.by() == by).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Approved by the Council: its participants are invited and read it. */
  public boolean approved() {
    return this == APPROVED || this == SCHEDULED || this == HELD || this == SUMMARY_SHARED || this == CLOSED;
  }

  /** The meeting took place. */
  public boolean held() {
    return this == HELD || this == SUMMARY_SHARED || this == CLOSED;
  }

  /** Needs a reason (a rejection or a withdrawal). */
  public boolean needsReason() {
    return this == REJECTED || this == WITHDRAWN;
  }
}
