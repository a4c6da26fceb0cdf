package org.entente.science;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of an application's moves, and who makes each (the database holds the same pairs in
 * {@code science_transition}, checked by a trigger). Staff screen, open the panel review, rank, award, start and
 * close; only a confirmed Council decision approves or rejects; a co-director hands in the final report.
 */
public enum ApplicationStatus {
  SUBMITTED, ELIGIBLE, INELIGIBLE, PANEL_REVIEW, RANKED, APPROVED, REJECTED, AWARDED, IN_PROGRESS, FINAL_REPORT, CLOSED;

  /** Who moves an application. */
  public enum Actor { STAFF, COUNCIL, CO_DIRECTOR }

  private record Move(ApplicationStatus to, Actor by) {}

  private static final Map<ApplicationStatus, Set<Move>> MOVES = Map.of(
      SUBMITTED, Set.of(new Move(ELIGIBLE, Actor.STAFF), new Move(INELIGIBLE, Actor.STAFF)),
      ELIGIBLE, Set.of(new Move(PANEL_REVIEW, Actor.STAFF)),
      PANEL_REVIEW, Set.of(new Move(RANKED, Actor.STAFF)),
      RANKED, Set.of(new Move(APPROVED, Actor.COUNCIL), new Move(REJECTED, Actor.COUNCIL)),
      APPROVED, Set.of(new Move(AWARDED, Actor.STAFF)),
      AWARDED, Set.of(new Move(IN_PROGRESS, Actor.STAFF)),
      IN_PROGRESS, Set.of(new Move(FINAL_REPORT, Actor.CO_DIRECTOR)),
      FINAL_REPORT, Set.of(new Move(CLOSED, Actor.STAFF)));

  public boolean allows(ApplicationStatus to, Actor by) {
    return MOVES.getOrDefault(this, Set.of()).contains(new Move(to, by));
  }

  /** Every move out of this state, whoever makes it. */
  public Set<ApplicationStatus> next() {
    var next = EnumSet.noneOf(ApplicationStatus.class);
    MOVES.getOrDefault(this, Set.of()).forEach(m -> next.add(m.to()));
    return next;
  }

  /** The moves these actors may make from here. */
  public Set<ApplicationStatus> next(Set<Actor> actors) {
    var next = EnumSet.noneOf(ApplicationStatus.class);
    MOVES.getOrDefault(this, Set.of()).stream().filter(m -> actors.contains(m.by())).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Awarded or later: a project the public sees. */
  public boolean awarded() {
    return this == AWARDED || this == IN_PROGRESS || this == FINAL_REPORT || this == CLOSED;
  }
}
