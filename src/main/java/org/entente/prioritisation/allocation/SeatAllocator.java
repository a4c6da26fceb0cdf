package org.entente.prioritisation.allocation;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.entente.prioritisation.allocation.SeatProblem.Request;
import org.jspecify.annotations.Nullable;

/**
 * Allocates seats with Timefold Solver, starting from first come, first served (so the result is never worse
 * than it), until the score stops improving or the time is spent. A plain class: no Spring.
 */
public final class SeatAllocator {

  /**
   * When to stop.
   *
   * @param spent the most time to spend
   * @param unimprovedSteps stop after so many steps without a better score (deterministic with a seed)
   * @param unimproved stop after so long without a better score
   */
  public record Limits(Duration spent, @Nullable Integer unimprovedSteps, @Nullable Duration unimproved, long seed) {
    /** For an event or a small batch run by staff while they wait. */
    public static Limits interactive() {
      return new Limits(Duration.ofSeconds(5), null, Duration.ofMillis(400), 42L);
    }
  }

  /** Why a nomination got or missed its seat. */
  public enum Reason {
    SEATED, ONE_SEAT_PER_PERSON, NATION_QUOTA, FRAMEWORK_QUOTA, NATION_ORDER, OUTWEIGHED
  }

  /**
   * One nomination's outcome with its figures.
   *
   * @param worth the seat's worth on the considerations
   * @param terms each consideration's part of the worth (weight × value), by ordinal
   * @param threshold the lowest worth seated at its event (for OUTWEIGHED: what it had to beat)
   * @param detail the framework, or the other event, that decided
   */
  public record Outcome(String request, String event, String nation, boolean seated, Reason reason, long worth, long[] terms,
      long threshold, @Nullable String detail) {}

  /** A solved allocation. */
  public record Result(Set<String> seated, long hard, long soft, long timefoldSoft, long firstComeSoft, Map<String, Long> constraints,
      List<Outcome> outcomes) {
    public boolean feasible() {
      return hard == 0;
    }
  }

  private final SolverFactory<Allocation> factory;
  private final SolutionManager<Allocation, HardSoftScore> manager;

