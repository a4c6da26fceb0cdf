package org.entente.prioritisation;

import static org.entente.web.Texts.bilingual;

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
import org.entente.council.DecisionTaken;
import org.entente.council.Subject;
import org.entente.languages.BilingualText;
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
 * The weights of the seven considerations (para 17: the allocation is "continuously reviewed and adjusted"): staff
 * propose a set, which goes on the Council's agenda (subject PRIORITISATION); it takes effect only in the commit
 * that confirms an approving decision, and the set in force before is superseded then. A set is never edited:
 * another proposal is a new version. Every signed-in person reads the weights (the Alliance's rule, not a
 * nation's data).
 */
@Service
public class Weights {

  private final WeightStore store;
  private final Guard guard;
  private final CouncilRegister council;
  private final AuditTrail audit;

  Weights(WeightStore store, Guard guard, CouncilRegister council, AuditTrail audit) {
    this.store = store;
    this.guard = guard;
    this.council = council;
    this.audit = audit;
  }

  /** A proposal: each consideration's weight, 0–10 (all seven), and why. */
  public record NewWeights(@Nullable Map<String, @Nullable Integer> weights, @Nullable BilingualText reason) {}

  @Transactional(readOnly = true)
  public Listing<WeightSet> history(Paging paging) {
    guard.caller();
    return store.all(paging);
  }

  @Transactional(readOnly = true)
  public WeightSet set(UUID id) {
    guard.caller();
    return store.find(id).orElseThrow(() -> new NotFound("weights", id.toString()));
  }

  /** The weights in force, or the baseline (every consideration alike) while the Council has confirmed none. */
  @Transactional(readOnly = true)
  public WeightSet.Current current() {
    guard.caller();
    return store.withStatus(WeightStatus.IN_FORCE).map(s -> new WeightSet.Current(s.weights(), s)).orElseGet(WeightSet.Current::baseline);
  }

  /** The proposal before the Council, if any. */
  @Transactional(readOnly = true)
  public java.util.Optional<WeightSet> proposed() {
    guard.caller();
    return store.withStatus(WeightStatus.PROPOSED);
  }

  /** Staff propose a set; it goes on the Council's agenda. One proposal at a time: another answers 409. */
  @Transactional
  public WeightSet propose(NewWeights input) {
    var caller = guard.require(Permission.MANAGE_PRIORITISATION_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var weights = new int[Consideration.values().length];
    var given = input.weights() == null ? Map.<String, @Nullable Integer>of() : input.weights();
    for (var key : given.keySet()) {
      if (key == null || java.util.Arrays.stream(Consideration.values()).noneMatch(c -> c.name().equals(key))) {
        violations.add(new Violation("weights." + key, "problem.one-of", List.of(String.join(", ",
            java.util.Arrays.stream(Consideration.values()).map(Enum::name).toList()))));
      }
    }
    for (var c : Consideration.values()) {
      var w = given.get(c.name());
      if (w == null) violations.add(new Violation("weights." + c.name(), "problem.required", List.of()));
      else if (w < 0 || w > 10) violations.add(new Violation("weights." + c.name(), "problem.between", List.of(0, 10)));
      else weights[c.ordinal()] = w;
    }
    var reason = bilingual("reason", input.reason(), 4000, "prioritisation.reason.required", violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var pending = store.withStatus(WeightStatus.PROPOSED);
    if (pending.isPresent()) throw new Conflict("prioritisation.weights.pending", String.valueOf(pending.get().number()));
    var id = UUID.randomUUID();
    store.insert(id, weights, reason, caller.username());
    var saved = store.find(id).orElseThrow();
    council.request(new Subject(Decision.SubjectType.PRIORITISATION, id.toString(), List.of(),
        BilingualText.of("Weights of the seven considerations, version " + saved.number(),
            "Pondérations des sept considérations, version " + saved.number())));
    audit.record(Change.of("PRIORITISATION_WEIGHTS_PROPOSED", "weights", id.toString(), Map.of("number", saved.number(), "weights",
        java.util.Arrays.toString(weights))));
    return saved;
  }

  /** Staff withdraw a proposal before the Council decides; 409 once it is decided. */
  @Transactional
  public WeightSet withdraw(UUID id) {
    guard.require(Permission.MANAGE_PRIORITISATION_GLOBALLY);
    var set = store.lock(id).orElseThrow(() -> new NotFound("weights", id.toString()));
    if (!set.status().allows(WeightStatus.WITHDRAWN)) throw new Conflict("prioritisation.weights.illegal", set.status().name(), "WITHDRAWN");
    store.move(id, WeightStatus.WITHDRAWN, null, null);
    council.takeBack(Decision.SubjectType.PRIORITISATION, id.toString());
    audit.record(Change.of("PRIORITISATION_WEIGHTS_WITHDRAWN", "weights", id.toString(), Map.of("number", set.number())));
    return store.find(id).orElseThrow();
  }

  /** A confirmed decision on a proposal puts it in force (superseding the set in force) or rejects it, in the same commit. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.PRIORITISATION || decision.subjectId() == null) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return;
    }
    var found = store.lock(id);
    if (found.isEmpty()) return; // another subject of this type (runs carry none)
    var set = found.get();
    switch (decision.outcome()) {
      case APPROVED -> {
        if (!set.status().allows(WeightStatus.IN_FORCE)) throw new Conflict("prioritisation.weights.illegal", set.status().name(), "IN_FORCE");
        store.withStatus(WeightStatus.IN_FORCE).ifPresent(old -> {
          store.move(old.id(), WeightStatus.SUPERSEDED, null, null);
          audit.record(Change.of("PRIORITISATION_WEIGHTS_SUPERSEDED", "weights", old.id().toString(), Map.of("number", old.number(), "by", set.number())));
        });
        store.move(id, WeightStatus.IN_FORCE, decision.reference(), decision.decidedOn());
        audit.record(Change.of("PRIORITISATION_WEIGHTS_IN_FORCE", "weights", id.toString(), Map.of("number", set.number(), "decision", decision.reference())));
      }
      case REJECTED -> {
        if (!set.status().allows(WeightStatus.REJECTED)) throw new Conflict("prioritisation.weights.illegal", set.status().name(), "REJECTED");
        store.move(id, WeightStatus.REJECTED, decision.reference(), decision.decidedOn());
        audit.record(Change.of("PRIORITISATION_WEIGHTS_REJECTED", "weights", id.toString(), Map.of("number", set.number(), "decision", decision.reference())));
      }
      case NOTED, DEFERRED -> audit.record(Change.of("PRIORITISATION_WEIGHTS_DECISION_NOTED", "weights", id.toString(),
          Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
    }
  }
}
