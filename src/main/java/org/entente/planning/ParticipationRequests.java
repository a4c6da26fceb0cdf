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
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A partner's participation in PARP or IPAP, requested of the Council and opened or refused by its decision. */
@Service
public class ParticipationRequests {

  private final PlanningStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final AuditTrail audit;
  private final Planning planning;

  ParticipationRequests(PlanningStore store, Guard guard, Directory directory, CouncilRegister council, AuditTrail audit, Planning planning) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.audit = audit;
    this.planning = planning;
  }

  public record NewParticipation(@Nullable String partner, @Nullable String tool) {}

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
    } else if (directory.organisation(partner, planning.today()).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
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
    var name = directory.organisation(partner, planning.today()).map(o -> o.name()).orElse(BilingualText.of(partner, partner));
    council.request(new Subject(Decision.SubjectType.PLANNING, id.toString(), List.of(partner),
        BilingualText.of("Participation of " + name.text(org.entente.languages.Language.EN) + " in " + tool.name(),
            "Participation de " + name.text(org.entente.languages.Language.FR) + " au " + tool.name())));
    audit.record(Change.of("PLANNING_PARTICIPATION_REQUESTED", "participation", id.toString(), Map.of("partner", partner, "tool", tool.name())));
    return planning.participation(id);
  }

  /**
   * The Council decided on a participation, if the subject is one (in the decision's transaction, from
   * {@link PlanningDecisions}): whether it was.
   */
  boolean decided(UUID id, Decision decision) {
    var participation = store.participation(id);
    if (participation.isEmpty()) return false;
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
    return true;
  }
}
