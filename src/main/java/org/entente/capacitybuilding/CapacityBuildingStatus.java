package org.entente.capacitybuilding;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a package as one table of who may move it from where to where (mirrored by
 * {@code capacitybuilding_transition} and its trigger). The partner asks and may withdraw before approval; staff
 * assess, draft, put it before the Council, implement, review and close it; only a confirmed Council decision
 * approves or rejects it.
 */
public enum CapacityBuildingStatus {
  REQUESTED, ASSESSING, DRAFTED, BEFORE_COUNCIL, APPROVED, IMPLEMENTING, UNDER_REVIEW, CLOSED, REJECTED, WITHDRAWN;

  /** Who moves a package. */
  public enum Actor {
    PARTNER, STAFF, COUNCIL
  }

  private record Move(CapacityBuildingStatus to, Actor by) {}

  private static final Map<CapacityBuildingStatus, Set<Move>> moves = Map.of(
      REQUESTED, Set.of(new Move(ASSESSING, Actor.STAFF), new Move(WITHDRAWN, Actor.PARTNER), new Move(WITHDRAWN, Actor.STAFF)),
      ASSESSING, Set.of(new Move(DRAFTED, Actor.STAFF), new Move(WITHDRAWN, Actor.PARTNER), new Move(WITHDRAWN, Actor.STAFF)),
      DRAFTED, Set.of(new Move(ASSESSING, Actor.STAFF), new Move(BEFORE_COUNCIL, Actor.STAFF), new Move(WITHDRAWN, Actor.PARTNER),
          new Move(WITHDRAWN, Actor.STAFF)),
      BEFORE_COUNCIL, Set.of(new Move(APPROVED, Actor.COUNCIL), new Move(REJECTED, Actor.COUNCIL), new Move(DRAFTED, Actor.STAFF),
          new Move(WITHDRAWN, Actor.PARTNER)),
      APPROVED, Set.of(new Move(IMPLEMENTING, Actor.STAFF)),
      IMPLEMENTING, Set.of(new Move(UNDER_REVIEW, Actor.STAFF), new Move(CLOSED, Actor.STAFF)),
      UNDER_REVIEW, Set.of(new Move(IMPLEMENTING, Actor.STAFF), new Move(CLOSED, Actor.STAFF)),
      CLOSED, Set.of(),
      REJECTED, Set.of(),
      WITHDRAWN, Set.of());

  public boolean allows(CapacityBuildingStatus to, Actor by) {
    return moves.get(this).contains(new Move(to, by));
  }

  /** Where this actor may take a package from here (a page's buttons). */
  public Set<CapacityBuildingStatus> next(Actor by) {
    var next = EnumSet.noneOf(CapacityBuildingStatus.class);
    moves.get(this).stream().filter(m -> m.by() == by).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Approved by the Council: every Ally reads it. */
  public boolean approved() {
    return this == APPROVED || this == IMPLEMENTING || this == UNDER_REVIEW || this == CLOSED;
  }

  /** Still being prepared: staff may change its areas, experts and funding. */
  public boolean inPreparation() {
    return this == ASSESSING || this == DRAFTED;
  }

  /** Needs a reason (a withdrawal). */
  public boolean needsReason() {
    return this == WITHDRAWN;
  }
}
