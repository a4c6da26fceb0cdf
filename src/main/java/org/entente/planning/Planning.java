package org.entente.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.council.DecisionTaken;
import org.entente.council.Subject;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.planning.CycleStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defence planning with partners as partners, staff, the Allies and the Council do it. The scope rule, said
 * here and again by row-level security: a partner's participation, cycles, survey, goals, talks and assessment
 * are for that partner's coordinators, Alliance staff, the Council's secretariat and the Allies' coordinators
 * (who discuss and approve the goals) — never another partner. The survey's budget section is for the partner
 * and the staff who manage planning only (not the Allies, not the secretariat); the Allies read a survey once it
 * is submitted. The two-year rhythm: a cycle is named by its even year, in which its goals are talked over and
 * approved; its assessment is drafted and agreed in the odd year that follows ({@link CycleStatus.Year}).
 */
@Service
public class Planning {

  /** A fixed "today" for replaying past years (the demo's last cycle); unbound, the {@link Clock} bean decides. */
  static final ScopedValue<Clock> REPLAY = ScopedValue.newInstance();

  private static final Pattern GOAL_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
  private static final Pattern SECTION = Pattern.compile("general|survey|goals|assessment|section:(FORCES|PLANS|BUDGET)|goal:[A-Z0-9-]{2,16}");
  private static final int MAX_GOALS = 60;
  private static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");

  private final PlanningStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final AuditTrail audit;
  private final Clock clock;

  Planning(PlanningStore store, Guard guard, Directory directory, CouncilRegister council, AuditTrail audit, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.audit = audit;
    this.clock = clock;
  }

  public record NewParticipation(@Nullable String partner, @Nullable String tool) {}

  public record NewCycle(@Nullable String partner, @Nullable Integer year) {}

  public record GoalInput(@Nullable String code, @Nullable BilingualText title, @Nullable BilingualText description, @Nullable String area,
      @Nullable LocalDate targetDate) {}

  public record RatingInput(@Nullable String goal, @Nullable String progress, @Nullable BilingualText narrative) {}

  /** Today, as the clock (or a replay of a past year) says. */
  public LocalDate today() {
    return LocalDate.now(REPLAY.isBound() ? REPLAY.get() : clock);
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
    next.removeIf(to -> !inItsYear(cycle, to));
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

  /**
   * Asks the Council to open PARP or IPAP to a partner (case by case beyond the EAPC/PfP): by the partner's
   * coordinators or staff; the participation is approved only by a confirmed decision.
   */
  @Transactional
  public Participation requestParticipation(NewParticipation input) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var partner = upper(input.partner());
    var tool = InvalidInput.code(Participation.Tool.class, input.tool(), "tool", violations);
    if (partner.isEmpty()) {
      violations.add(new Violation("partner", "problem.required", List.of()));
    } else if (directory.organisation(partner, today()).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
      violations.add(new Violation("partner", "planning.partner.unknown", List.of(partner)));
    } else if (!caller.has(Permission.MANAGE_PLANNING_GLOBALLY)
        && !caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).contains(partner)) {
      violations.add(new Violation("partner", "planning.partner.not-yours", List.of(partner)));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var standing = store.standing(partner, tool);
    if (standing.isPresent()) throw new Conflict("planning.participation.exists", partner, tool.name(), standing.get().status().name());
    var id = UUID.randomUUID();
    store.insertParticipation(id, partner, tool, caller.username());
    var name = directory.organisation(partner, today()).map(o -> o.name()).orElse(BilingualText.of(partner, partner));
    council.request(new Subject(Decision.SubjectType.PLANNING, id.toString(), List.of(partner),
        BilingualText.of("Participation of " + name.text(org.entente.languages.Language.EN) + " in " + tool.name(),
            "Participation de " + name.text(org.entente.languages.Language.FR) + " au " + tool.name())));
    audit.record(Change.of("PLANNING_PARTICIPATION_REQUESTED", "participation", id.toString(), Map.of("partner", partner, "tool", tool.name())));
    return participation(id);
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
    var today = today();
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
    store.recordMove(id, null, CycleStatus.SURVEY, caller.username(), null, now());
    audit.record(Change.of("PLANNING_CYCLE_OPENED", "cycle", id.toString(), Map.of("partner", partner, "year", year, "carriedOver", goals.size())));
    return cycle(id);
  }