  public SeatAllocator(Limits limits) {
    var termination = new TerminationConfig().withSpentLimit(limits.spent());
    if (limits.unimprovedSteps() != null) termination.withUnimprovedStepCountLimit(limits.unimprovedSteps());
    if (limits.unimproved() != null) termination.withUnimprovedSpentLimit(limits.unimproved());
    var config = new SolverConfig()
        .withSolutionClass(Allocation.class)
        .withEntityClasses(Bundle.class)
        .withConstraintProviderClass(AllocationConstraints.class)
        .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
        .withRandomSeed(limits.seed())
        .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
            .withMoveSelectorConfig(
            new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
                // a seat taken from one nation and given to another in one move
                new CartesianProductMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(), new ChangeMoveSelectorConfig()),
                // a cycle of three: nation A moves from a full event to an overlapping full one (one person, so one
                // bundle), B gives up its seats there, C takes A's old seat; every step of two breaks a hard constraint
                // or scores worse, so late acceptance never reached it (5 of the property test's 200 instances)
                new CartesianProductMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(), new ChangeMoveSelectorConfig(),
                    new ChangeMoveSelectorConfig()))))
        .withTerminationConfig(termination);
    this.factory = SolverFactory.create(config);
    this.manager = SolutionManager.create(factory);
  }

  public Result solve(SeatProblem problem) {
    return solve(problem, score -> {}, new AtomicReference<>());
  }

  /**
   * Solves, telling {@code progress} each better score; {@code handle} receives the running solver so that
   * another thread may stop it early (the best so far is kept).
   */
  public Result solve(SeatProblem problem, Consumer<HardSoftScore> progress, AtomicReference<@Nullable Solver<Allocation>> handle) {
    var firstCome = FirstComeFirstServed.allocate(problem);
    var greedy = FirstComeFirstServed.byWorth(problem);
    var bundles = new ArrayList<Bundle>();
    var facts = new ArrayList<Seats>();
    var nations = problem.requests().stream().map(Request::nation).distinct().sorted().toList();
    var byShare = problem.requests().stream().collect(Collectors.groupingBy(r -> List.of(r.event(), r.nation())));
    for (var nation : nations) {
      // the nation's nominees per event, in its order; events joined when they overlap and share a person
      var parts = new ArrayList<Bundle.Part>();
      for (var e : problem.events()) {
        var list = byShare.getOrDefault(List.of(e.id(), nation), List.of()).stream()
            .sorted(Comparator.comparingInt(Request::rank)).toList();
        if (!list.isEmpty()) parts.add(new Bundle.Part(e, list));
      }
      var group = new int[parts.size()];
      for (int i = 0; i < group.length; i++) group[i] = i;
      for (int i = 0; i < parts.size(); i++)
        for (int j = i + 1; j < parts.size(); j++) {
          var x = parts.get(i);
          var y = parts.get(j);
          if (x.event().overlaps(y.event())
              && y.nominees().stream().anyMatch(r -> x.nominees().stream().anyMatch(o -> o.person().equals(r.person())))) {
            int from = group[j];
            int to = group[i];
            for (int k = 0; k < group.length; k++) if (group[k] == from) group[k] = to;
          }
        }
      for (int g : java.util.Arrays.stream(group).distinct().toArray()) {
        var mine = new ArrayList<Bundle.Part>();
        for (int i = 0; i < parts.size(); i++) if (group[i] == g) mine.add(parts.get(i));
        var options = Bundle.options(mine, problem::value);
        var start = options.stream().filter(o -> {
          for (int i = 0; i < mine.size(); i++) {
            var noms = mine.get(i).nominees();
            int given = 0;
            while (given < noms.size() && greedy.contains(noms.get(given).id())) given++;
            if (o.seatsAt(i) != given) return false;
          }
          return true;
        }).findFirst().orElse(options.getFirst());
        var id = nation + "|" + mine.getFirst().event().id();
        bundles.add(new Bundle(id, nation, mine, options, start));
        for (int i = 0; i < mine.size(); i++) facts.add(new Seats(id, i, mine.get(i).event(), nation));
      }
    }
    var caps = new ArrayList<FrameworkCap>();
    for (var e : problem.events()) {
      e.frameworkQuotas().forEach((f, limit) -> caps.add(new FrameworkCap(e.id(), f, limit, e.heldByFramework().getOrDefault(f, 0))));
    }
    var start = new Allocation(bundles, caps, facts, new Allocation.Rewards(problem.spread(), problem.stability()));
    Allocation best;
    if (bundles.isEmpty()) {
      best = start;
    } else {
      var solver = factory.buildSolver();
      solver.addEventListener(event -> progress.accept((HardSoftScore) event.getNewBestScore()));
      handle.set(solver);
      best = solver.solve(start);
      handle.set(null);
    }
    var seated = new java.util.HashSet<String>();
    for (var bundle : best.getBundles()) {
      for (int i = 0; i < bundle.parts().size(); i++) {
        bundle.parts().get(i).nominees().subList(0, bundle.seatsAt(i)).forEach(r -> seated.add(r.id()));
      }
    }
    var firstComeEval = Objective.evaluate(problem, firstCome);
    var eval = Objective.evaluate(problem, seated);
    Set<String> result = Set.copyOf(seated);
    if (!eval.feasible() || eval.soft() < firstComeEval.soft()) {
      result = firstCome; // never worse than today's rule
      eval = firstComeEval;
    }
    // Timefold's own score of the chosen seats (its score analysis is a commercial feature in 2.x; the
    // figures per constraint come from Objective, which the tests hold equal to Timefold's total)
    long timefoldSoft = eval.soft();
    if (!bundles.isEmpty()) {
      var chosen = result;
      best.getBundles().forEach(bundle -> bundle.setOption(bundle.getOptions().stream().filter(o -> {
        for (int i = 0; i < bundle.parts().size(); i++) {
          if (bundle.parts().get(i).nominees().stream().filter(r -> chosen.contains(r.id())).count() != o.seatsAt(i)) return false;
        }
        return true;
      }).findFirst().orElseThrow()));
      var score = manager.update(best);
      timefoldSoft = score.softScore();
      if (score.hardScore() != -eval.hard()) throw new IllegalStateException("Timefold and Objective disagree: " + score + " vs " + eval);
    }
    var constraints = new LinkedHashMap<>(eval.parts());
    return new Result(result, eval.hard(), eval.soft(), timefoldSoft, firstComeEval.soft(), constraints, explain(problem, result));
  }

  /** For each nomination, the rule or the considerations that decided, with figures. */
  public static List<Outcome> explain(SeatProblem p, Set<String> seated) {
    var threshold = new HashMap<String, Long>();
    var byNation = new HashMap<List<String>, Integer>();
    var byFramework = new HashMap<List<String>, Integer>();
    var seatsOfPerson = new HashMap<String, List<Request>>();
    for (var r : p.requests()) {
      if (!seated.contains(r.id())) continue;
      threshold.merge(r.event(), p.value(r), Math::min);
      byNation.merge(List.of(r.event(), r.nation()), 1, Integer::sum);
      r.frameworks().forEach(f -> byFramework.merge(List.of(r.event(), f), 1, Integer::sum));
      seatsOfPerson.computeIfAbsent(r.person(), x -> new ArrayList<>()).add(r);
    }
    var shares = p.requests().stream().collect(Collectors.groupingBy(r -> List.of(r.event(), r.nation())));
    var outcomes = new ArrayList<Outcome>();
    var requests = p.requests().stream().sorted(Comparator.comparing(Request::event).thenComparing(Request::nation)
        .thenComparingInt(Request::rank)).toList();
    for (var r : requests) {
      var e = p.event(r.event());
      long worth = p.value(r);
      long bar = threshold.getOrDefault(r.event(), 0L);
      if (seated.contains(r.id())) {
        outcomes.add(new Outcome(r.id(), r.event(), r.nation(), true, Reason.SEATED, worth, p.valueTerms(r), bar, null));
        continue;
      }
      Reason reason = Reason.OUTWEIGHED;
      String detail = null;
      var elsewhere = seatsOfPerson.getOrDefault(r.person(), List.of()).stream()
          .filter(o -> o.event().equals(r.event()) || p.event(o.event()).overlaps(e)).findFirst();
      if (elsewhere.isPresent()) {
        reason = Reason.ONE_SEAT_PER_PERSON;
        detail = p.event(elsewhere.get().event()).label();
      } else if (e.nationQuota() != null
          && e.heldByNation().getOrDefault(r.nation(), 0) + byNation.getOrDefault(List.of(r.event(), r.nation()), 0) >= e.nationQuota()) {
        reason = Reason.NATION_QUOTA;
        detail = String.valueOf(e.nationQuota());
      } else {
        for (var f : r.frameworks()) {
          var quota = e.frameworkQuotas().get(f);
          if (quota != null && e.heldByFramework().getOrDefault(f, 0) + byFramework.getOrDefault(List.of(r.event(), f), 0) >= quota) {
            reason = Reason.FRAMEWORK_QUOTA;
            detail = f + " " + quota;
            break;
          }
        }
        if (reason == Reason.OUTWEIGHED && shares.get(List.of(r.event(), r.nation())).stream()
            .anyMatch(o -> o.rank() < r.rank() && !seated.contains(o.id()))) {
          reason = Reason.NATION_ORDER;
        }
      }
      outcomes.add(new Outcome(r.id(), r.event(), r.nation(), false, reason, worth, p.valueTerms(r), bar, detail));
    }
    return outcomes;
  }
}
