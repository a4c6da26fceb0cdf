package org.entente.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.council.Decision;
import org.entente.council.DecisionTaken;
import org.entente.programmes.ProgrammeStatus.Actor;
import org.entente.web.Conflict;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Council's decision on an agreed programme, and the calendar's: active once its period begins, closed when it ends or the next starts. */
@Service
class ProgrammeApprovals {

  private final ProgrammeStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final Clock clock;
  private final Programmes programmes;

  ProgrammeApprovals(ProgrammeStore store, Guard guard, AuditTrail audit, Clock clock, Programmes programmes) {
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
    this.programmes = programmes;
  }

  /** The Council has decided on a programme: it moves in the same transaction as the confirmation. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.PROGRAMME || decision.subjectId() == null) {
      return;
    }
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return; // not one of ours: the register accepted it only while it was on the agenda
    }
    var current = programmes.lock(id);
    var by = guard.caller().username();
    switch (decision.outcome()) {
      case APPROVED -> {
        if (!current.status().allows(ProgrammeStatus.APPROVED, Actor.COUNCIL)) {
          throw new Conflict("programmes.transition.illegal", current.status().name(), ProgrammeStatus.APPROVED.name());
        }
        store.approve(id, decision.reference());
        audit.record(Change.of("PROGRAMME_APPROVED", "programme", id.toString(), Map.of("decision", decision.reference())));
        if (!current.startsOn().isAfter(LocalDate.now(clock))) {
          activate(store.find(id).orElseThrow());
        }
      }
      case REJECTED -> {
        if (!current.status().allows(ProgrammeStatus.RETURNED, Actor.COUNCIL)) {
          throw new Conflict("programmes.transition.illegal", current.status().name(), ProgrammeStatus.RETURNED.name());
        }
        store.move(id, ProgrammeStatus.RETURNED, current.version());
        store.comment(id, current.version(), "general", null, by, decision.reference() + ": " + decision.text().text(org.entente.languages.Language.EN));
        audit.record(Change.of("PROGRAMME_RETURNED", "programme", id.toString(), Map.of("decision", decision.reference())));
      }
      case NOTED, DEFERRED ->
          store.comment(id, current.version(), "general", null, by, decision.reference() + " (" + decision.outcome() + "): "
              + decision.text().text(org.entente.languages.Language.EN));
    }
  }

  /** The calendar's work, as the system: programmes whose period began become active, those past close. */
  @Transactional
  public void keepCalendar() {
    var today = LocalDate.now(clock);
    for (var id : store.dueToClose(today)) {
      store.close(id, null);
      audit.record(Change.of("PROGRAMME_CLOSED", "programme", id.toString(), Map.of("reason", "period over")));
    }
    for (var id : store.dueToStart(today)) {
      activate(store.lock(id).orElseThrow());
    }
  }

  private void activate(Programme programme) {
    store.active(programme.partner()).filter(p -> !p.id().equals(programme.id())).ifPresent(old -> {
      store.close(old.id(), programme.id());
      audit.record(Change.of("PROGRAMME_CLOSED", "programme", old.id().toString(), Map.of("supersededBy", programme.id().toString())));
    });
    store.move(programme.id(), ProgrammeStatus.ACTIVE, programme.version());
    audit.record(Change.of("PROGRAMME_ACTIVE", "programme", programme.id().toString(), Map.of("startsOn", programme.startsOn().toString())));
  }
}
