package org.entente.planning;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PARP cycle of a partner, as one table of who may move it from where to where (the migration's
 * {@code planning_transition} lists the same moves for the machine {@code CYCLE}, and a trigger refuses any
 * other). The partner answers the survey and submits it; staff draft the package of partnership goals and open
 * the bilateral talks, then the multilateral review with the Allies, and put the package on the Council's
 * agenda; only a confirmed Council decision approves it (in the even year of the cycle); in the odd year that
 * follows staff draft the assessment and the partner agrees it.
 */
public enum CycleStatus {
  SURVEY, SURVEY_SUBMITTED, BILATERAL, MULTILATERAL, AT_COUNCIL, GOALS_APPROVED, ASSESSMENT, ASSESSMENT_AGREED;

  /** Who moves a cycle. */
  public enum Actor {
    PARTNER, STAFF, COUNCIL
  }

  /** In which year of the cycle a move may be made: the goals' (even) year, the assessment's (odd) one, or either. */
  public enum Year {
    GOALS, ASSESSMENT, ANY
  }

  private record Move(CycleStatus to, Actor by, Year year) {}

  private static final Map<CycleStatus, List<Move>> moves = Map.of(
      SURVEY, List.of(new Move(SURVEY_SUBMITTED, Actor.PARTNER, Year.ANY)),
      SURVEY_SUBMITTED, List.of(new Move(SURVEY, Actor.STAFF, Year.ANY), new Move(BILATERAL, Actor.STAFF, Year.GOALS)),
      BILATERAL, List.of(new Move(MULTILATERAL, Actor.STAFF, Year.GOALS)),
      MULTILATERAL, List.of(new Move(BILATERAL, Actor.STAFF, Year.GOALS), new Move(AT_COUNCIL, Actor.STAFF, Year.GOALS)),
      AT_COUNCIL, List.of(new Move(MULTILATERAL, Actor.STAFF, Year.ANY), new Move(GOALS_APPROVED, Actor.COUNCIL, Year.GOALS),
          new Move(MULTILATERAL, Actor.COUNCIL, Year.ANY)),
      GOALS_APPROVED, List.of(new Move(ASSESSMENT, Actor.STAFF, Year.ASSESSMENT)),
      ASSESSMENT, List.of(new Move(ASSESSMENT_AGREED, Actor.PARTNER, Year.ASSESSMENT)),
      ASSESSMENT_AGREED, List.of());

  /** The partnership goals may be changed by staff: after the survey, before the Council has the package. */
  public boolean goalsOpen() {
    return this == SURVEY_SUBMITTED || this == BILATERAL || this == MULTILATERAL;
  }

  /** The survey may be changed by the partner. */
  public boolean surveyOpen() {
    return this == SURVEY;
  }

  /** Approved by the Council (and what follows). */
  public boolean approved() {
    return this == GOALS_APPROVED || this == ASSESSMENT || this == ASSESSMENT_AGREED;
  }

  public boolean allows(CycleStatus to, Actor by) {
    return moves.get(this).stream().anyMatch(m -> m.to() == to && m.by() == by);
  }

  /** In which year of the cycle this move belongs; null when it is no move at all. */
  public Year yearOf(CycleStatus to) {
    return moves.get(this).stream().filter(m -> m.to() == to).map(Move::year).findFirst().orElse(Year.ANY);
  }

  /** Where any of these actors may take a cycle from here (the Council's moves excepted: it decides in its register). */
  public Set<CycleStatus> next(Set<Actor> actors) {
    var next = EnumSet.noneOf(CycleStatus.class);
    moves.get(this).stream().filter(m -> actors.contains(m.by()) && m.by() != Actor.COUNCIL).forEach(m -> next.add(m.to()));
    return next;
  }

  /**
   * Who the cycle waits for in this state: the partner for its survey, the Council for its decision, staff
   * otherwise (in the assessment, staff until every goal is rated, then the partner: see {@link Cycle#waitsFor}).
   */
  public Actor waitsFor() {
    return switch (this) {
      case SURVEY -> Actor.PARTNER;
      case AT_COUNCIL -> Actor.COUNCIL;
      default -> Actor.STAFF;
    };
  }

  /** Every legal move as (from, to): what the database's table must say too. */
  public static Set<List<CycleStatus>> legalMoves() {
    var all = new HashSet<List<CycleStatus>>();
    moves.forEach((from, list) -> list.forEach(m -> all.add(List.of(from, m.to()))));
    return all;
  }
}
