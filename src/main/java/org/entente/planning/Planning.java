package org.entente.planning;

import static org.entente.web.Texts.upper;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.planning.CycleStatus.Actor;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the caller is to a partner's planning, and the partner's participations and cycles as the caller may read them.
 * The scope rule, said here and again by row-level security: a partner's participation, cycles, survey, goals, talks
 * and assessment are for that partner's coordinators, Alliance staff, the Council's secretariat and the Allies'
 * coordinators (who discuss and approve the goals) — never another partner. The survey's budget section is for the
 * partner and the staff who manage planning only (not the Allies, not the secretariat); the Allies read a survey once
 * it is submitted. The two-year rhythm is {@link PlanningRhythm}'s.
 */
@Service
public class Planning {

  private final PlanningStore store;
  private final Guard guard;
  private final Directory directory;
  private final PlanningRhythm rhythm;

  Planning(PlanningStore store, Guard guard, Directory directory, PlanningRhythm rhythm) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.rhythm = rhythm;
  }

  /** Today, as the clock (or a replay of a past year) says. */
  public LocalDate today() {
    return rhythm.today();
  }

  // ---------------------------------------------------------------- who the caller is

  /** Whether the caller reads this partner's planning at all. */
  public boolean sees(String partner) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    return caller.has(Permission.READ_PLANNING_GLOBALLY) || caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).contains(partner)
        || isAlly(caller);
  }

  /** Whether the caller reads the survey's budget section of this partner: the partner itself and the staff who manage planning. */
  public boolean readsBudget(String partner) {
    var caller = Callers.current().orElse(null);
    return caller != null && (caller.has(Permission.MANAGE_PLANNING_GLOBALLY)
        || caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).contains(partner));
  }

  /** Whether the caller speaks for an Ally (which reads every partner's planning, and talks in the multilateral review). */
  public boolean isAlly(Caller caller) {
    var today = today();
    return caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).stream()
        .anyMatch(o -> directory.organisation(o, today).map(org -> org.kind() == OrganisationKind.ALLY).orElse(false));
  }

  /** Who the caller is to this cycle. */
  public Set<Actor> actors(Cycle cycle) {
    var actors = EnumSet.noneOf(Actor.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return actors;
    if (caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).contains(cycle.partner())) actors.add(Actor.PARTNER);
    if (caller.has(Permission.MANAGE_PLANNING_GLOBALLY)) actors.add(Actor.STAFF);
    return actors;
  }

  /** The moves the caller may make now, in this year of the cycle. */
  public Set<CycleStatus> next(Cycle cycle) {
    var next = cycle.status().next(actors(cycle));
    next.removeIf(to -> !rhythm.inItsYear(cycle, to));
    return next;
  }

  /** Whether the caller may comment on this cycle now. */
  public boolean mayComment(Cycle cycle) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    if (!actors(cycle).isEmpty()) return true;
    return cycle.status() == CycleStatus.MULTILATERAL && isAlly(caller);
  }

  // ---------------------------------------------------------------- participation

  @Transactional(readOnly = true)
  public Listing<Participation> participations(@Nullable String partner, Paging paging) {
    guard.caller();
    var p = partner == null || partner.isBlank() ? null : upper(partner);
    var found = store.participations(p, paging);
    return found.map(items -> items.stream().filter(x -> sees(x.partner())).toList());
  }

  @Transactional(readOnly = true)
  public Participation participation(UUID id) {
    guard.caller();
    return store.participation(id).filter(p -> sees(p.partner())).orElseThrow(() -> new NotFound("participation", id.toString()));
  }

  // ---------------------------------------------------------------- cycles

  @Transactional(readOnly = true)
  public Listing<Cycle> cycles(@Nullable String partner, @Nullable String status, Paging paging) {
    var caller = guard.caller();
    var p = partner == null || partner.isBlank() ? null : upper(partner);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(CycleStatus.class, status, "status").name();
    if (!caller.has(Permission.READ_PLANNING_GLOBALLY) && !isAlly(caller)) {
      // a partner reads its own: the query asks for nothing else (row-level security says the same)
      var own = caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION);
      if (p == null && own.size() == 1) p = own.iterator().next();
      if (p == null || !own.contains(p)) return paging.listing(List.of(), 0);
    }
    return store.cycles(p, s, paging);
  }

  /** Every cycle of a partner the caller may read, newest first. */
  @Transactional(readOnly = true)
  public List<Cycle> cyclesOf(String partner) {
    guard.caller();
    var p = upper(partner);
    if (!sees(p)) return List.of();
    return store.cyclesOf(p);
  }

  @Transactional(readOnly = true)
  public Cycle cycle(UUID id) {
    guard.caller();
    return store.cycle(id).filter(c -> sees(c.partner())).orElseThrow(() -> new NotFound("cycle", id.toString()));
  }

  @Transactional(readOnly = true)
  public List<CycleMove> history(UUID id) {
    cycle(id);
    return store.moves(id);
  }

  /** The cycle locked for a change, if the caller reads it (404 like an absent one otherwise). */
  Cycle lock(UUID id) {
    guard.caller();
    return store.lock(id).filter(c -> sees(c.partner())).orElseThrow(() -> new NotFound("cycle", id.toString()));
  }
}
