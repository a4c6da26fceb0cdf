package org.entente.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.planning.CycleStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A PARP cycle's survey: its questions, the answers the caller may read, and the partner's draft answers, typed and checked. */
@Service
public class ParpSurveys {

  private static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");

  private final PlanningStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final Planning planning;

  ParpSurveys(PlanningStore store, Guard guard, AuditTrail audit, Planning planning) {
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.planning = planning;
  }

  /** The questions of the cycle's set, in order. */
  @Transactional(readOnly = true)
  public List<Question> questions(Cycle cycle) {
    return store.questions(cycle.questionSet());
  }

  /** The answers the caller may read (no budget answers for those who may not; nothing of a draft survey for the Allies). */
  @Transactional(readOnly = true)
  public Map<String, String> answers(UUID id) {
    var cycle = planning.cycle(id);
    var own = !planning.actors(cycle).isEmpty();
    if (!own && cycle.status() == CycleStatus.SURVEY) return Map.of();
    var answers = new LinkedHashMap<>(store.answers(id));
    if (!planning.readsBudget(cycle.partner())) {
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
    var current = planning.lock(id);
    if (!planning.actors(current).contains(Actor.PARTNER)) throw new Conflict("planning.partner-only");
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
        return Texts.check(field, v, 4_000, violations) ? v : null;
      }
    }
  }
}
