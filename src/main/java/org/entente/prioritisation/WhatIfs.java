package org.entente.prioritisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.prioritisation.allocation.SeatProblem;
import org.entente.web.Conflict;
import org.entente.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What-if comparison (issue 19, item 6): the same input as a run, solved again with the weight set proposed to the
 * Council instead of the one in force, in the background like any run; the two side by side per nation. A what-if
 * run is never applied: weights take effect only by the Council's decision.
 */
@Service
public class WhatIfs {

  private final RunStore store;
  private final Guard guard;
  private final Allocations allocations;
  private final Weights weights;
  private final RunSolving solving;

  WhatIfs(RunStore store, Guard guard, Allocations allocations, Weights weights, RunSolving solving) {
    this.store = store;
    this.guard = guard;
    this.allocations = allocations;
    this.weights = weights;
    this.solving = solving;
  }

  /** A nation's seats first come, first served, with the weights in force, and with the proposed ones. */
  public record NationComparison(String nation, int pending, int firstCome, int inForce, int proposed) {}

  /** Whether the caller may compare this run with the proposed weights now. */
  @Transactional(readOnly = true)
  public boolean mayCompare(Run run) {
    return run.comparesTo() == null && !run.unfinished() && allocations.allocatesFor(run.provider()) && weights.proposed().isPresent();
  }

  /** Starts the what-if run of run {@code id} with the proposed weights; 409 while no set is proposed. */
  @Transactional
  public Allocations.Detail compare(UUID id) {
    var caller = guard.requireAny(Permission.MANAGE_PRIORITISATION_GLOBALLY, Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION);
    var base = store.run(id).filter(r -> allocations.allocatesFor(r.provider())).orElseThrow(() -> new NotFound("run", id.toString()));
    if (base.comparesTo() != null) throw new Conflict("prioritisation.what-if.of-what-if");
    var proposed = weights.proposed().orElseThrow(() -> new Conflict("prioritisation.what-if.no-proposal"));
    var saved = store.problem(id).orElse(null);
    if (saved == null) throw new Conflict("prioritisation.what-if.no-input");
    var input = RunStore.json.readValue(saved, RunSolving.Input.class);
    var p = input.problem();
    var problem = new SeatProblem(p.events(), p.requests(), proposed.asArray(), p.spread(), p.stability());
    var slots = p.events();
    var runId = allocations.queue(base.provider(), base.events(), proposed.asArray(), proposed.number(), base.profilesOn(), slots, base.freeSeats(),
        base.pending(), new RunSolving.Input(problem, input.nominees()), base.limitMillis(), id, caller);
    solving.afterCommit(runId);
    return allocations.run(runId);
  }

  /** Per nation, the run it compares to beside this what-if run (both as the caller reads them). */
  @Transactional(readOnly = true)
  public List<NationComparison> comparison(Allocations.Detail whatIf) {
    var baseId = whatIf.run().comparesTo();
    if (baseId == null || whatIf.run().unfinished()) return List.of();
    var base = allocations.run(baseId).nations();
    Map<String, Run.NationSeats> inForce = new java.util.HashMap<>();
    base.forEach(n -> inForce.put(n.nation(), n));
    return whatIf.nations().stream().map(n -> new NationComparison(n.nation(), n.pending(), n.firstCome(),
        inForce.containsKey(n.nation()) ? inForce.get(n.nation()).seats() : 0, n.seats())).toList();
  }
}
