package org.entente.capabilities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.capabilities.EvaluationStatus.Kind;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OCC Evaluation and Feedback as partners and staff run it. The scope rule, said here and again by row-level
 * security: a partner's declared units, their evaluations, ratings and remedial plans are read by that partner's
 * coordinators, Alliance staff, the Council's secretariat and the Allies' coordinators — never by another partner.
 * The partner declares its units, rates and submits its self-evaluations and follows its remedial actions; staff
 * accept units into the programme, form the NATO evaluation teams, rate and submit the NATO evaluations and certify
 * their result (a certified NEL1 makes the unit interoperable, a certified NEL2 combat ready).
 */
@Service
public class Capabilities {

  /** A fixed "today" for replaying past years (the demo's history); unbound, the {@link Clock} bean decides. */
  static final ScopedValue<Clock> REPLAY = ScopedValue.newInstance();

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final Pattern ACTIVITY = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
  private static final int MAX_TEAM = 12;
  private static final int MAX_ACTIONS = 40;

  private final CapabilitiesStore store;
  private final Guard guard;
  private final Directory directory;
  private final Catalogue catalogue;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  Capabilities(CapabilitiesStore store, Guard guard, Directory directory, Catalogue catalogue, Notifications notifications, AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.catalogue = catalogue;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  public record NewUnit(@Nullable String partner, @Nullable BilingualText name, @Nullable String service, @Nullable String type,
      @Nullable String size, @Nullable Integer personnel, @Nullable String pool, @Nullable String contactName, @Nullable String contactEmail) {}

  public record NewEvaluation(@Nullable String kind, @Nullable LocalDate plannedOn, @Nullable List<Evaluation.@Nullable TeamMember> team) {}

  public record RatingInput(@Nullable String area, @Nullable String rating, @Nullable BilingualText finding) {}

  public record NewAction(@Nullable String area, @Nullable BilingualText title, @Nullable String owner, @Nullable LocalDate dueOn,
      @Nullable String activity) {}

  /** Today, as the clock (or a replay of a past day) says. */
  public LocalDate today() {
    return LocalDate.now(REPLAY.isBound() ? REPLAY.get() : clock);
  }

  // ---------------------------------------------------------------- who the caller is

  /** Whether the caller reads this partner's units at all. */
  public boolean sees(String partner) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    return caller.has(Permission.READ_CAPABILITIES_GLOBALLY) || caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).contains(partner)
        || isAlly(caller);
  }

  /** Whether the caller speaks for an Ally (whose coordinators read every partner's units). */
  public boolean isAlly(Caller caller) {
    var today = today();
    return caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).stream()
        .anyMatch(o -> directory.organisation(o, today).map(org -> org.kind() == OrganisationKind.ALLY).orElse(false));
  }

  /** Who the caller is to this partner's units: its coordinators, staff, both or neither. */
  public Set<Actor> actors(String partner) {
    var actors = EnumSet.noneOf(Actor.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return actors;
    if (caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).contains(partner)) actors.add(Actor.PARTNER);
    if (caller.has(Permission.MANAGE_CAPABILITIES_GLOBALLY)) actors.add(Actor.STAFF);
    return actors;
  }

  /** The partners the caller may declare units for (its own organisations that are partners today). */
  public List<String> declaresFor() {
    var caller = Callers.current().orElse(null);
    if (caller == null) return List.of();
    var today = today();
    return caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).stream()
        .filter(o -> directory.organisation(o, today).map(org -> org.kind() == OrganisationKind.PARTNER).orElse(false)).sorted().toList();
  }

  // ---------------------------------------------------------------- units

  @Transactional(readOnly = true)
  public Listing<Unit> units(@Nullable String partner, @Nullable String status, Paging paging) {
    var caller = guard.caller();
    var p = partner == null || partner.isBlank() ? null : upper(partner);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(UnitStatus.class, status, "status").name();
    if (!caller.has(Permission.READ_CAPABILITIES_GLOBALLY) && !isAlly(caller)) {
      // a partner reads its own: the query asks for nothing else (row-level security says the same)
      var own = caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION);
      if (p == null && own.size() == 1) p = own.iterator().next();
      if (p == null || !own.contains(p)) return paging.listing(List.of(), 0);
    }
    return store.units(p, s, paging);
  }

  @Transactional(readOnly = true)
  public Unit unit(UUID id) {
    guard.caller();
    return store.unit(id).filter(u -> sees(u.partner())).orElseThrow(() -> new NotFound("unit", id.toString()));
  }

  /** A partner's coordinators declare a unit to the pool of forces; staff then accept it into the programme. */
  @Transactional
  public Unit declare(NewUnit input) {
    var caller = guard.require(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION);
    var violations = new ArrayList<Violation>();
    var partner = upper(input.partner());
    if (partner.isEmpty()) {
      var mine = declaresFor();
      if (mine.size() == 1) partner = mine.getFirst();
    }
    if (partner.isEmpty()) {
      violations.add(new Violation("partner", "problem.required", List.of()));
    } else if (directory.organisation(partner, today()).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
      violations.add(new Violation("partner", "capabilities.partner.unknown", List.of(partner)));
    } else if (!caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).contains(partner)) {
      violations.add(new Violation("partner", "capabilities.partner.not-yours", List.of(partner)));
    }
    var name = text(input.name(), "name", 300, true, violations);
    var service = InvalidInput.code(Unit.Service.class, input.service(), "service", violations);
    var type = InvalidInput.code(Unit.Type.class, input.type(), "type", violations);
    var size = InvalidInput.code(Unit.Size.class, input.size(), "size", violations);
    var pool = InvalidInput.code(Unit.Pool.class, input.pool(), "pool", violations);
    if (input.personnel() != null && (input.personnel() < 1 || input.personnel() > 100_000)) {
      violations.add(new Violation("personnel", "capabilities.personnel", List.of(1, 100_000)));
    }
    var contactName = input.contactName() == null ? "" : input.contactName().strip();
    if (contactName.isEmpty()) violations.add(new Violation("contactName", "problem.required", List.of()));
    else if (contactName.length() > 200) violations.add(new Violation("contactName", "capabilities.too-long", List.of(200)));
    var contactEmail = input.contactEmail() == null ? "" : input.contactEmail().strip();
    if (contactEmail.isEmpty()) violations.add(new Violation("contactEmail", "problem.required", List.of()));
    else if (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
      violations.add(new Violation("contactEmail", "capabilities.email", List.of()));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = UUID.randomUUID();
    var today = today();
    store.insertUnit(id, partner, name, service, type, size, input.personnel(), pool, contactName, contactEmail, caller.username(), today);
    store.recordMove(id, "UNIT", id, label(name), null, UnitStatus.DECLARED.name(), caller.username(), today, null);
    audit.record(Change.of("CAPABILITIES_UNIT_DECLARED", "unit", id.toString(),
        Map.of("partner", partner, "service", service.name(), "type", type.name(), "pool", pool.name())));
    notify(Set.of("IS:STAFF"), "capabilities.notice.declared", List.of(Notice.inBothLanguages(name), partner), "/capabilities/units/" + id);
    return unit(id);
  }

  /** Where the caller may take the unit now. */
  public Set<UnitStatus> next(Unit unit) {
    return unit.status().next(actors(unit.partner()));
  }

  /** Staff accept or refuse a declared unit; its partner withdraws it. An illegal move answers 409. */
  @Transactional
  public Unit moveUnit(UUID id, @Nullable String to, @Nullable String reason) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    var current = lockUnit(id);
    var target = InvalidInput.code(UnitStatus.class, to, "to");
    if (actors(current.partner()).stream().noneMatch(a -> current.status().allows(target, a))) {
      throw new Conflict("capabilities.transition.illegal", current.status().name(), target.name());
    }
    var note = note(reason);
    if (note == null && UnitStatus.needsReason(target)) throw InvalidInput.of("reason", "capabilities.reason.required");
    if (target == UnitStatus.WITHDRAWN) {
      for (var e : store.evaluations(id)) {
        if (e.status() == EvaluationStatus.OPEN || (e.status() == EvaluationStatus.SUBMITTED && e.kind() == Kind.NEL)) {
          throw new Conflict("capabilities.unit.evaluation-under-way", e.code());
        }
      }
    }
    var today = today();
    store.moveUnit(id, target, note, today);
    store.recordMove(id, "UNIT", id, label(current.name()), current.status().name(), target.name(), caller.username(), today, note);
    audit.record(Change.of("CAPABILITIES_UNIT_" + target.name(), "unit", id.toString(),
        Map.of("from", current.status().name(), "to", target.name(), "partner", current.partner())));
    if (target != UnitStatus.WITHDRAWN) {
      notify(Set.of(current.partner() + ":NATIONAL_COORDINATOR"), "capabilities.notice.unit." + target.name(),
          List.of(Notice.inBothLanguages(current.name()), note == null ? "" : note), "/capabilities/units/" + id);
    }
    return unit(id);
  }

  // ---------------------------------------------------------------- evaluations

  @Transactional(readOnly = true)
  public List<Evaluation> evaluations(UUID unit) {
    unit(unit);
    return store.evaluations(unit);
  }

  @Transactional(readOnly = true)
  public Evaluation evaluation(UUID id) {
    guard.caller();
    var found = store.evaluation(id).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    store.unit(found.unit()).filter(u -> sees(u.partner())).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    return found;
  }

  /** The kinds of evaluation the caller may open for this unit now (a SEL for its partner, a NEL for staff). */
  @Transactional(readOnly = true)
  public Set<Kind> mayOpen(Unit unit) {
    var kinds = EnumSet.noneOf(Kind.class);
    var level = unit.status().levelUnderEvaluation();
    if (level == 0) return kinds;
    var evaluations = store.evaluations(unit.id());
    if (evaluations.stream().anyMatch(Capabilities::underWay)) return kinds;
    var actors = actors(unit.partner());
    var selDone = evaluations.stream().anyMatch(e -> e.level() == level && e.kind() == Kind.SEL && e.status() == EvaluationStatus.SUBMITTED);
    if (actors.contains(Actor.PARTNER) && !selDone) kinds.add(Kind.SEL);
    if (actors.contains(Actor.STAFF) && selDone) kinds.add(Kind.NEL);
    return kinds;
  }

  /**
   * Opens the next evaluation of an accepted unit at its level (1 until certified at level 1, then 2): a
   * self-evaluation by the partner, then — once it is submitted — a NATO evaluation by staff with its team. One
   * evaluation is under way at a time; the order is kept (409 otherwise).
   */
  @Transactional
  public Evaluation open(UUID unitId, NewEvaluation input) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    var unit = lockUnit(unitId);
    var violations = new ArrayList<Violation>();
    var kind = InvalidInput.code(Kind.class, input.kind(), "kind", violations);
    var today = today();
    if (input.plannedOn() == null) violations.add(new Violation("plannedOn", "problem.required", List.of()));
    else if (input.plannedOn().isBefore(today.minusYears(1)) || input.plannedOn().isAfter(today.plusYears(5))) {
      violations.add(new Violation("plannedOn", "capabilities.date.window", List.of()));
    }
    var team = new ArrayList<Evaluation.TeamMember>();
    var lines = input.team() == null ? List.<Evaluation.@Nullable TeamMember>of() : input.team();
    if (lines.size() > MAX_TEAM) violations.add(new Violation("team", "capabilities.team.too-many", List.of(MAX_TEAM)));
    for (int i = 0; i < lines.size() && i < MAX_TEAM; i++) {
      var m = lines.get(i);
      var field = "team[" + i + "]";
      var name = m == null || m.name() == null ? "" : m.name().strip();
      var org = m == null || m.organisation() == null ? "" : upper(m.organisation());
      if (name.isEmpty()) violations.add(new Violation(field + ".name", "problem.required", List.of()));
      else if (name.length() > 200) violations.add(new Violation(field + ".name", "capabilities.too-long", List.of(200)));
      if (org.isEmpty() || directory.organisation(org, today).isEmpty()) {
        violations.add(new Violation(field + ".organisation", "capabilities.organisation.unknown", List.of(org)));
      }
      if (!name.isEmpty() && !org.isEmpty()) team.add(new Evaluation.TeamMember(name, org));
    }
    if (kind == Kind.SEL && !lines.isEmpty()) violations.add(new Violation("team", "capabilities.team.self", List.of()));
    if (kind == Kind.NEL && lines.isEmpty()) violations.add(new Violation("team", "capabilities.team.required", List.of()));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var actors = actors(unit.partner());
    var by = kind == Kind.SEL ? Actor.PARTNER : Actor.STAFF;
    if (!actors.contains(by)) throw new Conflict(kind == Kind.SEL ? "capabilities.evaluation.partner-only" : "capabilities.evaluation.staff-only");
    var level = unit.status().levelUnderEvaluation();
    if (level == 0) throw new Conflict("capabilities.evaluation.unit-status", unit.status().name());
    var evaluations = store.evaluations(unitId);
    var under = evaluations.stream().filter(Capabilities::underWay).findFirst();
    if (under.isPresent()) throw new Conflict("capabilities.evaluation.under-way", under.get().code());
    var selDone = evaluations.stream().anyMatch(e -> e.level() == level && e.kind() == Kind.SEL && e.status() == EvaluationStatus.SUBMITTED);
    if (kind == Kind.SEL && selDone) throw new Conflict("capabilities.evaluation.sel-done", "SEL" + level);
    if (kind == Kind.NEL && !selDone) throw new Conflict("capabilities.evaluation.sel-first", "SEL" + level, "NEL" + level);
    var id = UUID.randomUUID();
    store.insertEvaluation(id, unitId, level, kind, input.plannedOn(), team, caller.username(), today);
    var code = kind.name() + level;
    store.recordMove(unitId, "EVALUATION", id, label(code), null, EvaluationStatus.OPEN.name(), caller.username(), today, null);
    audit.record(Change.of("CAPABILITIES_EVALUATION_OPENED", "evaluation", id.toString(),
        Map.of("unit", unitId.toString(), "evaluation", code, "plannedOn", input.plannedOn().toString(), "team", team.size())));
    if (kind == Kind.NEL) {
      notify(Set.of(unit.partner() + ":NATIONAL_COORDINATOR"), "capabilities.notice.nel-planned",
          List.of(Notice.inBothLanguages(unit.name()), code, input.plannedOn().toString()), "/capabilities/evaluations/" + id);
    }
    return evaluation(id);
  }

  /** Who rates this evaluation: the partner its self-evaluations, staff's team the NATO ones. */
  public boolean mayRate(Unit unit, Evaluation evaluation) {
    return evaluation.status() == EvaluationStatus.OPEN
        && actors(unit.partner()).contains(evaluation.kind() == Kind.SEL ? Actor.PARTNER : Actor.STAFF);
  }

  /**
   * Rates areas of an open evaluation (each replaced area by area) and, when given, its summary. A partial or
   * negative rating needs its finding; every wrong line is named in one 400 and nothing is saved.
   */
  @Transactional
  public Evaluation rate(UUID id, @Nullable List<@Nullable RatingInput> input, @Nullable BilingualText summary) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    var current = lockEvaluation(id);
    var unit = store.unit(current.unit()).orElseThrow();
    if (current.status() != EvaluationStatus.OPEN) throw new Conflict("capabilities.evaluation.closed", current.code(), current.status().name());
    if (!mayRate(unit, current)) {
      throw new Conflict(current.kind() == Kind.SEL ? "capabilities.evaluation.partner-only" : "capabilities.evaluation.staff-only");
    }
    var lines = input == null ? List.<@Nullable RatingInput>of() : input;
    var violations = new ArrayList<Violation>();
    if (lines.size() > Area.values().length) violations.add(new Violation("ratings", "capabilities.ratings.too-many", List.of(Area.values().length)));
    var parsed = new java.util.LinkedHashMap<Area, Map.Entry<AreaRating.Scale, BilingualText>>();
    for (int i = 0; i < lines.size() && i < Area.values().length; i++) {
      var r = lines.get(i);
      var field = "ratings[" + i + "]";
      if (r == null) {
        violations.add(new Violation(field, "problem.required", List.of()));
        continue;
      }
      var area = InvalidInput.code(Area.class, r.area(), field + ".area", violations);
      var scale = InvalidInput.code(AreaRating.Scale.class, r.rating(), field + ".rating", violations);
      var finding = text(r.finding(), field + ".finding", 4_000, false, violations);
      if (scale == AreaRating.Scale.PARTIALLY_INTEROPERABLE || scale == AreaRating.Scale.NOT_INTEROPERABLE) {
        if (finding.en() == null && finding.fr() == null) violations.add(new Violation(field + ".finding", "capabilities.finding.required", List.of()));
      }
      if (area != null && parsed.containsKey(area)) violations.add(new Violation(field + ".area", "capabilities.area.twice", List.of(area.name())));
      if (area != null && scale != null) parsed.put(area, Map.entry(scale, finding));
    }
    var sum = summary == null ? null : text(summary, "summary", 4_000, false, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    parsed.forEach((area, r) -> store.rate(id, area, r.getKey(), r.getValue(), caller.username()));
    if (sum != null) store.setSummary(id, sum);
    audit.record(Change.of("CAPABILITIES_EVALUATION_RATED", "evaluation", id.toString(), Map.of("evaluation", current.code(), "areas", parsed.size())));
    return evaluation(id);
  }

  /** Where the caller may take this evaluation now. */
  @Transactional(readOnly = true)
  public Set<EvaluationStatus> next(Unit unit, Evaluation evaluation) {
    var next = evaluation.status().next(evaluation.kind(), actors(unit.partner()));
    if (evaluation.kind() == Kind.SEL && evaluation.status() == EvaluationStatus.SUBMITTED && nelOfLevel(evaluation)) next.remove(EvaluationStatus.OPEN);
    return next;
  }

  /**
   * Moves an evaluation: submitted (every area rated), returned, cancelled, certified or not. A certified NEL moves
   * its unit on (interoperable at level 1, combat ready at level 2); it cannot be certified with an area rated not
   * interoperable. An illegal move answers 409.
   */
  @Transactional
  public Evaluation moveEvaluation(UUID id, @Nullable String to, @Nullable String reason) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    var current = lockEvaluation(id);
    var unit = lockUnit(current.unit());
    var target = InvalidInput.code(EvaluationStatus.class, to, "to");
    var from = current.status();
    if (actors(unit.partner()).stream().noneMatch(a -> from.allows(target, current.kind(), a))) {
      throw new Conflict("capabilities.transition.illegal", from.name(), target.name());
    }
    var note = note(reason);
    if (note == null && EvaluationStatus.needsReason(from, target)) throw InvalidInput.of("reason", "capabilities.reason.required");
    switch (target) {
      case SUBMITTED -> {
        var missing = new ArrayList<Violation>();
        for (var area : Area.values()) {
          if (current.rating(area) == null) missing.add(new Violation("ratings." + area.name(), "capabilities.area.unrated", List.of()));
        }
        if (!missing.isEmpty()) throw new InvalidInput(missing);
      }
      case OPEN -> {
        if (current.kind() == Kind.SEL && nelOfLevel(current)) throw new Conflict("capabilities.evaluation.nel-exists", current.code());
        if (store.evaluations(unit.id()).stream().anyMatch(e -> !e.id().equals(id) && underWay(e))) {
          throw new Conflict("capabilities.evaluation.under-way", current.code());
        }
      }
      case CERTIFIED -> {
        var failing = current.ratings().stream().filter(r -> r.rating() == AreaRating.Scale.NOT_INTEROPERABLE).map(r -> r.area().name()).toList();
        if (!failing.isEmpty()) throw new Conflict("capabilities.certify.not-interoperable", String.join(", ", failing));
        var unitTarget = current.level() == 1 ? UnitStatus.L1_CERTIFIED : UnitStatus.L2_CERTIFIED;
        if (!unit.status().allows(unitTarget, Actor.CERTIFICATION)) throw new Conflict("capabilities.transition.illegal", unit.status().name(), unitTarget.name());
      }
      default -> {}
    }
    var today = today();
    store.moveEvaluation(id, target, note, caller.username(), today);
    store.recordMove(unit.id(), "EVALUATION", id, label(current.code()), from.name(), target.name(), caller.username(), today, note);
    audit.record(Change.of("CAPABILITIES_EVALUATION_" + target.name(), "evaluation", id.toString(),
        Map.of("unit", unit.id().toString(), "evaluation", current.code(), "from", from.name(), "to", target.name())));
    if (target == EvaluationStatus.CERTIFIED) {
      var unitTarget = current.level() == 1 ? UnitStatus.L1_CERTIFIED : UnitStatus.L2_CERTIFIED;
      store.moveUnit(unit.id(), unitTarget, null, today);
      store.recordMove(unit.id(), "UNIT", unit.id(), label(unit.name()), unit.status().name(), unitTarget.name(), caller.username(), today, current.code());
      audit.record(Change.of("CAPABILITIES_UNIT_" + unitTarget.name(), "unit", unit.id().toString(), Map.of("evaluation", id.toString())));
    }
    var link = "/capabilities/evaluations/" + id;
    if (target == EvaluationStatus.SUBMITTED && current.kind() == Kind.SEL) {
      notify(Set.of("IS:STAFF"), "capabilities.notice.sel-submitted", List.of(Notice.inBothLanguages(unit.name()), current.code(), unit.partner()), link);
    } else if (target == EvaluationStatus.SUBMITTED || target == EvaluationStatus.CERTIFIED || target == EvaluationStatus.NOT_CERTIFIED
        || (target == EvaluationStatus.OPEN && current.kind() == Kind.SEL)) {
      notify(Set.of(unit.partner() + ":NATIONAL_COORDINATOR"), "capabilities.notice.evaluation." + target.name(),
          List.of(Notice.inBothLanguages(unit.name()), current.code(), note == null ? "" : note), link);
    }
    return evaluation(id);
  }

  // ---------------------------------------------------------------- remedial action plans

  @Transactional(readOnly = true)
  public List<RemedialAction> actions(UUID unit) {
    unit(unit);
    return store.actions(unit);
  }

  /** Remedial actions across the partners the caller may read, due first: a partner's own, everyone's for staff and Allies. */
  @Transactional(readOnly = true)
  public Listing<RemedialAction> actions(@Nullable String partner, @Nullable String status, Paging paging) {
    var caller = guard.caller();
    var p = partner == null || partner.isBlank() ? null : upper(partner);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(ActionStatus.class, status, "status").name();
    if (!caller.has(Permission.READ_CAPABILITIES_GLOBALLY) && !isAlly(caller)) {
      var own = caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION);
      if (p == null && own.size() == 1) p = own.iterator().next();
      if (p == null || !own.contains(p)) return paging.listing(List.of(), 0);
    }
    return store.actions(p, s, paging);
  }

  /** Whether the caller may add to the remedial plan of this evaluation (its partner or staff, once the evaluation is done). */
  public boolean mayPlan(Unit unit, Evaluation evaluation) {
    return evaluation.status().done() && unit.status() != UnitStatus.WITHDRAWN && !actors(unit.partner()).isEmpty();
  }

  /** Adds an action to the remedial plan of a finished evaluation; a cited menu activity must be published. */
  @Transactional
  public RemedialAction addAction(UUID evaluationId, NewAction input) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    var evaluation = lockEvaluation(evaluationId);
    var unit = store.unit(evaluation.unit()).orElseThrow();
    if (actors(unit.partner()).isEmpty()) throw new Conflict("capabilities.plan.not-yours");
    if (!mayPlan(unit, evaluation)) throw new Conflict("capabilities.plan.not-now", evaluation.code(), evaluation.status().name());
    var violations = new ArrayList<Violation>();
    Area area = null;
    if (input.area() != null && !input.area().isBlank()) area = InvalidInput.code(Area.class, input.area(), "area", violations);
    var title = text(input.title(), "title", 300, true, violations);
    var owner = input.owner() == null ? "" : input.owner().strip();
    if (owner.isEmpty()) violations.add(new Violation("owner", "problem.required", List.of()));
    else if (owner.length() > 200) violations.add(new Violation("owner", "capabilities.too-long", List.of(200)));
    var today = today();
    if (input.dueOn() == null) violations.add(new Violation("dueOn", "problem.required", List.of()));
    else if (input.dueOn().isBefore(today) || input.dueOn().isAfter(today.plusYears(10))) {
      violations.add(new Violation("dueOn", "capabilities.due.window", List.of()));
    }
    var code = input.activity() == null || input.activity().isBlank() ? null : input.activity().strip().toUpperCase(Locale.ROOT);
    if (code != null) {
      if (!ACTIVITY.matcher(code).matches()) {
        violations.add(new Violation("activity", "capabilities.activity.unknown", List.of(code)));
      } else {
        try {
          if (catalogue.activity(code).status() != ActivityStatus.PUBLISHED) violations.add(new Violation("activity", "capabilities.activity.unpublished", List.of(code)));
        } catch (NotFound | InvalidInput missing) {
          violations.add(new Violation("activity", "capabilities.activity.unknown", List.of(code)));
        }
      }
    }
    if (store.actionCount(evaluationId) >= MAX_ACTIONS) violations.add(new Violation("title", "capabilities.actions.too-many", List.of(MAX_ACTIONS)));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = UUID.randomUUID();
    store.insertAction(id, evaluationId, area, title, owner, input.dueOn(), code, caller.username(), today);
    store.recordMove(unit.id(), "ACTION", id, label(title), null, ActionStatus.OPEN.name(), caller.username(), today, evaluation.code());
    audit.record(Change.of("CAPABILITIES_ACTION_ADDED", "remedial-action", id.toString(),
        Map.of("evaluation", evaluationId.toString(), "dueOn", input.dueOn().toString(), "activity", code == null ? "" : code)));
    return store.action(id).orElseThrow();
  }

  public Set<ActionStatus> next(Unit unit, RemedialAction action) {
    return action.status().next(actors(unit.partner()));
  }

  /** Follows an action: in progress, done (its partner or staff), cancelled (staff, saying why). */
  @Transactional
  public RemedialAction moveAction(UUID id, @Nullable String to, @Nullable String note) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    guard.caller();
    var current = store.lockAction(id).orElseThrow(() -> new NotFound("remedial-action", id.toString()));
    var evaluation = store.evaluation(current.evaluation()).orElseThrow(() -> new NotFound("remedial-action", id.toString()));
    var unit = store.unit(evaluation.unit()).filter(u -> sees(u.partner())).orElseThrow(() -> new NotFound("remedial-action", id.toString()));
    var target = InvalidInput.code(ActionStatus.class, to, "to");
    if (actors(unit.partner()).stream().noneMatch(a -> current.status().allows(target, a))) {
      throw new Conflict("capabilities.transition.illegal", current.status().name(), target.name());
    }
    var text = note(note);
    if (text == null && target == ActionStatus.CANCELLED) throw InvalidInput.of("note", "capabilities.reason.required");
    var today = today();
    store.moveAction(id, target, text, today);
    store.recordMove(unit.id(), "ACTION", id, label(current.title()), current.status().name(), target.name(), caller.username(), today, text);
    audit.record(Change.of("CAPABILITIES_ACTION_" + target.name(), "remedial-action", id.toString(),
        Map.of("from", current.status().name(), "to", target.name())));
    return store.action(id).orElseThrow();
  }

  // ---------------------------------------------------------------- timeline

  /** The unit's history: its moves, its evaluations' and its actions', oldest first. */
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(UUID unit) {
    unit(unit);
    return store.timeline(unit);
  }

  // ---------------------------------------------------------------- helpers

  private Unit lockUnit(UUID id) {
    guard.caller();
    return store.lockUnit(id).filter(u -> sees(u.partner())).orElseThrow(() -> new NotFound("unit", id.toString()));
  }

  private Evaluation lockEvaluation(UUID id) {
    guard.caller();
    var found = store.lockEvaluation(id).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    store.unit(found.unit()).filter(u -> sees(u.partner())).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    return found;
  }

  private boolean nelOfLevel(Evaluation sel) {
    return store.evaluations(sel.unit()).stream()
        .anyMatch(e -> e.kind() == Kind.NEL && e.level() == sel.level() && e.status() != EvaluationStatus.CANCELLED);
  }

  private static boolean underWay(Evaluation e) {
    return e.status() == EvaluationStatus.OPEN || (e.status() == EvaluationStatus.SUBMITTED && e.kind() == Kind.NEL);
  }

  private void notify(Set<String> audience, String key, List<String> args, String link) {
    notifications.write(new Notice(audience, null, "en", key + ".subject", key + ".body", args, link, null));
  }

  private static BilingualText label(BilingualText text) {
    return text;
  }

  private static BilingualText label(String code) {
    return BilingualText.of(code, code);
  }

  private static @Nullable String note(@Nullable String value) {
    if (value == null || value.isBlank()) return null;
    var v = value.strip();
    if (v.length() > 4_000) throw InvalidInput.of("reason", "capabilities.too-long", 4_000);
    return v;
  }

  private static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  private static BilingualText text(@Nullable BilingualText text, String field, int max, boolean required, List<Violation> violations) {
    var t = text == null ? new BilingualText(null, null) : new BilingualText(blank(text.en()), blank(text.fr()));
    if (required && t.en() == null && t.fr() == null) violations.add(new Violation(field, "problem.required", List.of()));
    if ((t.en() != null && t.en().length() > max) || (t.fr() != null && t.fr().length() > max)) {
      violations.add(new Violation(field, "capabilities.too-long", List.of(max)));
    }
    return t;
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
