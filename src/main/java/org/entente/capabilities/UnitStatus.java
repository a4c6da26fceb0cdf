package org.entente.capabilities;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declared unit's states as one table of who may move it from where to where (the migration's
 * {@code capabilities_transition} lists the same moves for the machine {@code UNIT}, and a trigger refuses any
 * other). The partner declares; staff accept the unit into the programme (or refuse it, saying why); a certified
 * NATO evaluation at level 1, then at level 2, moves it on; the partner may withdraw it at any time.
 */
public enum UnitStatus {
  DECLARED, ACCEPTED, REFUSED, L1_CERTIFIED, L2_CERTIFIED, WITHDRAWN;

  private record Move(UnitStatus to, Actor by) {}

  private static final Map<UnitStatus, List<Move>> moves = Map.of(
      DECLARED, List.of(new Move(ACCEPTED, Actor.STAFF), new Move(REFUSED, Actor.STAFF), new Move(WITHDRAWN, Actor.PARTNER)),
      ACCEPTED, List.of(new Move(L1_CERTIFIED, Actor.CERTIFICATION), new Move(WITHDRAWN, Actor.PARTNER)),
      L1_CERTIFIED, List.of(new Move(L2_CERTIFIED, Actor.CERTIFICATION), new Move(WITHDRAWN, Actor.PARTNER)),
      L2_CERTIFIED, List.of(new Move(WITHDRAWN, Actor.PARTNER)),
      REFUSED, List.of(),
      WITHDRAWN, List.of());

  public boolean allows(UnitStatus to, Actor by) {
    return moves.get(this).stream().anyMatch(m -> m.to() == to && m.by() == by);
  }

  /** Where these actors may take the unit from here by a move of their own (certification excepted). */
  public Set<UnitStatus> next(Set<Actor> actors) {
    var next = EnumSet.noneOf(UnitStatus.class);
    moves.get(this).stream().filter(m -> actors.contains(m.by()) && m.by() != Actor.CERTIFICATION).forEach(m -> next.add(m.to()));
    return next;
  }

  /** The level the unit's next evaluations are at, or 0 when it is evaluated no more (not accepted, certified at level 2, gone). */
  public int levelUnderEvaluation() {
    return switch (this) {
      case ACCEPTED -> 1;
      case L1_CERTIFIED -> 2;
      default -> 0;
    };
  }

  /** A move that needs a reason said. */
  public static boolean needsReason(UnitStatus to) {
    return to == REFUSED || to == WITHDRAWN;
  }

  /** Every legal move as (from, to): what the database's table must say too. */
  public static Set<List<String>> legalMoves() {
    var all = new HashSet<List<String>>();
    moves.forEach((from, list) -> list.forEach(m -> all.add(List.of(from.name(), m.to().name()))));
    return all;
  }
}
