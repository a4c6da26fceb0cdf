package org.entente.exercises;

import java.util.List;

/**
 * Two versions compared exercise by exercise (by code): those only in the newer, those whose dates or place changed,
 * those only in the older.
 */
public record Comparison(PlanVersion from, PlanVersion to, List<Exercise> added, List<Moved> moved, List<Exercise> dropped) {

  public Comparison {
    added = List.copyOf(added);
    moved = List.copyOf(moved);
    dropped = List.copyOf(dropped);
  }

  /** An exercise in both versions whose dates or place changed. */
  public record Moved(Exercise before, Exercise after) {}
}
