package org.entente.capabilities;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An evaluation's states (the machine {@code EVALUATION} of {@code capabilities_transition}). A self-evaluation is
 * rated and submitted by the partner, which ends it (staff may return it while no NATO evaluation of its level
 * exists); a NATO evaluation is rated and submitted by staff's evaluation team, then certified by staff — or not,
 * and another NATO evaluation of the level follows. Who moves depends on the kind: {@link #allows}.
 */
public enum EvaluationStatus {
  OPEN, SUBMITTED, CANCELLED, CERTIFIED, NOT_CERTIFIED;

  private record Move(EvaluationStatus to, Kind kind, Actor by) {}

  /** A self-evaluation by the nation, or a NATO evaluation by an evaluation team. */
  public enum Kind {
    SEL, NEL
  }

  private static final Map<EvaluationStatus, List<Move>> moves = Map.of(
      OPEN, List.of(new Move(SUBMITTED, Kind.SEL, Actor.PARTNER), new Move(SUBMITTED, Kind.NEL, Actor.STAFF),
          new Move(CANCELLED, Kind.SEL, Actor.PARTNER), new Move(CANCELLED, Kind.SEL, Actor.STAFF), new Move(CANCELLED, Kind.NEL, Actor.STAFF)),
      SUBMITTED, List.of(new Move(OPEN, Kind.SEL, Actor.STAFF), new Move(OPEN, Kind.NEL, Actor.STAFF),
          new Move(CERTIFIED, Kind.NEL, Actor.STAFF), new Move(NOT_CERTIFIED, Kind.NEL, Actor.STAFF)),
      CANCELLED, List.of(),
      CERTIFIED, List.of(),
      NOT_CERTIFIED, List.of());

  public boolean allows(EvaluationStatus to, Kind kind, Actor by) {
    return moves.get(this).stream().anyMatch(m -> m.to() == to && m.kind() == kind && m.by() == by);
  }

  public Set<EvaluationStatus> next(Kind kind, Set<Actor> actors) {
    var next = EnumSet.noneOf(EvaluationStatus.class);
    moves.get(this).stream().filter(m -> m.kind() == kind && actors.contains(m.by())).forEach(m -> next.add(m.to()));
    return next;
  }

  /** Finished: a remedial action plan may follow. */
  public boolean done() {
    return this == SUBMITTED || this == CERTIFIED || this == NOT_CERTIFIED;
  }

  public static boolean needsReason(EvaluationStatus from, EvaluationStatus to) {
    return to == NOT_CERTIFIED || to == CANCELLED || (from == SUBMITTED && to == OPEN);
  }

  public static Set<List<String>> legalMoves() {
    var all = new HashSet<List<String>>();
    moves.forEach((from, list) -> list.forEach(m -> all.add(List.of(from.name(), m.to().name()))));
    return all;
  }
}
