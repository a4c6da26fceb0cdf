package org.entente.prioritisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.prioritisation.allocation.SeatProblem;
import org.entente.registration.Nomination;
import org.entente.registration.NominationState;
import org.entente.registration.Registrations;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation runs: for one event, or several of one provider that overlap in time, with more pending nominations
 * (NOMINATED or WAITLISTED) than free seats, the solver decides who gets the seats on the partners' profiles and
 * the weights in force; the run is saved with its inputs and each nomination's outcome and explanation, beside
 * first come, first served. Applying it moves the nominations through the registration service as the provider
 * (seated: CONFIRMED; the others NOMINATED: WAITLISTED), all in one transaction, never past its seat invariant.
 *
 * <p>A nation's own order among its nominees is the order in which it nominated them (Entente records no other).
 * The scope rule, said here and again by row-level security: a run is for staff, the Council's secretariat and
 * the provider whose events it allocates; a nation reads only its own nominations' outcomes.
 */
@Service
public class Allocations {

  static final Set<NominationState> PENDING = Set.of(NominationState.NOMINATED, NominationState.WAITLISTED);
  static final int SPREAD = 60;

  private final RunStore store;
  private final Guard guard;
  private final Catalogue catalogue;
  private final Registrations registrations;
  private final Directory directory;
  private final PartnerProfiles profiles;
  private final Weights weights;
  private final AuditTrail audit;
  private final Clock clock;
  private final RunSolving solving;

