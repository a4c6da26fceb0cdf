package org.entente.capabilities;

import static org.entente.capabilities.TypedText.label;
import static org.entente.capabilities.TypedText.note;
import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.capabilities.EvaluationStatus.Kind;
import org.entente.directory.Directory;
import org.entente.languages.BilingualText;
import org.entente.notifications.Notice;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's evaluations: self-evaluations (SEL) by its partner, NATO evaluations (NEL) by staff — opened, rated, submitted, certified. */
@Service
public class Evaluations {

  private static final int MAX_TEAM = 12;

  private final Capabilities capabilities;
  private final CapabilitiesStore store;
  private final Guard guard;
  private final Directory directory;
  private final OccNotices notices;
  private final AuditTrail audit;

  Evaluations(Capabilities capabilities, CapabilitiesStore store, Guard guard, Directory directory, OccNotices notices, AuditTrail audit) {
    this.capabilities = capabilities;
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.notices = notices;
    this.audit = audit;
  }

  public record NewEvaluation(@Nullable String kind, @Nullable LocalDate plannedOn, @Nullable List<Evaluation.@Nullable TeamMember> team) {}

  public record RatingInput(@Nullable String area, @Nullable String rating, @Nullable BilingualText finding) {}

  // ---------------------------------------------------------------- evaluations

  @Transactional(readOnly = true)
  public List<Evaluation> evaluations(UUID unit) {
    capabilities.unit(unit);
    return store.evaluations(unit);
  }

  @Transactional(readOnly = true)
  public Evaluation evaluation(UUID id) {
    guard.caller();
    var found = store.evaluation(id).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    store.unit(found.unit()).filter(u -> capabilities.sees(u.partner())).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    return found;
  }

  /** The kinds of evaluation the caller may open for this unit now (a SEL for its partner, a NEL for staff). */
  @Transactional(readOnly = true)
  public Set<Kind> mayOpen(Unit unit) {
    var kinds = EnumSet.noneOf(Kind.class);
    var level = unit.status().levelUnderEvaluation();
    if (level == 0) return kinds;
    var evaluations = store.evaluations(unit.id());
    if (evaluations.stream().anyMatch(Evaluations::underWay)) return kinds;
    var actors = capabilities.actors(unit.partner());
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
    var unit = capabilities.lockUnit(unitId);
    var violations = new ArrayList<Violation>();
    var kind = InvalidInput.code(Kind.class, input.kind(), "kind", violations);
    var today = capabilities.today();
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
      else Texts.check(field + ".name", name, 200, violations);
      if (org.isEmpty() || directory.organisation(org, today).isEmpty()) {
        violations.add(new Violation(field + ".organisation", "capabilities.organisation.unknown", List.of(org)));
      }
      if (!name.isEmpty() && !org.isEmpty()) team.add(new Evaluation.TeamMember(name, org));
    }
    if (kind == Kind.SEL && !lines.isEmpty()) violations.add(new Violation("team", "capabilities.team.self", List.of()));
    if (kind == Kind.NEL && lines.isEmpty()) violations.add(new Violation("team", "capabilities.team.required", List.of()));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var actors = capabilities.actors(unit.partner());
    var by = kind == Kind.SEL ? Actor.PARTNER : Actor.STAFF;
    if (!actors.contains(by)) throw new Conflict(kind == Kind.SEL ? "capabilities.evaluation.partner-only" : "capabilities.evaluation.staff-only");
    var level = unit.status().levelUnderEvaluation();
    if (level == 0) throw new Conflict("capabilities.evaluation.unit-status", unit.status().name());
    var evaluations = store.evaluations(unitId);
    var under = evaluations.stream().filter(Evaluations::underWay).findFirst();
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
      notices.send(Set.of(unit.partner() + ":NATIONAL_COORDINATOR"), "capabilities.notice.nel-planned",
          List.of(Notice.inBothLanguages(unit.name()), code, input.plannedOn().toString()), "/capabilities/evaluations/" + id);
    }
    return evaluation(id);
  }

  /** Who rates this evaluation: the partner its self-evaluations, staff's team the NATO ones. */
  public boolean mayRate(Unit unit, Evaluation evaluation) {
    return evaluation.status() == EvaluationStatus.OPEN
        && capabilities.actors(unit.partner()).contains(evaluation.kind() == Kind.SEL ? Actor.PARTNER : Actor.STAFF);
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
      var finding = bilingual(field + ".finding", r.finding(), 4_000, false, violations);
      if (scale == AreaRating.Scale.PARTIALLY_INTEROPERABLE || scale == AreaRating.Scale.NOT_INTEROPERABLE) {
        if (finding.en() == null && finding.fr() == null) violations.add(new Violation(field + ".finding", "capabilities.finding.required", List.of()));
      }
      if (area != null && parsed.containsKey(area)) violations.add(new Violation(field + ".area", "capabilities.area.twice", List.of(area.name())));
      if (area != null && scale != null) parsed.put(area, Map.entry(scale, finding));
    }
    var sum = summary == null ? null : bilingual("summary", summary, 4_000, false, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    parsed.forEach((area, r) -> store.rate(id, area, r.getKey(), r.getValue(), caller.username()));
    if (sum != null) store.setSummary(id, sum);
    audit.record(Change.of("CAPABILITIES_EVALUATION_RATED", "evaluation", id.toString(), Map.of("evaluation", current.code(), "areas", parsed.size())));
    return evaluation(id);
  }

  /** Where the caller may take this evaluation now. */
  @Transactional(readOnly = true)
  public Set<EvaluationStatus> next(Unit unit, Evaluation evaluation) {
    var next = evaluation.status().next(evaluation.kind(), capabilities.actors(unit.partner()));
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
    var unit = capabilities.lockUnit(current.unit());
    var target = InvalidInput.code(EvaluationStatus.class, to, "to");
    var from = current.status();
    if (capabilities.actors(unit.partner()).stream().noneMatch(a -> from.allows(target, current.kind(), a))) {
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
    var today = capabilities.today();
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
      notices.send(Set.of("IS:STAFF"), "capabilities.notice.sel-submitted", List.of(Notice.inBothLanguages(unit.name()), current.code(), unit.partner()), link);
    } else if (target == EvaluationStatus.SUBMITTED || target == EvaluationStatus.CERTIFIED || target == EvaluationStatus.NOT_CERTIFIED
        || (target == EvaluationStatus.OPEN && current.kind() == Kind.SEL)) {
      notices.send(Set.of(unit.partner() + ":NATIONAL_COORDINATOR"), "capabilities.notice.evaluation." + target.name(),
          List.of(Notice.inBothLanguages(unit.name()), current.code(), note == null ? "" : note), link);
    }
    return evaluation(id);
  }

  // ---------------------------------------------------------------- helpers

  /** The evaluation, locked for a change, when the caller may read its unit (404 otherwise). */
  Evaluation lockEvaluation(UUID id) {
    guard.caller();
    var found = store.lockEvaluation(id).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    store.unit(found.unit()).filter(u -> capabilities.sees(u.partner())).orElseThrow(() -> new NotFound("evaluation", id.toString()));
    return found;
  }

  private boolean nelOfLevel(Evaluation sel) {
    return store.evaluations(sel.unit()).stream()
        .anyMatch(e -> e.kind() == Kind.NEL && e.level() == sel.level() && e.status() != EvaluationStatus.CANCELLED);
  }

  private static boolean underWay(Evaluation e) {
    return e.status() == EvaluationStatus.OPEN || (e.status() == EvaluationStatus.SUBMITTED && e.kind() == Kind.NEL);
  }
}
