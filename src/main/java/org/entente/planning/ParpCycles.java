package org.entente.planning;

import static org.entente.web.Texts.upper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.council.Subject;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.planning.CycleStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's PARP cycle opened and moved through its stages, the Council's decision on its goals package included. */
@Service
public class ParpCycles {

  private final PlanningStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final AuditTrail audit;
  private final Planning planning;
  private final PlanningRhythm rhythm;

  ParpCycles(PlanningStore store, Guard guard, Directory directory, CouncilRegister council, AuditTrail audit, Planning planning,
      PlanningRhythm rhythm) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.audit = audit;
    this.planning = planning;
    this.rhythm = rhythm;
  }

  public record NewCycle(@Nullable String partner, @Nullable Integer year) {}

  /**
   * Opens a partner's cycle for an even year (in that year or the odd one before it, when the survey is
   * issued): only for a partner the Council admitted to PARP, and only once the last cycle's assessment is
   * agreed. The goals of the last cycle that were not achieved are carried over.
   */
  @Transactional
  public Cycle open(NewCycle input) {
    var caller = guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var partner = upper(input.partner());
    var today = rhythm.today();
    if (partner.isEmpty()) violations.add(new Violation("partner", "problem.required", List.of()));
    else if (directory.organisation(partner, today).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
      violations.add(new Violation("partner", "planning.partner.unknown", List.of(partner)));
    }
    Integer year = input.year();
    if (year == null) violations.add(new Violation("year", "problem.required", List.of()));
    else if (year % 2 != 0) violations.add(new Violation("year", "planning.year.even", List.of(String.valueOf(year))));
    else if (year != today.getYear() && year != today.getYear() + 1) {
      violations.add(new Violation("year", "planning.year.now", List.of(String.valueOf(today.getYear() % 2 == 0 ? today.getYear() : today.getYear() + 1))));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var admitted = store.standing(partner, Participation.Tool.PARP).filter(p -> p.status() == Participation.Status.APPROVED);
    if (admitted.isEmpty()) throw new Conflict("planning.not-admitted", partner);
    var last = store.latest(partner).orElse(null);
    List<Goal> goals = List.of();
    if (last != null) {
      if (last.year() >= year) throw new Conflict("planning.cycle.exists", partner, String.valueOf(last.year()));
      if (last.status() != CycleStatus.ASSESSMENT_AGREED) throw new Conflict("planning.cycle.unfinished", last.period(), last.status().name());
      goals = last.goals().stream()
          .filter(g -> last.assessment().stream().noneMatch(r -> r.goal().equals(g.code()) && r.progress() == Rating.Progress.ACHIEVED))
          .map(g -> new Goal(g.code(), g.title(), g.description(), g.area(), g.targetDate(), g.carriedFrom() == null ? last.year() : g.carriedFrom()))
          .toList();
    }
    var id = UUID.randomUUID();
    store.insertCycle(id, partner, year, store.latestQuestionSet(), goals, last == null ? null : last.id(), caller.username());
    store.recordMove(id, null, CycleStatus.SURVEY, caller.username(), null, rhythm.now());
    audit.record(Change.of("PLANNING_CYCLE_OPENED", "cycle", id.toString(), Map.of("partner", partner, "year", year, "carriedOver", goals.size())));
    return planning.cycle(id);
  }

  /** A move of the cycle; an illegal one, or one outside its year, answers 409 naming where the cycle stands. */
  @Transactional
  public Cycle transition(UUID id, @Nullable String to, @Nullable String comment) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var current = planning.lock(id);
    var target = InvalidInput.code(CycleStatus.class, to, "to");
    var from = current.status();
    if (planning.actors(current).stream().noneMatch(a -> from.allows(target, a))) {
      throw new Conflict("planning.transition.illegal", from.name(), target.name());
    }
    rhythm.requireYear(current, target);
    var note = comment == null || comment.isBlank() ? null : comment.strip();
    Texts.require("comment", note, 4_000);
    switch (target) {
      case SURVEY_SUBMITTED -> {
        var answers = store.answers(id);
        var missing = new ArrayList<Violation>();
        for (var q : store.questions(current.questionSet())) {
          if (!answers.containsKey(q.code())) missing.add(new Violation("answers." + q.code(), "planning.survey.unanswered", List.of()));
        }
        if (!missing.isEmpty()) throw new InvalidInput(missing);
      }
      case SURVEY -> {
        if (note == null) throw InvalidInput.of("comment", "planning.reason.required");
      }
      case BILATERAL, MULTILATERAL -> {
        if (current.goals().isEmpty()) throw new Conflict("planning.goals.none");
        if (from == CycleStatus.SURVEY_SUBMITTED || from == CycleStatus.BILATERAL) freezeIfChanged(current, target, caller.username());
      }
      case AT_COUNCIL -> {
        freezeIfChanged(current, target, caller.username());
        council.request(new Subject(Decision.SubjectType.PLANNING, id.toString(), List.of(current.partner()),
            BilingualText.of("Partnership goals " + current.period() + " of " + current.partner(),
                "Objectifs du partenariat " + current.period() + " : " + current.partner())));
      }
      case ASSESSMENT_AGREED -> {
        if (!current.fullyRated()) throw new Conflict("planning.assessment.incomplete");
      }
      default -> { }
    }
    if (from == CycleStatus.AT_COUNCIL && target == CycleStatus.MULTILATERAL) {
      council.takeBack(Decision.SubjectType.PLANNING, id.toString());
    }
    store.move(id, target);
    store.recordMove(id, from, target, caller.username(), note, rhythm.now());
    audit.record(Change.of("PLANNING_CYCLE_" + target.name(), "cycle", id.toString(),
        note == null ? Map.of("from", from.name()) : Map.of("from", from.name(), "comment", note)));
    return planning.cycle(id);
  }

  /** The Council decided on a goals package (in the decision's transaction, from {@link PlanningDecisions}); anything else is not ours. */
  void decided(UUID id, Decision decision, String by) {
    var current = store.lock(id).orElse(null);
    if (current == null) return;
    switch (decision.outcome()) {
      case APPROVED -> {
        if (!current.status().allows(CycleStatus.GOALS_APPROVED, Actor.COUNCIL)) {
          throw new Conflict("planning.transition.illegal", current.status().name(), CycleStatus.GOALS_APPROVED.name());
        }
        rhythm.requireYear(current, CycleStatus.GOALS_APPROVED);
        store.approve(id, decision.reference(), decision.decidedOn());
        store.recordMove(id, current.status(), CycleStatus.GOALS_APPROVED, by, decision.reference(), rhythm.now());
        audit.record(Change.of("PLANNING_CYCLE_GOALS_APPROVED", "cycle", id.toString(), Map.of("decision", decision.reference())));
      }
      case REJECTED -> {
        if (!current.status().allows(CycleStatus.MULTILATERAL, Actor.COUNCIL)) {
          throw new Conflict("planning.transition.illegal", current.status().name(), CycleStatus.MULTILATERAL.name());
        }
        store.move(id, CycleStatus.MULTILATERAL);
        store.recordMove(id, current.status(), CycleStatus.MULTILATERAL, by, decision.reference(), rhythm.now());
        audit.record(Change.of("PLANNING_CYCLE_MULTILATERAL", "cycle", id.toString(), Map.of("decision", decision.reference(), "outcome", "REJECTED")));
      }
      case NOTED, DEFERRED -> audit.record(Change.of("PLANNING_CYCLE_DECISION_NOTED", "cycle", id.toString(),
          Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
    }
  }

  private void freezeIfChanged(Cycle current, CycleStatus stage, String by) {
    var last = current.goalsVersion() == 0 ? null : store.version(current.id(), current.goalsVersion()).orElse(null);
    if (last == null || !last.goals().equals(current.goals())) store.freeze(current.id(), stage, current.goals(), by);
  }
}
