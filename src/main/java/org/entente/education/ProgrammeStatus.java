package org.entente.education;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A programme's life as one table of who may move it from where to where (mirrored by {@code education_transition}
 * and its trigger): staff activate a proposed programme, suspend and resume it, and complete it; the partner or staff
 * withdraw a proposal.
 */
public enum ProgrammeStatus {
  PROPOSED, ACTIVE, SUSPENDED, COMPLETED, WITHDRAWN;

  /** Who moves a programme. */
  public enum Actor {
    PARTNER, STAFF
  }

  private record Move(ProgrammeStatus to, Actor by) {}

  private static final Map<ProgrammeStatus, Set<Move>> moves = Map.of(
      PROPOSED, Set.of(new Move(ACTIVE, Actor.STAFF), new Move(WITHDRAWN, Actor.STAFF), new Move(WITHDRAWN, Actor.PARTNER)),
      ACTIVE, Set.of(new Move(SUSPENDED, Actor.STAFF), new Move(COMPLETED, Actor.STAFF)),
      SUSPENDED, Set.of(new Move(ACTIVE, Actor.STAFF), new Move(COMPLETED, Actor.STAFF)),
      COMPLETED, Set.of(),
      WITHDRAWN, Set.of());

  public boolean allows(ProgrammeStatus to, Actor by) {
    return moves.get(this).contains(new Move(to, by));
  }

  public Set<ProgrammeStatus> next(Actor by) {
    var next = EnumSet.noneOf(ProgrammeStatus.class);
    moves.get(this).stream().filter(m -> m.by() == by).forEach(m -> next.add(m.to()));
    return next;
  }

  /** A suspension or withdrawal says why. */
  public boolean needsReason() {
    return this == SUSPENDED || this == WITHDRAWN;
  }

  /** Experts, events and placements may be added. */
  public boolean open() {
    return this == PROPOSED || this == ACTIVE;
  }
}
