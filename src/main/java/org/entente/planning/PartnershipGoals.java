package org.entente.planning;

import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cycle's package of partnership goals: drafted by staff, its frozen versions compared, and the talks over it by section. */
@Service
public class PartnershipGoals {

  private static final Pattern GOAL_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
  private static final Pattern SECTION = Pattern.compile("general|survey|goals|assessment|section:(FORCES|PLANS|BUDGET)|goal:[A-Z0-9-]{2,16}");
  static final int MAX_GOALS = 60;

  private final PlanningStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final Planning planning;

  PartnershipGoals(PlanningStore store, Guard guard, AuditTrail audit, Planning planning) {
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.planning = planning;
  }

  public record GoalInput(@Nullable String code, @Nullable BilingualText title, @Nullable BilingualText description, @Nullable String area,
      @Nullable LocalDate targetDate) {}

  /** Staff replace the package of goals while the talks go on (before the Council has it). */
  @Transactional
  public Cycle saveGoals(UUID id, @Nullable List<GoalInput> input) {
    guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var current = planning.lock(id);
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
      var title = bilingual(field + ".title", g.title(), 300, true, violations);
      var description = bilingual(field + ".description", g.description(), 4_000, false, violations);
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
    return planning.cycle(id);
  }

  @Transactional(readOnly = true)
  public List<GoalsVersion> versions(UUID id) {
    planning.cycle(id);
    return store.versions(id);
  }

  @Transactional(readOnly = true)
  public GoalsVersion version(UUID id, int number) {
    planning.cycle(id);
    return store.version(id, number).orElseThrow(() -> new NotFound("goals-version", id + "/" + number));
  }

  /** Two versions compared goal by goal; version 0 is the package as it stands now. */
  @Transactional(readOnly = true)
  public GoalsComparison compare(UUID id, int from, int to) {
    var cycle = planning.cycle(id);
    var before = from == 0 ? cycle.goals() : version(id, from).goals();
    var after = to == 0 ? cycle.goals() : version(id, to).goals();
    return GoalsComparison.of(from, before, to, after);
  }

  // ---------------------------------------------------------------- talks

  @Transactional(readOnly = true)
  public List<PlanningComment> comments(UUID id) {
    planning.cycle(id);
    return store.comments(id);
  }

  @Transactional(readOnly = true)
  public Listing<PlanningComment> comments(UUID id, Paging paging) {
    planning.cycle(id);
    return store.comments(id, paging);
  }

  /** A comment on a section, or a reply in its thread: by the partner and staff, and by the Allies in the multilateral review. */
  @Transactional
  public PlanningComment comment(UUID id, @Nullable String section, @Nullable UUID replyTo, @Nullable String body) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var current = planning.cycle(id); // not locked: an Ally, who may not change the cycle, may still talk
    if (!planning.mayComment(current)) throw new Conflict("planning.comment.not-now", current.status().name());
    var violations = new ArrayList<Violation>();
    var where = section == null || section.isBlank() ? "general" : section.strip();
    if (!SECTION.matcher(where).matches()) violations.add(new Violation("section", "planning.comment.section", List.of()));
    else if (where.startsWith("goal:") && current.goals().stream().noneMatch(g -> ("goal:" + g.code()).equals(where))) {
      violations.add(new Violation("section", "planning.goal.unknown", List.of(where.substring(5))));
    }
    var text = body == null ? "" : body.strip();
    if (text.isEmpty()) violations.add(new Violation("body", "problem.required", List.of()));
    else Texts.check("body", text, 10_000, violations);
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
}
