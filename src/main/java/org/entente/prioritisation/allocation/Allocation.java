package org.entente.prioritisation.allocation;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The planning solution: how many seats each nation gets at each event, and the score. */
@PlanningSolution
public class Allocation {

  @PlanningEntityCollectionProperty
  private List<Bundle> bundles = new ArrayList<>();

  @ProblemFactCollectionProperty
  private List<FrameworkCap> caps = new ArrayList<>();

  @ProblemFactCollectionProperty
  private List<Seats> seats = new ArrayList<>();

  @ProblemFactProperty
  private @Nullable Rewards rewards;

  @PlanningScore
  private @Nullable HardSoftScore score;

  public Allocation() {}

  Allocation(List<Bundle> bundles, List<FrameworkCap> caps, List<Seats> seats, Rewards rewards) {
    this.bundles = bundles;
    this.caps = caps;
    this.seats = seats;
    this.rewards = rewards;
  }

  public List<Bundle> getBundles() {
    return bundles;
  }

  public List<Seats> getSeats() {
    return seats;
  }

  public List<FrameworkCap> getCaps() {
    return caps;
  }

  public @Nullable Rewards getRewards() {
    return rewards;
  }

  public @Nullable HardSoftScore getScore() {
    return score;
  }

  public void setScore(@Nullable HardSoftScore score) {
    this.score = score;
  }

  /** The rewards for spread and stability, as a fact the constraints read. */
  public record Rewards(int spread, int stability) {}
}
