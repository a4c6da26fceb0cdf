package org.entente.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A version of the ministerial guidance, as one table of moves (the migration's {@code planning_transition} says the
 * same for the machine {@code GUIDANCE}, and a trigger refuses any other): staff draft it and put it on the Council's
 * agenda (or take it back); only a confirmed Council decision puts it in force, superseding the version before.
 */
public enum GuidanceStatus {
  DRAFT, AT_COUNCIL, IN_FORCE, SUPERSEDED;

  private static final Map<GuidanceStatus, List<GuidanceStatus>> moves = Map.of(
      DRAFT, List.of(AT_COUNCIL),
      AT_COUNCIL, List.of(DRAFT, IN_FORCE),
      IN_FORCE, List.of(SUPERSEDED),
      SUPERSEDED, List.of());

  /** The moves staff make themselves (the others follow the Council's decisions). */
  public Set<GuidanceStatus> staffMoves() {
    return switch (this) {
      case DRAFT -> Set.of(AT_COUNCIL);
      case AT_COUNCIL -> Set.of(DRAFT);
      default -> Set.of();
    };
  }

  public static Set<List<GuidanceStatus>> legalMoves() {
    var all = new HashSet<List<GuidanceStatus>>();
    moves.forEach((from, list) -> list.forEach(to -> all.add(List.of(from, to))));
    return all;
  }
}
