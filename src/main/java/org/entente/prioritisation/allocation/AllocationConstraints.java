package org.entente.prioritisation.allocation;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import org.entente.prioritisation.allocation.Allocation.Rewards;

/**
 * The rules of an allocation. Hard: capacity, nation and framework quotas (a nation's own order and one seat
 * per person hold by construction of each {@link Bundle}'s options). Soft: each seat's worth on the weighted
 * considerations, a nation not shut out, stability against the previous run. {@link Objective} computes the
 * same figures without Timefold.
 */
public class AllocationConstraints implements ConstraintProvider {

  public static final String CAPACITY = "capacity";
  public static final String ORDER = "nation-order";
  public static final String NATION_QUOTA = "nation-quota";
  public static final String FRAMEWORK_QUOTA = "framework-quota";
  public static final String ONE_SEAT = "one-seat-per-person";
  public static final String WORTH = "considerations";
  public static final String SPREAD = "spread";
  public static final String STABILITY = "stability";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {capacity(f), nationQuota(f), frameworkQuota(f), worth(f), spread(f), stability(f)};
  }

  Constraint capacity(ConstraintFactory f) {
    return f.forEach(Seats.class)
        .join(Bundle.class, equal(Seats::bundle, Bundle::getId))
        .groupBy((s, b) -> s.event(), sum((s, b) -> (long) b.seatsAt(s.part())))
        .filter((e, n) -> n > e.free())
        .penalize(HardSoftScore.ONE_HARD, (e, n) -> n - e.free())
        .asConstraint(CAPACITY);
  }

  Constraint nationQuota(ConstraintFactory f) {
    return f.forEach(Seats.class).filter(s -> s.event().nationQuota() != null)
        .join(Bundle.class, equal(Seats::bundle, Bundle::getId))
        .filter((s, b) -> excessOfNation(s, b) > 0)
        .penalize(HardSoftScore.ONE_HARD, AllocationConstraints::excessOfNation)
        .asConstraint(NATION_QUOTA);
  }

  private static long excessOfNation(Seats s, Bundle b) {
    var quota = s.event().nationQuota();
    return quota == null ? 0 : Objective.excess(b.seatsAt(s.part()), s.event().heldByNation().getOrDefault(s.nation(), 0), quota);
  }

  Constraint frameworkQuota(ConstraintFactory f) {
    return f.forEach(FrameworkCap.class)
        .join(Seats.class, equal(FrameworkCap::event, s -> s.event().id()))
        .join(Bundle.class, equal((cap, s) -> s.bundle(), Bundle::getId), filtering((cap, s, b) -> b.frameworks().contains(cap.framework())))
        .groupBy((cap, s, b) -> cap, sum((cap, s, b) -> (long) b.seatsAt(s.part())))
        .filter((cap, n) -> Objective.excess((int) (long) n, cap.held(), cap.limit()) > 0)
        .penalize(HardSoftScore.ONE_HARD, (cap, n) -> Objective.excess((int) (long) n, cap.held(), cap.limit()))
        .asConstraint(FRAMEWORK_QUOTA);
  }

  Constraint worth(ConstraintFactory f) {
    return f.forEach(Bundle.class).filter(b -> b.worth() > 0)
        .reward(HardSoftScore.ONE_SOFT, Bundle::worth)
        .asConstraint(WORTH);
  }

  Constraint spread(ConstraintFactory f) {
    return f.forEach(Bundle.class).filter(b -> b.newNations() > 0)
        .join(Rewards.class)
        .reward(HardSoftScore.ONE_SOFT, (b, rewards) -> (long) b.newNations() * rewards.spread())
        .asConstraint(SPREAD);
  }

  Constraint stability(ConstraintFactory f) {
    return f.forEach(Bundle.class).filter(b -> b.kept() > 0)
        .join(Rewards.class)
        .reward(HardSoftScore.ONE_SOFT, (b, rewards) -> b.kept() * rewards.stability())
        .asConstraint(STABILITY);
  }
}
