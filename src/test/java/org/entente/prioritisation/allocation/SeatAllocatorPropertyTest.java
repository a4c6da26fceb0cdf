package org.entente.prioritisation.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's property on 200 random small instances, against the exact optimum of an exhaustive search written
 * here (independent of Timefold): every hard constraint holds (checked by {@link Objective}, which does not use
 * Timefold), the objective is never below first come, first served, never above the optimum, and within 1 % of it
 * on every one of the 200. (With moves of one and two bundles only, 5 of them missed, worst 96.6 %: the optimum
 * was a cycle of three nations across two overlapping full events, see {@link SeatAllocator}'s moves of three.)
 */
class SeatAllocatorPropertyTest {

  static final SeatAllocator ALLOCATOR =
      new SeatAllocator(new SeatAllocator.Limits(Duration.ofSeconds(10), 400, null, 7L));

  @Test
  void nearOptimalNeverBelowFirstComeAndAlwaysFeasible() {
    int optimalHits = 0;
    int withinOnePercent = 0;
    var misses = new java.util.ArrayList<String>();
    for (long seed = 1; seed <= 200; seed++) {
      var problem = Instances.random(seed);
      var exact = Exhaustive.optimum(problem);
      var exactEval = Objective.evaluate(problem, exact.seated());
      assertThat(exactEval.feasible()).as("exhaustive optimum feasible, seed %d", seed).isTrue();
      assertThat(exactEval.soft()).as("exhaustive optimum scored consistently, seed %d", seed).isEqualTo(exact.soft());

      var firstCome = Objective.evaluate(problem, FirstComeFirstServed.allocate(problem));
      assertThat(firstCome.feasible()).as("first come, first served feasible, seed %d", seed).isTrue();

      var result = ALLOCATOR.solve(problem);
      var eval = Objective.evaluate(problem, result.seated());
      assertThat(eval.hard()).as("hard constraints, seed %d", seed).isZero();
      assertThat(eval.soft()).as("never below first come, seed %d", seed).isGreaterThanOrEqualTo(firstCome.soft());
      assertThat(eval.soft()).as("at most the optimum, seed %d", seed).isLessThanOrEqualTo(exact.soft());
      if (eval.soft() >= 0.99 * exact.soft()) withinOnePercent++;
      else misses.add("seed " + seed + ": " + eval.soft() + " of " + exact.soft());
      // Timefold's own score of the same seats agrees with the independent objective
      assertThat(result.timefoldSoft()).as("Timefold's score, seed %d", seed).isEqualTo(eval.soft());
      assertThat(result.constraints().values().stream().mapToLong(Long::longValue).sum()).as("parts, seed %d", seed)
          .isEqualTo(eval.soft());
      if (eval.soft() == exact.soft()) optimalHits++;
    }
    System.out.println("prioritisation property: optimal on " + optimalHits + ", within 1 % on " + withinOnePercent + " of 200");
    assertThat(misses).as("instances more than 1 %% below the optimum").isEmpty();
    assertThat(withinOnePercent).isEqualTo(200);
  }
}
