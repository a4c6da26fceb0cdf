package org.entente.planning;

import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.council.Decision;
import org.entente.council.DecisionTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The Council's decisions on a participation or a goals package, applied in the decision's own transaction. */
@Component
class PlanningDecisions {

  private final ParticipationRequests participations;
  private final ParpCycles cycles;

  PlanningDecisions(ParticipationRequests participations, ParpCycles cycles) {
    this.participations = participations;
    this.cycles = cycles;
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
    if (participations.decided(id, decision)) return;
    cycles.decided(id, decision, by);
  }
}
