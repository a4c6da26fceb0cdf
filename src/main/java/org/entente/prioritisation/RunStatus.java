package org.entente.prioritisation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An allocation run's life (mirrored by {@code prioritisation_transition}, machine RUN, and its trigger): queued,
 * solving, proposed with its explanations; then applied (the nominations moved) or discarded.
 */
public enum RunStatus {
  QUEUED, SOLVING, PROPOSED, APPLIED, DISCARDED;

  private static final Map<RunStatus, Set<RunStatus>> moves = Map.of(
      QUEUED, Set.of(SOLVING, DISCARDED),
      SOLVING, Set.of(PROPOSED),
      PROPOSED, Set.of(APPLIED, DISCARDED),
      APPLIED, Set.of(),
      DISCARDED, Set.of());

  public boolean allows(RunStatus to) {
    return moves.get(this).contains(to);
  }

  public static Set<List<RunStatus>> legalMoves() {
    var out = new java.util.HashSet<List<RunStatus>>();
    moves.forEach((from, tos) -> tos.forEach(to -> out.add(List.of(from, to))));
    return out;
  }
}