  /** A move of the cycle; an illegal one, or one outside its year, answers 409 naming where the cycle stands. */
  @Transactional
  public Cycle transition(UUID id, @Nullable String to, @Nullable String comment) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(CycleStatus.class, to, "to");
    var from = current.status();
    if (actors(current).stream().noneMatch(a -> from.allows(target, a))) {
      throw new Conflict("planning.transition.illegal", from.name(), target.name());
    }
    requireYear(current, target);
    var note = comment == null || comment.isBlank() ? null : comment.strip();
    if (note != null && note.length() > 4_000) throw InvalidInput.of("comment", "planning.too-long", 4_000);
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
    store.recordMove(id, from, target, caller.username(), note, now());
    audit.record(Change.of("PLANNING_CYCLE_" + target.name(), "cycle", id.toString(),
        note == null ? Map.of("from", from.name()) : Map.of("from", from.name(), "comment", note)));
    return cycle(id);
  }

  /** The Council decided on a participation or a goals package: it takes effect in the same transaction, or neither does. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.PLANNING || decision.subjectId() == null) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return; // not one of ours: the register takes a planning decision only while this module asks
    }
    var by = Callers.current().map(Caller::username).orElse("council");
    var participation = store.participation(id);
    if (participation.isPresent()) {
      var p = participation.get();
      switch (decision.outcome()) {
        case APPROVED, REJECTED -> {
          if (p.status() != Participation.Status.REQUESTED) throw new Conflict("planning.participation.decided", p.partner(), p.status().name());
          var status = decision.outcome() == Decision.Outcome.APPROVED ? Participation.Status.APPROVED : Participation.Status.REJECTED;
          store.decideParticipation(id, status, decision.reference(), decision.decidedOn());
          audit.record(Change.of("PLANNING_PARTICIPATION_" + status.name(), "participation", id.toString(),
              Map.of("partner", p.partner(), "tool", p.tool().name(), "decision", decision.reference())));
        }
        case NOTED, DEFERRED -> audit.record(Change.of("PLANNING_PARTICIPATION_DECISION_NOTED", "participation", id.toString(),
            Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
      }
      return;
    }
    var current = store.lock(id).orElse(null);
    if (current == null) return;
    switch (decision.outcome()) {
      case APPROVED -> {
        if (!current.status().allows(CycleStatus.GOALS_APPROVED, Actor.COUNCIL)) {
          throw new Conflict("planning.transition.illegal", current.status().name(), CycleStatus.GOALS_APPROVED.name());
        }
        requireYear(current, CycleStatus.GOALS_APPROVED);
        store.approve(id, decision.reference(), decision.decidedOn());
        store.recordMove(id, current.status(), CycleStatus.GOALS_APPROVED, by, decision.reference(), now());
        audit.record(Change.of("PLANNING_CYCLE_GOALS_APPROVED", "cycle", id.toString(), Map.of("decision", decision.reference())));
      }
      case REJECTED -> {
        if (!current.status().allows(CycleStatus.MULTILATERAL, Actor.COUNCIL)) {
          throw new Conflict("planning.transition.illegal", current.status().name(), CycleStatus.MULTILATERAL.name());
        }
        store.move(id, CycleStatus.MULTILATERAL);
        store.recordMove(id, current.status(), CycleStatus.MULTILATERAL, by, decision.reference(), now());
        audit.record(Change.of("PLANNING_CYCLE_MULTILATERAL", "cycle", id.toString(), Map.of("decision", decision.reference(), "outcome", "REJECTED")));
      }
      case NOTED, DEFERRED -> audit.record(Change.of("PLANNING_CYCLE_DECISION_NOTED", "cycle", id.toString(),
          Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
    }
  }

  // ---------------------------------------------------------------- survey

  /** The questions of the cycle's set, in order. */
  @Transactional(readOnly = true)
  public List<Question> questions(Cycle cycle) {
    return store.questions(cycle.questionSet());
  }

  /** The answers the caller may read (no budget answers for those who may not; nothing of a draft survey for the Allies). */
  @Transactional(readOnly = true)
  public Map<String, String> answers(UUID id) {
    var cycle = cycle(id);
    var own = !actors(cycle).isEmpty();
    if (!own && cycle.status() == CycleStatus.SURVEY) return Map.of();
    var answers = new LinkedHashMap<>(store.answers(id));
    if (!readsBudget(cycle.partner())) {
      store.questions(cycle.questionSet()).stream().filter(q -> q.section() == Question.Section.BUDGET).forEach(q -> answers.remove(q.code()));
    }
    return answers;
  }

  /**
   * Saves the partner's answers as a draft (while the survey is open): each typed value is checked against its
   * question's type; an empty one clears the answer. Every wrong one is named in one 400, and nothing is saved.
   */
  @Transactional
  public Map<String, String> saveSurvey(UUID id, @Nullable Map<String, @Nullable String> input) {
    var caller = guard.require(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION);
    var current = lock(id);
    if (!actors(current).contains(Actor.PARTNER)) throw new Conflict("planning.partner-only");
    if (!current.status().surveyOpen()) throw new Conflict("planning.survey.closed", current.status().name());
    var questions = store.questions(current.questionSet());
    var values = input == null ? Map.<String, @Nullable String>of() : input;
    var violations = new ArrayList<Violation>();
    var parsed = new LinkedHashMap<Question, @Nullable String>();
    for (var entry : values.entrySet()) {
      var q = questions.stream().filter(x -> x.code().equals(entry.getKey())).findFirst().orElse(null);
      if (q == null) {
        violations.add(new Violation("answers." + entry.getKey(), "planning.survey.unknown-question", List.of()));
        continue;
      }
      parsed.put(q, value(q, entry.getValue(), violations));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    parsed.forEach((q, v) -> store.saveAnswer(id, q, v, caller.username()));
    audit.record(Change.of("PLANNING_SURVEY_SAVED", "cycle", id.toString(), Map.of("answers", parsed.size())));
    return answers(id);
  }

  private static @Nullable String value(Question q, @Nullable String raw, List<Violation> violations) {
    var field = "answers." + q.code();
    var v = raw == null ? "" : raw.strip();
    if (v.isEmpty()) return null;
    switch (q.kind()) {
      case NUMBER -> {
        try {
          var n = new BigDecimal(v.replace(',', '.').replace(" ", "").replace("\u202f", "").replace("\u00a0", ""));
          if (n.signum() < 0 || n.compareTo(MAX_NUMBER) > 0 || n.scale() > 4) {
            violations.add(new Violation(field, "planning.survey.number", List.of()));
            return null;
          }
          return n.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          violations.add(new Violation(field, "planning.survey.number", List.of()));
          return null;
        }
      }
      case CHOICE -> {
        var code = v.toUpperCase(Locale.ROOT);
        if (q.choices().stream().noneMatch(c -> c.code().equals(code))) {
          violations.add(new Violation(field, "planning.survey.choice", List.of()));
          return null;
        }
        return code;
      }
      default -> {
        if (v.length() > 4_000) {
          violations.add(new Violation(field, "planning.too-long", List.of(4_000)));
          return null;
        }
        return v;
      }
    }
  }

  // ---------------------------------------------------------------- goals

  /** Staff replace the package of goals while the talks go on (before the Council has it). */
  @Transactional
  public Cycle saveGoals(UUID id, @Nullable List<GoalInput> input) {
    guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var current = lock(id);
    if (!current.status().goalsOpen()) throw new Conflict("planning.goals.closed", current.status().name());
    var lines = input == null ? List.<GoalInput>of() : input;
    if (lines.size() > MAX_GOALS) throw InvalidInput.of("goals", "planning.goals.too-many", MAX_GOALS);
    var violations = new ArrayList<Violation>();
    var goals = new ArrayList<Goal>();
    var seen = new java.util.HashSet<String>();
    for (int i = 0; i < lines.size(); i++) {
      var g = lines.get(i);
      var field = "goals[" + i + "]";
      if (g == null) {
        violations.add(new Violation(field, "problem.required", List.of()));
        continue;
      }
      var code = upper(g.code());
      if (!GOAL_CODE.matcher(code).matches()) violations.add(new Violation(field + ".code", "planning.goal.code", List.of()));
      else if (!seen.add(code)) violations.add(new Violation(field + ".code", "planning.goal.duplicate", List.of(code)));
      var title = text(g.title(), field + ".title", 300, true, violations);
      var description = text(g.description(), field + ".description", 4_000, false, violations);
      var area = InvalidInput.code(Goal.Area.class, g.area(), field + ".area", violations);
      if (g.targetDate() == null) violations.add(new Violation(field + ".targetDate", "problem.required", List.of()));
      else if (g.targetDate().getYear() < current.year() || g.targetDate().getYear() > current.year() + 20) {
        violations.add(new Violation(field + ".targetDate", "planning.goal.target", List.of(String.valueOf(current.year()), String.valueOf(current.year() + 20))));
      }
      if (area != null && g.targetDate() != null && GOAL_CODE.matcher(code).matches()) {
        var carried = current.goals().stream().filter(x -> x.code().equals(code)).findFirst().map(Goal::carriedFrom).orElse(null);
        goals.add(new Goal(code, title, description, area, g.targetDate(), carried));
      }
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.setGoals(id, goals);
    audit.record(Change.of("PLANNING_GOALS_SAVED", "cycle", id.toString(), Map.of("goals", goals.size())));
    return cycle(id);
  }

  @Transactional(readOnly = true)
  public List<GoalsVersion> versions(UUID id) {
    cycle(id);
    return store.versions(id);
  }

  @Transactional(readOnly = true)
  public GoalsVersion version(UUID id, int number) {
    cycle(id);
    return store.version(id, number).orElseThrow(() -> new NotFound("goals-version", id + "/" + number));
  }

  /** Two versions compared goal by goal; version 0 is the package as it stands now. */
  @Transactional(readOnly = true)
  public GoalsComparison compare(UUID id, int from, int to) {
    var cycle = cycle(id);
    var before = from == 0 ? cycle.goals() : version(id, from).goals();
    var after = to == 0 ? cycle.goals() : version(id, to).goals();
    return GoalsComparison.of(from, before, to, after);
  }

  // ---------------------------------------------------------------- assessment

  /** Staff rate the goals in the assessment year; ratings are replaced goal by goal. */
  @Transactional
  public Cycle saveAssessment(UUID id, @Nullable List<RatingInput> input) {
    guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var current = lock(id);
    if (current.status() != CycleStatus.ASSESSMENT) throw new Conflict("planning.assessment.closed", current.status().name());
    requireYear(current, CycleStatus.ASSESSMENT_AGREED);
    var lines = input == null ? List.<RatingInput>of() : input;
    if (lines.size() > MAX_GOALS) throw InvalidInput.of("ratings", "planning.goals.too-many", MAX_GOALS);
    var violations = new ArrayList<Violation>();
    var ratings = new LinkedHashMap<String, Rating>();
    current.assessment().forEach(r -> ratings.put(r.goal(), r));
    for (int i = 0; i < lines.size(); i++) {
      var r = lines.get(i);
      var field = "ratings[" + i + "]";
      if (r == null) {
        violations.add(new Violation(field, "problem.required", List.of()));
        continue;
      }
      var goal = upper(r.goal());
      if (current.goals().stream().noneMatch(g -> g.code().equals(goal))) {
        violations.add(new Violation(field + ".goal", "planning.goal.unknown", List.of(goal)));
      }
      var progress = InvalidInput.code(Rating.Progress.class, r.progress(), field + ".progress", violations);
      var narrative = text(r.narrative(), field + ".narrative", 4_000, true, violations);
      if (progress != null) ratings.put(goal, new Rating(goal, progress, narrative));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.setAssessment(id, List.copyOf(ratings.values()));
    audit.record(Change.of("PLANNING_ASSESSMENT_SAVED", "cycle", id.toString(), Map.of("ratings", ratings.size())));
    return cycle(id);
  }

  /** Each goal code's ratings over the partner's agreed assessments, oldest first: the ratings' history. */
  @Transactional(readOnly = true)
  public Map<String, List<Map.Entry<Integer, Rating.Progress>>> ratingsHistory(String partner) {
    var history = new java.util.TreeMap<String, List<Map.Entry<Integer, Rating.Progress>>>();
    var cycles = new ArrayList<>(cyclesOf(partner));
    java.util.Collections.reverse(cycles);
    for (var c : cycles) {
      if (c.status() != CycleStatus.ASSESSMENT_AGREED) continue;
      c.assessment().forEach(r -> history.computeIfAbsent(r.goal(), k -> new ArrayList<>()).add(Map.entry(c.year() + 1, r.progress())));
    }
    return history;
  }

  // ---------------------------------------------------------------- talks and history

  @Transactional(readOnly = true)
  public List<PlanningComment> comments(UUID id) {
    cycle(id);
    return store.comments(id);
  }

  @Transactional(readOnly = true)
  public Listing<PlanningComment> comments(UUID id, Paging paging) {
    cycle(id);
    return store.comments(id, paging);
  }

  /** A comment on a section, or a reply in its thread: by the partner and staff, and by the Allies in the multilateral review. */
  @Transactional
  public PlanningComment comment(UUID id, @Nullable String section, @Nullable UUID replyTo, @Nullable String body) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var current = cycle(id); // not locked: an Ally, who may not change the cycle, may still talk
    if (!mayComment(current)) throw new Conflict("planning.comment.not-now", current.status().name());
    var violations = new ArrayList<Violation>();
    var where = section == null || section.isBlank() ? "general" : section.strip();
    if (!SECTION.matcher(where).matches()) violations.add(new Violation("section", "planning.comment.section", List.of()));
    else if (where.startsWith("goal:") && current.goals().stream().noneMatch(g -> ("goal:" + g.code()).equals(where))) {
      violations.add(new Violation("section", "planning.goal.unknown", List.of(where.substring(5))));
    }
    var text = body == null ? "" : body.strip();
    if (text.isEmpty()) violations.add(new Violation("body", "problem.required", List.of()));
    else if (text.length() > 10_000) violations.add(new Violation("body", "planning.too-long", List.of(10_000)));
    var thread = where;
    if (replyTo != null) {
      var parent = store.comment(id, replyTo);
      if (parent.isEmpty()) violations.add(new Violation("replyTo", "planning.comment.unknown", List.of()));
      else thread = parent.get().section();
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var commentId = store.comment(id, current.goalsVersion(), thread, replyTo, caller.username(), text);
    audit.record(Change.of("PLANNING_COMMENTED", "cycle", id.toString(), Map.of("section", thread, "reply", replyTo != null)));
    return store.comment(id, commentId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<CycleMove> history(UUID id) {
    cycle(id);
    return store.moves(id);
  }

  // ---------------------------------------------------------------- helpers

  private Cycle lock(UUID id) {
    guard.caller();
    return store.lock(id).filter(c -> sees(c.partner())).orElseThrow(() -> new NotFound("cycle", id.toString()));
  }

  private boolean inItsYear(Cycle cycle, CycleStatus to) {
    var year = today().getYear();
    return switch (cycle.status().yearOf(to)) {
      case GOALS -> year == cycle.year();
      case ASSESSMENT -> year == cycle.year() + 1;
      case ANY -> true;
    };
  }

  /** Goals in the even year, the assessment in the odd year after it: otherwise 409 naming the year it belongs in. */
  private void requireYear(Cycle cycle, CycleStatus to) {
    if (inItsYear(cycle, to)) return;
    var inYear = cycle.status().yearOf(to) == CycleStatus.Year.GOALS ? cycle.year() : cycle.year() + 1;
    throw new Conflict("planning.rhythm", to.name(), String.valueOf(inYear), String.valueOf(today().getYear()));
  }

  private void freezeIfChanged(Cycle current, CycleStatus stage, String by) {
    var last = current.goalsVersion() == 0 ? null : store.version(current.id(), current.goalsVersion()).orElse(null);
    if (last == null || !last.goals().equals(current.goals())) store.freeze(current.id(), stage, current.goals(), by);
  }

  private java.time.Instant now() {
    return java.time.Instant.now(REPLAY.isBound() ? REPLAY.get() : clock);
  }

  private static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  private static BilingualText text(@Nullable BilingualText text, String field, int max, boolean required, List<Violation> violations) {
    var t = text == null ? new BilingualText(null, null) : text;
    if (required && t.en() == null && t.fr() == null) violations.add(new Violation(field, "problem.required", List.of()));
    if ((t.en() != null && t.en().length() > max) || (t.fr() != null && t.fr().length() > max)) {
      violations.add(new Violation(field, "planning.too-long", List.of(max)));
    }
    return t;
  }
}
