package org.entente.planning;

import java.time.Instant;
import java.util.List;

/** A frozen version of the goals package: when the talks opened, moved on, went to the Council. */
public record GoalsVersion(int number, CycleStatus stage, List<Goal> goals, String frozenBy, Instant frozenAt) {

  public GoalsVersion {
    goals = List.copyOf(goals);
  }
}
