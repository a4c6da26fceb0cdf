package org.entente.programmes;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle, as one table of who may move a programme from where to where. The partner drafts, submits
 * and agrees; staff open the review and return with comments; only a Council decision approves; the
 * calendar activates and closes.
 */
public enum ProgrammeStatus {
  DRAFT, SUBMITTED, IN_REVIEW, RETURNED, AGREED, APPROVED, ACTIVE, CLOSED;

  /** Who moves a programme. */
  public enum Actor {
    PARTNER, STAFF, COUNCIL, CALENDAR
  }

  private record Move(ProgrammeStatus to, Actor by) {}

  private static final Map<ProgrammeStatus, Set<Move>> moves = Map.of(
      DRAFT, Set.of(new Move(SUBMITTED, Actor.PARTNER)),
      SUBMITTED, Set.of(new Move(IN_REVIEW, Actor.STAFF), new Move(RETURNED, Actor.STAFF)),
      IN_REVIEW, Set.of(new Move(RETURNED, Actor.STAFF), new Move(AGREED, Actor.PARTNER)),
      RETURNED, Set.of(new Move(SUBMITTED, Actor.PARTNER), new Move(AGREED, Actor.PARTNER)),
      AGREED, Set.of(new Move(RETURNED, Actor.STAFF), new Move(RETURNED, Actor.COUNCIL), new Move(APPROVED, Actor.COUNCIL)),
      APPROVED, Set.of(new Move(ACTIVE, Actor.CALENDAR), new Move(CLOSED, Actor.CALENDAR)),
      ACTIVE, Set.of(new Move(CLOSED, Actor.CALENDAR), new Move(CLOSED, Actor.STAFF)),
      CLOSED, Set.of());

  public boolean allows(ProgrammeStatus to, Actor by) {
    return moves.get(this).contains(new Move(to, by));
  }

  /** Where this actor may take a programme from here, for the buttons a page shows. */
  public Set<ProgrammeStatus> next(Actor by) {
    var next = EnumSet.noneOf(ProgrammeStatus.class);
    moves.get(this).stream().filter(m -> m.by() == by).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Whether the partner may still change the text. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  /** The moves that freeze the text as a new version. */
  public boolean freezes() {
    return this == SUBMITTED || this == AGREED;
  }
}
