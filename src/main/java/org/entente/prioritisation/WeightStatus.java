package org.entente.prioritisation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weight set's life (mirrored by {@code prioritisation_transition} and its trigger): staff propose it, it goes on
 * the Council's agenda; a confirmed decision puts it in force (the set in force before is superseded) or rejects
 * it; staff may withdraw it before the Council decides.
 */
public enum WeightStatus {
  PROPOSED, IN_FORCE, REJECTED, WITHDRAWN, SUPERSEDED;

  private static final Map<WeightStatus, Set<WeightStatus>> moves = Map.of(
      PROPOSED, Set.of(IN_FORCE, REJECTED, WITHDRAWN),
      IN_FORCE, Set.of(SUPERSEDED),
      REJECTED, Set.of(),
      WITHDRAWN, Set.of(),
      SUPERSEDED, Set.of());

  public boolean allows(WeightStatus to) {
    return moves.get(this).contains(to);
  }

  /** Every legal move, as the database's table lists them. */
  public static Set<List<WeightStatus>> legalMoves() {
    var out = new java.util.HashSet<List<WeightStatus>>();
    moves.forEach((from, tos) -> tos.forEach(to -> out.add(List.of(from, to))));
    return out;
  }
}
