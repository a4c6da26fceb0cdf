package org.entente.planning;

import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A PARP cycle's assessment: staff rate each goal in the odd year, and the ratings' history over a partner's agreed assessments. */
@Service
public class ParpAssessments {

  private final PlanningStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final Planning planning;
  private final PlanningRhythm rhythm;

  ParpAssessments(PlanningStore store, Guard guard, AuditTrail audit, Planning planning, PlanningRhythm rhythm) {
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.planning = planning;
    this.rhythm = rhythm;
  }

  public record RatingInput(@Nullable String goal, @Nullable String progress, @Nullable BilingualText narrative) {}

  /** Staff rate the goals in the assessment year; ratings are replaced goal by goal. */
  @Transactional
  public Cycle saveAssessment(UUID id, @Nullable List<RatingInput> input) {
    guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var current = planning.lock(id);
    if (current.status() != CycleStatus.ASSESSMENT) throw new Conflict("planning.assessment.closed", current.status().name());
    rhythm.requireYear(current, CycleStatus.ASSESSMENT_AGREED);
    var lines = input == null ? List.<RatingInput>of() : input;
    if (lines.size() > PartnershipGoals.MAX_GOALS) throw InvalidInput.of("ratings", "planning.goals.too-many", PartnershipGoals.MAX_GOALS);
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
      var narrative = bilingual(field + ".narrative", r.narrative(), 4_000, true, violations);
      if (progress != null) ratings.put(goal, new Rating(goal, progress, narrative));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.setAssessment(id, List.copyOf(ratings.values()));
    audit.record(Change.of("PLANNING_ASSESSMENT_SAVED", "cycle", id.toString(), Map.of("ratings", ratings.size())));
    return planning.cycle(id);
  }

  /** Each goal code's ratings over the partner's agreed assessments, oldest first: the ratings' history. */
  @Transactional(readOnly = true)
  public Map<String, List<Map.Entry<Integer, Rating.Progress>>> ratingsHistory(String partner) {
    var history = new java.util.TreeMap<String, List<Map.Entry<Integer, Rating.Progress>>>();
    var cycles = new ArrayList<>(planning.cyclesOf(partner));
    java.util.Collections.reverse(cycles);
    for (var c : cycles) {
      if (c.status() != CycleStatus.ASSESSMENT_AGREED) continue;
      c.assessment().forEach(r -> history.computeIfAbsent(r.goal(), k -> new ArrayList<>()).add(Map.entry(c.year() + 1, r.progress())));
    }
    return history;
  }
}
