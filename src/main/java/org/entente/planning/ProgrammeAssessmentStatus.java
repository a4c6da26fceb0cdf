package org.entente.planning;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.planning.CycleStatus.Actor;

/**
 * The yearly assessment of an IPAP or ANP, as one table of who may move it from where to where (the migration's
 * {@code planning_transition} lists the same moves for the machine {@code PROGRAMME_ASSESSMENT}, and a trigger
 * refuses any other): staff draft it and send it to the partner; the partner comments and agrees it, or staff take
 * it back to revise it.
 */
public enum ProgrammeAssessmentStatus {
  DRAFT, WITH_PARTNER, AGREED;

  private record Move(ProgrammeAssessmentStatus to, Actor by) {}

  private static final Map<ProgrammeAssessmentStatus, List<Move>> moves = Map.of(
      DRAFT, List.of(new Move(WITH_PARTNER, Actor.STAFF)),
      WITH_PARTNER, List.of(new Move(DRAFT, Actor.STAFF), new Move(AGREED, Actor.PARTNER)),
      AGREED, List.of());

  public boolean allows(ProgrammeAssessmentStatus to, Actor by) {
    return moves.get(this).stream().anyMatch(m -> m.to() == to && m.by() == by);
  }

  /** Where any of these actors may take an assessment from here. */
  public Set<ProgrammeAssessmentStatus> next(Set<Actor> actors) {
    var next = EnumSet.noneOf(ProgrammeAssessmentStatus.class);
    moves.get(this).stream().filter(m -> actors.contains(m.by())).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Who the assessment waits for: staff while it is a draft, the partner once sent, no one once agreed. */
  public Actor waitsFor() {
    return this == WITH_PARTNER ? Actor.PARTNER : Actor.STAFF;
  }

  /** Every legal move as (from, to): what the database's table must say too. */
  public static Set<List<ProgrammeAssessmentStatus>> legalMoves() {
    var all = new HashSet<List<ProgrammeAssessmentStatus>>();
    moves.forEach((from, list) -> list.forEach(m -> all.add(List.of(from, m.to()))));
    return all;
  }
}
