package org.entente.exercises;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A version of the five-year programme, in one table of moves (mirrored by {@code exercises_transition} and its
 * trigger): the planning board drafts it, circulates it, sends it back to draft or approves it; approving the next
 * version supersedes the one in force (never a move of its own).
 */
public enum VersionStatus {
  DRAFT, CIRCULATED, APPROVED, SUPERSEDED;

  private static final Map<VersionStatus, Set<VersionStatus>> moves = Map.of(
      DRAFT, Set.of(CIRCULATED),
      CIRCULATED, Set.of(DRAFT, APPROVED),
      APPROVED, Set.of(SUPERSEDED),
      SUPERSEDED, Set.of());

  /** A move the planning board asks for (superseding follows from approving another version). */
  public boolean allows(VersionStatus to) {
    return to != SUPERSEDED && moves.get(this).contains(to);
  }

  public boolean allowsBySystem(VersionStatus to) {
    return moves.get(this).contains(to);
  }

  public Set<VersionStatus> next() {
    var next = EnumSet.noneOf(VersionStatus.class);
    moves.get(this).stream().filter(this::allows).forEach(next::add);
    return next;
  }

  /** Exercises may be added, changed and removed. */
  public boolean editable() {
    return this == DRAFT;
  }

  /** Read beyond the planning board (by the organisations each exercise invites). */
  public boolean published() {
    return this == APPROVED || this == SUPERSEDED;
  }
}