  Allocations(RunStore store, Guard guard, Catalogue catalogue, Registrations registrations, Directory directory, PartnerProfiles profiles,
      Weights weights, AuditTrail audit, Clock clock, RunSolving solving) {
    this.solving = solving;
    this.store = store;
    this.guard = guard;
    this.catalogue = catalogue;
    this.registrations = registrations;
    this.directory = directory;
    this.profiles = profiles;
    this.weights = weights;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Which events to allocate together: the events named, or (none named) every oversubscribed event of the caller's
   * institutions starting from {@code from} to {@code to}; {@code seconds} the solver's time budget (5 s if absent).
   */
  public record NewRun(@Nullable List<UUID> events, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer seconds) {
    public NewRun(@Nullable List<UUID> events) {
      this(events, null, null, null);
    }
  }

  /** A run with what the caller may read of it and do with it. */
  public record Detail(Run run, List<Run.Outcome> outcomes, List<Run.NationSeats> nations, List<Run.Move> history, boolean mayDecide,
      boolean full) {}

  // ---------------------------------------------------------------- who

  /** Whether the caller runs allocations for this provider's events. */
  public boolean allocatesFor(String provider) {
    var caller = Callers.current().orElse(null);
    return caller != null && (caller.has(Permission.MANAGE_PRIORITISATION_GLOBALLY)
        || caller.organisationsWith(Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION).contains(provider));
  }

  private boolean readsInFull(Run run) {
    var caller = Callers.current().orElse(null);
    return caller != null && (caller.has(Permission.READ_PRIORITISATION_GLOBALLY) || allocatesFor(run.provider()));
  }

  // ---------------------------------------------------------------- runs

  /** The runs the caller reads, newest first (row-level security says which; a nation's are those with its nominations). */
  @Transactional(readOnly = true)
  public Listing<Run> runs(Paging paging) {
    guard.caller();
    return store.runs(paging);
  }

  @Transactional(readOnly = true)
  public Detail run(UUID id) {
    var caller = guard.caller();
    var run = store.run(id).orElseThrow(() -> new NotFound("run", id.toString()));
    var full = readsInFull(run);
    var own = caller.organisationsWith(Permission.READ_PRIORITISATION_FOR_OWN_ORGANISATION);
    // a nation's coordinators: their own nominations only (the database returns no other, this says it again)
    var outcomes = store.outcomes(id).stream().filter(o -> full || own.contains(o.nation())).toList();
    if (!full && outcomes.isEmpty()) throw new NotFound("run", id.toString());
    return new Detail(run, outcomes, nations(outcomes), store.moves(id), full && allocatesFor(run.provider()) && (run.status() == RunStatus.PROPOSED || run.unfinished()),
        full);
  }

  static List<Run.NationSeats> nations(List<Run.Outcome> outcomes) {
    var by = new LinkedHashMap<String, int[]>();
    outcomes.stream().sorted(Comparator.comparing(Run.Outcome::nation)).forEach(o -> {
      var n = by.computeIfAbsent(o.nation(), k -> new int[3]);
      n[0]++;
      if (o.seated()) n[1]++;
      if (o.firstCome()) n[2]++;
    });
    return by.entrySet().stream().map(e -> new Run.NationSeats(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
  }

  /**
   * Starts an allocation run on the events (one provider's; some seats free and more pending nominations than them)
   * with the profiles of today and the weights in force: saved QUEUED with its whole input, then solved in the
   * background ({@link RunSolving}) to PROPOSED with every outcome; the answer does not wait for it.
   */
  @Transactional
  public Detail start(NewRun input) {
    return start(input, true);
  }

  /** The same; {@code background} false leaves the solving to the caller ({@link RunSolving#claimAndSolve}). */
  @Transactional
  Detail start(NewRun input, boolean background) {
    var caller = guard.requireAny(Permission.MANAGE_PRIORITISATION_GLOBALLY, Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION);
    if (input.seconds() != null && (input.seconds() < 1 || input.seconds() > 3600)) throw InvalidInput.of("seconds", "problem.between", 1, 3600);
    var ids = input.events() == null ? List.<UUID>of() : List.copyOf(new LinkedHashSet<>(input.events()));
    if (ids.isEmpty() && input.from() != null && input.to() != null) {
      if (input.to().isBefore(input.from())) throw InvalidInput.of("to", "prioritisation.run.range");
      // a batch: every oversubscribed event of the caller's institutions in the date range
      ids = oversubscribed().stream().map(Oversubscribed::event)
          .filter(e -> { var d = catalogue.event(e).startsOn(); return !d.isBefore(input.from()) && !d.isAfter(input.to()); }).toList();
      if (ids.isEmpty()) throw new Conflict("prioritisation.run.none-in-range", input.from().toString(), input.to().toString());
    } else if (ids.isEmpty() || ids.size() > 20) {
      throw InvalidInput.of("events", "problem.between", 1, 20);
    }
    var events = ids.stream().map(catalogue::event).toList(); // 404 for an event the caller may not see
    var provider = events.getFirst().provider();
    if (events.stream().anyMatch(e -> !e.provider().equals(provider))) throw InvalidInput.of("events", "prioritisation.run.one-provider");
    if (!allocatesFor(provider)) throw new org.springframework.security.access.AccessDeniedException("allocates only its own institution’s events");
    var today = LocalDate.now(clock);
    var current = weights.current();
    var slots = new ArrayList<SeatProblem.EventSlot>();
    var requests = new ArrayList<SeatProblem.Request>();
    var nominees = new LinkedHashMap<String, RunSolving.Nominee>();
    var ranks = new HashMap<String, Integer>();
    var all = new ArrayList<Nomination>();
    int free = 0;
    for (var e : events) {
      var invitation = registrations.invitation(e.id());
      var list = registrations.nominations(e.id());
      var heldByNation = new HashMap<String, Integer>();
      var heldByFramework = new HashMap<String, Integer>();
      int held = 0;
      for (var n : list) {
        if (!n.state().holdsSeat()) continue;
        held++;
        heldByNation.merge(n.nation(), 1, Integer::sum);
        for (var f : frameworks(n.nation(), today)) heldByFramework.merge(f, 1, Integer::sum);
      }
      int seats = Math.max(0, invitation.capacity() - held);
      free += seats;
      var activity = catalogue.activity(e.activity());
      slots.add(new SeatProblem.EventSlot(e.id().toString(), e.activity() + " " + e.startsOn(), seats, e.startsOn(), e.endsOn(),
          invitation.nationQuota(), invitation.frameworkQuotas(), heldByNation, heldByFramework, activity.priorityAreas().isEmpty() ? 0 : 100));
      var pending = list.stream().filter(n -> PENDING.contains(n.state())).sorted(Comparator.comparing(Nomination::nominatedAt)
          .thenComparing(n -> n.id().toString())).toList();
      var byNation = new HashMap<String, Integer>();
      for (var n : pending) ranks.put(n.id().toString(), byNation.merge(n.nation(), 1, Integer::sum));
      all.addAll(pending);
    }
    // nothing to allocate without a free seat, or with a seat for everyone
    if (free == 0 || all.size() <= free) throw new Conflict("prioritisation.run.not-oversubscribed", String.valueOf(all.size()), String.valueOf(free));
    var values = profiles.considerations(all.stream().map(Nomination::nation).distinct().toList(), today);
    var arrival = all.stream().sorted(Comparator.comparing(Nomination::nominatedAt).thenComparing(n -> n.id().toString())).toList();
    for (int i = 0; i < arrival.size(); i++) {
      var n = arrival.get(i);
      var id = n.id().toString();
      nominees.put(id, new RunSolving.Nominee(n.id(), n.event(), n.nation(), n.participantName(), ranks.get(id), n.state().name()));
      requests.add(new SeatProblem.Request(id, n.event().toString(), n.nation(), n.participant().toString(), ranks.get(id), i + 1,
          Set.copyOf(frameworks(n.nation(), today)), values.get(n.nation()), null));
    }
    var problem = new SeatProblem(slots, requests, current.asArray(), SPREAD, 0);
    long limit = input.seconds() == null ? 5000L : input.seconds() * 1000L;
    var runId = queue(provider, ids, current.asArray(), current.set() == null ? null : current.set().number(), today, slots, free, all.size(),
        new RunSolving.Input(problem, nominees), limit, null, caller);
    if (background) solving.afterCommit(runId);
    return run(runId);
  }

  UUID queue(String provider, List<UUID> ids, int[] weightsUsed, @Nullable Long number, LocalDate today, List<SeatProblem.EventSlot> slots,
      int free, int pending, RunSolving.Input input, long limit, @Nullable UUID comparesTo, Caller caller) {
    var runId = UUID.randomUUID();
    store.insert(runId, provider, ids, weightsUsed, number, today, slotsJson(slots), free, pending, caller.username(),
        RunStore.json.writeValueAsString(input), limit, comparesTo);
    store.recordMove(runId, null, RunStatus.QUEUED, caller.username());
    var audited = new LinkedHashMap<String, Object>();
    audited.put("provider", provider);
    audited.put("events", ids.size());
    audited.put("pending", pending);
    audited.put("free", free);
    audited.put("limitMillis", limit);
    if (comparesTo != null) audited.put("comparesTo", comparesTo.toString());
    audit.record(Change.of("PRIORITISATION_RUN_QUEUED", "run", runId.toString(), audited));
    return runId;
  }

  /** Asks a run still QUEUED or SOLVING to stop early: the solver ends and the best so far becomes the proposal. */
  @Transactional
  public Detail stop(UUID id) {
    guard.requireAny(Permission.MANAGE_PRIORITISATION_GLOBALLY, Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION);
    var run = locked(id);
    if (!run.unfinished()) throw new Conflict("prioritisation.run.not-running", run.status().name());
    if (!run.stopRequested()) {
      store.requestStop(id);
      audit.record(Change.of("PRIORITISATION_RUN_STOP_REQUESTED", "run", id.toString(), Map.of("status", run.status().name())));
      solving.stopAfterCommit(id);
    }
    return run(id);
  }

  /** Applies a proposed run: every nomination moved through the registration service as the provider, or none (409). */
  @Transactional
  public Detail apply(UUID id) {
    var caller = guard.requireAny(Permission.MANAGE_PRIORITISATION_GLOBALLY, Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION);
    var run = locked(id);
    if (!run.status().allows(RunStatus.APPLIED)) throw new Conflict("prioritisation.run.illegal", run.status().name(), RunStatus.APPLIED.name());
    if (run.comparesTo() != null) throw new Conflict("prioritisation.what-if.not-applied");
    int confirmed = 0;
    int waitlisted = 0;
    for (var o : store.outcomes(id)) {
      var now = registrations.nomination(o.nomination());
      if (!now.state().name().equals(o.stateBefore())) {
        throw new Conflict("prioritisation.run.stale", now.participantName(), o.stateBefore(), now.state().name());
      }
      if (o.seated()) {
        registrations.move(o.nomination(), NominationState.CONFIRMED.name());
        confirmed++;
      } else if (now.state() == NominationState.NOMINATED) {
        registrations.move(o.nomination(), NominationState.WAITLISTED.name());
        waitlisted++;
      }
    }
    move(id, RunStatus.PROPOSED, RunStatus.APPLIED, caller);
    audit.record(Change.of("PRIORITISATION_RUN_APPLIED_MOVES", "run", id.toString(), Map.of("confirmed", confirmed, "waitlisted", waitlisted)));
    return run(id);
  }

  @Transactional
  public Detail discard(UUID id) {
    var caller = guard.requireAny(Permission.MANAGE_PRIORITISATION_GLOBALLY, Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION);
    var run = locked(id);
    if (!run.status().allows(RunStatus.DISCARDED)) {
      throw new Conflict("prioritisation.run.illegal", run.status().name(), RunStatus.DISCARDED.name());
    }
    move(id, run.status(), RunStatus.DISCARDED, caller);
    return run(id);
  }

  /** Events of the caller's institutions from today on with free seats that their pending nominations outnumber. */
  @Transactional(readOnly = true)
  public List<Oversubscribed> oversubscribed() {
    var caller = guard.caller();
    if (!caller.has(Permission.MANAGE_PRIORITISATION_GLOBALLY) && caller.organisationsWith(Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION).isEmpty()) {
      return List.of();
    }
    if (!caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY) && !caller.has(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION)) return List.of();
    var pending = registrations.providerNominations(PENDING);
    var byEvent = new LinkedHashMap<UUID, List<Nomination>>();
    var today = LocalDate.now(clock);
    pending.stream().filter(m -> !m.startsOn().isBefore(today)).forEach(m -> byEvent.computeIfAbsent(m.nomination().event(), k -> new ArrayList<>())
        .add(m.nomination()));
    var out = new ArrayList<Oversubscribed>();
    for (var e : byEvent.entrySet()) {
      var first = e.getValue().getFirst();
      if (!allocatesFor(first.provider())) continue;
      var seats = registrations.seats(e.getKey());
      int free = Math.max(0, seats.capacity() - seats.held());
      if (free > 0 && e.getValue().size() > free) out.add(new Oversubscribed(e.getKey(), first.activity(), first.provider(), e.getValue().size(), free));
    }
    return out;
  }

  /** An event whose pending nominations outnumber its free seats. */
  public record Oversubscribed(UUID event, String activity, String provider, int pending, int free) {}

  private Run locked(UUID id) {
    var run = store.lock(id).orElseThrow(() -> new NotFound("run", id.toString()));
    if (!allocatesFor(run.provider())) throw new NotFound("run", id.toString());
    return run;
  }

  private void move(UUID id, RunStatus from, RunStatus to, Caller caller) {
    store.move(id, to);
    store.recordMove(id, from, to, caller.username());
    audit.record(Change.of("PRIORITISATION_RUN_" + to.name(), "run", id.toString(), Map.of("from", from.name())));
  }

  private List<String> frameworks(String nation, LocalDate on) {
    return directory.organisation(nation, on).map(o -> o.frameworksOn(on)).orElse(List.of());
  }

  private static String slotsJson(List<SeatProblem.EventSlot> slots) {
    var list = new ArrayList<Map<String, Object>>();
    for (var s : slots) {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", s.id());
      m.put("label", s.label());
      m.put("free", s.free());
      m.put("startsOn", s.startsOn().toString());
      m.put("endsOn", s.endsOn().toString());
      m.put("nationQuota", s.nationQuota());
      m.put("frameworkQuotas", s.frameworkQuotas());
      m.put("priorityArea", s.priorityArea());
      list.add(m);
    }
    return RunStore.json.writeValueAsString(list);
  }

}
