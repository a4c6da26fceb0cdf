package org.entente.science;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one table of an application's moves, who makes each and for which mechanisms (the database holds the same
 * rows in {@code science_transition}, checked by a trigger). Staff screen, open the panel review, rank, award, start and
 * close; only a confirmed Council decision approves or rejects; a co-director hands in the final report. A
 * multi-year project ({@link Mechanism#MYP}) approved by the nations takes a planning grant first; a co-director
 * then submits the full project plan, which the panel reviews a second time before staff award the full grant.
 */
public enum ApplicationStatus {
  SUBMITTED, ELIGIBLE, INELIGIBLE, PANEL_REVIEW, RANKED, APPROVED, REJECTED, AWARDED, IN_PROGRESS, FINAL_REPORT, CLOSED,
  PLANNING_GRANT, PLAN_SUBMITTED, PLAN_REVIEW;

  /** Who moves an application. */
  public enum Actor { STAFF, COUNCIL, CO_DIRECTOR }

  /** A move, by whom, and for which mechanisms (null: every one). */
  private record Move(ApplicationStatus to, Actor by, @Nullable Set<Mechanism> only) {
    Move(ApplicationStatus to, Actor by) {
      this(to, by, null);
    }

    boolean holds(ApplicationStatus target, Actor actor, @Nullable Mechanism mechanism) {
      return to == target && by == actor && (only == null || mechanism == null || only.contains(mechanism));
    }

    boolean holdsFor(@Nullable Mechanism mechanism) {
      return only == null || mechanism == null || only.contains(mechanism);
    }
  }

  private static final Set<Mechanism> SHORT = EnumSet.of(Mechanism.ARW, Mechanism.ASI, Mechanism.ATC);
  private static final Set<Mechanism> MULTI_YEAR = EnumSet.of(Mechanism.MYP);

  private static final Map<ApplicationStatus, Set<Move>> MOVES = Map.ofEntries(
      Map.entry(SUBMITTED, Set.of(new Move(ELIGIBLE, Actor.STAFF), new Move(INELIGIBLE, Actor.STAFF))),
      Map.entry(ELIGIBLE, Set.of(new Move(PANEL_REVIEW, Actor.STAFF))),
      Map.entry(PANEL_REVIEW, Set.of(new Move(RANKED, Actor.STAFF))),
      Map.entry(RANKED, Set.of(new Move(APPROVED, Actor.COUNCIL), new Move(REJECTED, Actor.COUNCIL))),
      Map.entry(APPROVED, Set.of(new Move(AWARDED, Actor.STAFF, SHORT), new Move(PLANNING_GRANT, Actor.STAFF, MULTI_YEAR))),
      Map.entry(PLANNING_GRANT, Set.of(new Move(PLAN_SUBMITTED, Actor.CO_DIRECTOR, MULTI_YEAR))),
      Map.entry(PLAN_SUBMITTED, Set.of(new Move(PLAN_REVIEW, Actor.STAFF, MULTI_YEAR))),
      Map.entry(PLAN_REVIEW, Set.of(new Move(AWARDED, Actor.STAFF, MULTI_YEAR))),
      Map.entry(AWARDED, Set.of(new Move(IN_PROGRESS, Actor.STAFF))),
      Map.entry(IN_PROGRESS, Set.of(new Move(FINAL_REPORT, Actor.CO_DIRECTOR))),
      Map.entry(FINAL_REPORT, Set.of(new Move(CLOSED, Actor.STAFF))));

  /** Whether this actor may make the move for any mechanism. */
  public boolean allows(ApplicationStatus to, Actor by) {
    return allows(to, by, null);
  }

  /** Whether this actor may make the move for an application of this mechanism (null: any). */
  public boolean allows(ApplicationStatus to, Actor by, @Nullable Mechanism mechanism) {
    return MOVES.getOrDefault(this, Set.of()).stream().anyMatch(m -> m.holds(to, by, mechanism));
  }

  /** Every move out of this state, whoever makes it. */
  public Set<ApplicationStatus> next() {
    var next = EnumSet.noneOf(ApplicationStatus.class);
    MOVES.getOrDefault(this, Set.of()).forEach(m -> next.add(m.to()));
    return next;
  }

  /** The moves these actors may make from here. */
  public Set<ApplicationStatus> next(Set<Actor> actors) {
    return next(actors, null);
  }

  /** The moves these actors may make from here for an application of this mechanism. */
  public Set<ApplicationStatus> next(Set<Actor> actors, @Nullable Mechanism mechanism) {
    var next = EnumSet.noneOf(ApplicationStatus.class);
    MOVES.getOrDefault(this, Set.of()).stream().filter(m -> actors.contains(m.by()) && m.holdsFor(mechanism)).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Awarded or later: a project the public sees. */
  public boolean awarded() {
    return this == AWARDED || this == IN_PROGRESS || this == FINAL_REPORT || this == CLOSED;
  }

  /** A multi-year project between its planning grant and the full award. */
  public boolean planning() {
    return this == PLANNING_GRANT || this == PLAN_SUBMITTED || this == PLAN_REVIEW;
  }
}
