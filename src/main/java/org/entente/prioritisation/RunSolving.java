package org.entente.prioritisation;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.ClusterJobs;
import org.entente.database.SystemWork;
import org.entente.prioritisation.allocation.Allocation;
import org.entente.prioritisation.allocation.FirstComeFirstServed;
import org.entente.prioritisation.allocation.SeatAllocator;
import org.entente.prioritisation.allocation.SeatProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves allocation runs in the background, one instance per run: the solve holds the run's advisory lock
 * ({@link ClusterJobs}) on a connection of its own, so a second instance (or a second try on this one) skips it.
 * While it solves, the run's row is updated twice a second with the best score of the solver's best-solution
 * events and the time spent, and the row's stop flag is read (so a Stop asked on any instance ends the solve
 * early; the best so far is kept and the run becomes PROPOSED). Leaving the page changes nothing.
 *
 * <p>An instance that dies mid-solve loses its connection, and with it the lock: the run stays SOLVING with its
 * whole input saved, and the sweep that every instance runs (every 30 s by default) claims it and solves it again
 * from that input.
 */
@Component
public class RunSolving implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RunSolving.class);
  private static final long TICK_MILLIS = 500;

  /** What the solver needs and what a page shows of each nomination, saved with the run. */
  record Input(SeatProblem problem, Map<String, Nominee> nominees) {}

  /** A nomination as the run's outcome records it. */
  record Nominee(UUID nomination, UUID event, String nation, String participantName, int rank, String stateBefore) {}

  private final RunStore store;
  private final ClusterJobs cluster;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("run-progress").factory());
  private final Map<UUID, AtomicReference<@Nullable Solver<Allocation>>> running = new ConcurrentHashMap<>();
  private final Map<Long, SeatAllocator> allocators = new ConcurrentHashMap<>();

  RunSolving(RunStore store, ClusterJobs cluster, TransactionTemplate transactions, AuditTrail audit) {
    this.store = store;
    this.cluster = cluster;
    this.transactions = transactions;
    this.audit = audit;
  }

  /** Starts solving the run once the current transaction (which created it) commits. */
  void afterCommit(UUID id) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        submit(id);
      }
    });
  }

  /** Stops the run's solve at once if this instance runs it (another instance reads the row's stop flag). */
  void stopAfterCommit(UUID id) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        var solver = running.getOrDefault(id, new AtomicReference<>()).get();
        if (solver != null) solver.terminateEarly();
      }
    });
  }

  private void submit(UUID id) {
    executor.execute(new DelegatingSecurityContextRunnable(() -> {
      try {
        claimAndSolve(id);
      } catch (RuntimeException e) {
        log.error("Allocation run {} failed; the sweep will try it again", id, e);
      }
    }));
  }

  /** Solves the run on this thread if no instance solves it now; whether this call solved it (or found it done). */
  boolean claimAndSolve(UUID id) {
    return cluster.runAlone("prioritisation run " + id, () -> solveClaimed(id));
  }

  /** Every instance, now and then: runs QUEUED, or SOLVING where their instance died, are claimed and solved. */
  @Scheduled(fixedDelayString = "${entente.prioritisation.sweep-every:PT30S}", initialDelayString = "${entente.prioritisation.first-sweep:PT30S}")
  void sweep() {
    List<UUID> ids = SystemWork.run("allocation runs to solve", () -> transactions.execute(s -> store.unfinished()));
    for (var id : ids == null ? List.<UUID>of() : ids) {
      if (!running.containsKey(id)) submit(id);
    }
  }

  private void solveClaimed(UUID id) {
    var input = transactions.execute(s -> {
      var run = store.lock(id).orElse(null);
      if (run == null || !run.unfinished()) return null;
      if (run.status() == RunStatus.QUEUED) {
        store.move(id, RunStatus.SOLVING);
        store.recordMove(id, RunStatus.QUEUED, RunStatus.SOLVING, mover(run));
        audit.record(Change.of("PRIORITISATION_RUN_SOLVING", "run", id.toString(), Map.of("from", RunStatus.QUEUED.name())));
      } else {
        // SOLVING and its lock free: the instance solving it died; this one takes it over from the saved input
        audit.record(Change.of("PRIORITISATION_RUN_RECLAIMED", "run", id.toString(), Map.of("spentBefore", String.valueOf(run.spentMillis()))));
      }
      return new Claimed(run, RunStore.json.readValue(store.problem(id).orElseThrow(), Input.class));
    });
    if (input == null) return;
    var limit = input.run().limitMillis();
    var allocator = allocators.computeIfAbsent(limit, RunSolving::allocator);
    var best = new AtomicReference<@Nullable HardSoftScore>();
    var handle = new AtomicReference<@Nullable Solver<Allocation>>();
    running.put(id, handle);
    long started = System.nanoTime();
    var tick = ticker.scheduleAtFixedRate(() -> tick(id, best.get(), handle, started), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    SeatAllocator.Result result;
    try {
      result = allocator.solve(input.input().problem(), best::set, handle);
    } finally {
      tick.cancel(false);
      running.remove(id);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    var problem = input.input().problem();
    var firstCome = FirstComeFirstServed.allocate(problem);
    transactions.executeWithoutResult(s -> {
      var run = store.lock(id).orElseThrow();
      if (run.status() != RunStatus.SOLVING) return;
      for (var o : result.outcomes()) {
        var n = input.input().nominees().get(o.request());
        var terms = new ArrayList<Long>();
        for (long t : o.terms()) terms.add(t);
        store.insertOutcome(id, run.provider(), new Run.Outcome(n.nomination(), n.event(), n.nation(), n.participantName(), n.rank(),
            n.stateBefore(), o.seated(), firstCome.contains(o.request()), o.reason().name(), o.worth(), terms, o.threshold(), o.detail()));
      }
      store.solved(id, result.hard(), result.soft(), result.firstComeSoft(), millis);
      store.move(id, RunStatus.PROPOSED);
      store.recordMove(id, RunStatus.SOLVING, RunStatus.PROPOSED, mover(run));
      audit.record(Change.of("PRIORITISATION_RUN_PROPOSED", "run", id.toString(), Map.of("from", RunStatus.SOLVING.name(), "millis", millis,
          "stopped", run.stopRequested())));
    });
  }

  private record Claimed(Run run, Input input) {}

  private void tick(UUID id, @Nullable HardSoftScore best, AtomicReference<@Nullable Solver<Allocation>> handle, long started) {
    try {
      long spent = (System.nanoTime() - started) / 1_000_000;
      Boolean stop = SystemWork.run("allocation run progress", () -> transactions.execute(s -> {
        store.progress(id, best == null ? null : (long) -best.hardScore(), best == null ? null : best.softScore(), spent);
        return store.stopRequested(id);
      }));
      var solver = handle.get();
      if (Boolean.TRUE.equals(stop) && solver != null) solver.terminateEarly();
    } catch (RuntimeException e) {
      log.warn("Progress of allocation run {} not recorded", id, e);
    }
  }

  /** Who records a move: the caller who started it when it is there, else the system. */
  private static String mover(Run run) {
    return org.entente.access.Callers.current().map(org.entente.access.Caller::username).orElse("system");
  }

  /**
   * The solver for a run's time budget: an interactive run (5 s or less) stops after 400 ms without a better score;
   * a longer batch after half its time without one, or when stopped.
   */
  static SeatAllocator allocator(long limitMillis) {
    if (limitMillis <= 5000) return new SeatAllocator(new SeatAllocator.Limits(Duration.ofMillis(limitMillis), null, Duration.ofMillis(400), 42L));
    return new SeatAllocator(new SeatAllocator.Limits(Duration.ofMillis(limitMillis), null, Duration.ofMillis(Math.max(1000, limitMillis / 2)), 42L));
  }

  /** Runs this instance solves now. */
  Set<UUID> solvingHere() {
    return Set.copyOf(running.keySet());
  }

  @Override
  public void destroy() {
    ticker.shutdownNow();
    executor.shutdownNow();
  }
}
