package org.entente.capabilities;

import static org.entente.capabilities.TypedText.label;
import static org.entente.capabilities.TypedText.note;
import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
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

/** The remedial action plans after a unit's evaluations: actions added, followed, done or cancelled, and listed across partners. */
@Service
public class RemedialActions {

  private static final Pattern ACTIVITY = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
  private static final int MAX_ACTIONS = 40;

  private final Capabilities capabilities;
  private final Evaluations evaluations;
  private final CapabilitiesStore store;
  private final Guard guard;
  private final Catalogue catalogue;
  private final AuditTrail audit;

  RemedialActions(Capabilities capabilities, Evaluations evaluations, CapabilitiesStore store, Guard guard, Catalogue catalogue, AuditTrail audit) {
    this.capabilities = capabilities;
    this.evaluations = evaluations;
    this.store = store;
    this.guard = guard;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  public record NewAction(@Nullable String area, @Nullable BilingualText title, @Nullable String owner, @Nullable LocalDate dueOn,
      @Nullable String activity) {}

  // ---------------------------------------------------------------- remedial action plans

  @Transactional(readOnly = true)
  public List<RemedialAction> actions(UUID unit) {
    capabilities.unit(unit);
    return store.actions(unit);
  }

  /** Remedial actions across the partners the caller may read, due first: a partner's own, everyone's for staff and Allies. */
  @Transactional(readOnly = true)
  public Listing<RemedialAction> actions(@Nullable String partner, @Nullable String status, Paging paging) {
    var caller = guard.caller();
    var p = partner == null || partner.isBlank() ? null : upper(partner);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(ActionStatus.class, status, "status").name();
    if (!caller.has(Permission.READ_CAPABILITIES_GLOBALLY) && !capabilities.isAlly(caller)) {
      var own = caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION);
      if (p == null && own.size() == 1) p = own.iterator().next();
      if (p == null || !own.contains(p)) return paging.listing(List.of(), 0);
    }
    return store.actions(p, s, paging);
  }

  /** Whether the caller may add to the remedial plan of this evaluation (its partner or staff, once the evaluation is done). */
  public boolean mayPlan(Unit unit, Evaluation evaluation) {
    return evaluation.status().done() && unit.status() != UnitStatus.WITHDRAWN && !capabilities.actors(unit.partner()).isEmpty();
  }

  /** Adds an action to the remedial plan of a finished evaluation; a cited menu activity must be published. */
  @Transactional
  public RemedialAction addAction(UUID evaluationId, NewAction input) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    var evaluation = evaluations.lockEvaluation(evaluationId);
    var unit = store.unit(evaluation.unit()).orElseThrow();
    if (capabilities.actors(unit.partner()).isEmpty()) throw new Conflict("capabilities.plan.not-yours");
    if (!mayPlan(unit, evaluation)) throw new Conflict("capabilities.plan.not-now", evaluation.code(), evaluation.status().name());
    var violations = new ArrayList<Violation>();
    Area area = null;
    if (input.area() != null && !input.area().isBlank()) area = InvalidInput.code(Area.class, input.area(), "area", violations);
    var title = bilingual("title", input.title(), 300, true, violations);
    var owner = input.owner() == null ? "" : input.owner().strip();
    if (owner.isEmpty()) violations.add(new Violation("owner", "problem.required", List.of()));
    else Texts.check("owner", owner, 200, violations);
    var today = capabilities.today();
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
    return action.status().next(capabilities.actors(unit.partner()));
  }

  /** Follows an action: in progress, done (its partner or staff), cancelled (staff, saying why). */
  @Transactional
  public RemedialAction moveAction(UUID id, @Nullable String to, @Nullable String note) {
    var caller = guard.requireAny(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION, Permission.MANAGE_CAPABILITIES_GLOBALLY);
    guard.caller();
    var current = store.lockAction(id).orElseThrow(() -> new NotFound("remedial-action", id.toString()));
    var evaluation = store.evaluation(current.evaluation()).orElseThrow(() -> new NotFound("remedial-action", id.toString()));
    var unit = store.unit(evaluation.unit()).filter(u -> capabilities.sees(u.partner())).orElseThrow(() -> new NotFound("remedial-action", id.toString()));
    var target = InvalidInput.code(ActionStatus.class, to, "to");
    if (capabilities.actors(unit.partner()).stream().noneMatch(a -> current.status().allows(target, a))) {
      throw new Conflict("capabilities.transition.illegal", current.status().name(), target.name());
    }
    var text = note(note);
    if (text == null && target == ActionStatus.CANCELLED) throw InvalidInput.of("note", "capabilities.reason.required");
    var today = capabilities.today();
    store.moveAction(id, target, text, today);
    store.recordMove(unit.id(), "ACTION", id, label(current.title()), current.status().name(), target.name(), caller.username(), today, text);
    audit.record(Change.of("CAPABILITIES_ACTION_" + target.name(), "remedial-action", id.toString(),
        Map.of("from", current.status().name(), "to", target.name())));
    return store.action(id).orElseThrow();
  }
}
