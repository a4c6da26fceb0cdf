package org.entente.trustfunds;

import static org.entente.trustfunds.TrustFundInputChecks.EARLIEST;
import static org.entente.trustfunds.TrustFundInputChecks.currency;
import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.entente.programmes.Programmes;
import org.entente.trustfunds.TrustFundStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A fund's lifecycle: proposed, moved from idea to closure by its parties, launched or sent back only by the Council's decision. */
@Service
public class TrustFundLifecycle {

  private final TrustFunds funds;
  private final TrustFundStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final Programmes programmes;
  private final TrustFundNotices notices;
  private final AuditTrail audit;
  private final Clock clock;

  TrustFundLifecycle(TrustFunds funds, TrustFundStore store, Guard guard, Directory directory, CouncilRegister council, Programmes programmes,
      TrustFundNotices notices, AuditTrail audit, Clock clock) {
    this.funds = funds;
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.programmes = programmes;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new fund as a host partner or an Ally proposes it. */
  public record NewFund(@Nullable String host, @Nullable String proposer, @Nullable String series, @Nullable Integer phase,
      @Nullable BilingualText title, @Nullable BilingualText purpose, @Nullable String category, @Nullable String location,
      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String currency, @Nullable UUID programme,
      @Nullable String objective) {}

  @Transactional
  public TrustFund propose(NewFund input) {
    var caller = guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    var host = upper(input.host());
    var nations = caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    var proposer = input.proposer() == null || input.proposer().isBlank() ? (nations.contains(host) ? host : nations.stream().sorted().findFirst().orElse(host))
        : upper(input.proposer());
    if (host.isEmpty()) {
      violations.add(new Violation("host", "problem.required", List.of()));
    } else if (directory.organisation(host, today).map(o -> o.kind() != OrganisationKind.PARTNER).orElse(true)) {
      violations.add(new Violation("host", "trustfunds.host.not-partner", List.of(host)));
    }
    if (!caller.has(Permission.MANAGE_TRUST_FUNDS_GLOBALLY)) {
      if (!nations.contains(proposer)) {
        violations.add(new Violation("proposer", "trustfunds.not-yours", List.of(proposer)));
      } else if (!proposer.equals(host) && directory.organisation(proposer, today).map(o -> o.kind() != OrganisationKind.ALLY).orElse(true)) {
        violations.add(new Violation("proposer", "trustfunds.proposer.not-ally", List.of(proposer)));
      }
    }
    var title = bilingual("title", input.title(), 300, true, violations);
    var purpose = bilingual("purpose", input.purpose(), 8_000, false, violations);
    var category = InvalidInput.code(Category.class, input.category() == null ? "OTHER" : input.category(), "category", violations);
    var currency = currency(input.currency() == null ? "EUR" : input.currency(), "currency", violations);
    if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
      violations.add(new Violation("endsOn", "trustfunds.dates", List.of()));
    }
    for (var d : new LocalDate[] {input.startsOn(), input.endsOn()}) {
      if (d != null && (d.isBefore(EARLIEST) || d.isAfter(today.plusYears(20)))) {
        violations.add(new Violation(d == input.startsOn() ? "startsOn" : "endsOn", "trustfunds.date.range", List.of(EARLIEST, today.plusYears(20))));
      }
    }
    if (input.phase() != null && (input.phase() < 1 || input.phase() > 99)) violations.add(new Violation("phase", "problem.between", List.of(1, 99)));
    var series = input.series() == null || input.series().isBlank() ? null : input.series().strip();
    Texts.check("series", series, 100, violations);
    var location = input.location() == null || input.location().isBlank() ? null : input.location().strip();
    Texts.check("location", location, 200, violations);
    String objective = null;
    if (input.programme() != null) {
      objective = upper(input.objective());
      try {
        var programme = programmes.programme(input.programme());
        if (!programme.partner().equals(host)) {
          violations.add(new Violation("programme", "trustfunds.programme.not-host", List.of(host)));
        } else {
          var key = objective;
          if (programme.content().objectives().stream().noneMatch(o -> o.key().equals(key))) {
            violations.add(new Violation("objective", "trustfunds.objective.unknown", List.of(key)));
          }
        }
      } catch (NotFound e) {
        violations.add(new Violation("programme", "trustfunds.programme.unknown", List.of(input.programme().toString())));
      }
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = UUID.randomUUID();
    var code = store.nextCode(host);
    store.insert(new TrustFundStore.Draft(id, code, series, input.phase(), title, purpose, host, proposer, null, category, location,
        input.startsOn(), input.endsOn(), currency, input.programme(), objective, caller.username()));
    audit.record(Change.of("TRUST_FUND_PROPOSED", "trust-fund", id.toString(),
        Map.of("code", code, "host", host, "proposer", proposer, "category", category.name())));
    var created = funds.fund(id);
    notices.notify(created, "trustfunds.notice.proposed", Set.of("IS:STAFF"));
    return created;
  }

  /** A move of the lifecycle; an illegal one answers 409 naming where the fund stands. */
  @Transactional
  public TrustFund transition(UUID id, @Nullable String to, @Nullable String comment) {
    guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION,
        Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = funds.lock(id);
    var target = InvalidInput.code(TrustFundStatus.class, to, "to");
    var actors = funds.actors(current);
    if (actors.stream().noneMatch(a -> current.status().allows(target, a))) {
      throw new Conflict("trustfunds.transition.illegal", current.status().name(), target.name());
    }
    var note = comment == null || comment.isBlank() ? null : comment.strip();
    Texts.require("comment", note, 4_000);
    switch (target) {
      case CANCELLED -> {
        if (note == null) throw InvalidInput.of("comment", "trustfunds.reason.required");
        store.cancel(id, note);
        if (current.status() == TrustFundStatus.PRESENTED) council.takeBack(Decision.SubjectType.TRUST_FUND, id.toString());
      }
      case CLOSED -> {
        if (note == null) throw InvalidInput.of("comment", "trustfunds.final-report.required");
        store.close(id, note);
      }
      case LEAD_NATION_FOUND -> {
        if (current.leads().isEmpty()) throw new Conflict("trustfunds.no-lead");
        store.move(id, target);
      }
      case PROPOSAL_AGREED -> {
        if (current.status() == TrustFundStatus.PRESENTED) { // staff take it back from the Council's agenda
          council.takeBack(Decision.SubjectType.TRUST_FUND, id.toString());
          store.move(id, target);
        } else {
          if (current.executingAgent() == null) throw new Conflict("trustfunds.no-executing-agent");
          var agreeing = TrustFunds.agreeing(current, actors);
          if (agreeing.isEmpty()) throw new Conflict("trustfunds.already-agreed", String.join(", ", current.agreedBy()));
          agreeing.forEach(a -> store.agree(id, a.name()));
          var agreed = new LinkedHashSet<>(current.agreedBy());
          agreeing.forEach(a -> agreed.add(a.name()));
          audit.record(Change.of("TRUST_FUND_PROPOSAL_AGREED_BY", "trust-fund", id.toString(), Map.of("by", agreeing.toString())));
          if (!agreed.containsAll(Set.of("HOST", "LEAD", "EXECUTING_AGENT"))) {
            return funds.fund(id); // the others have still to agree
          }
          store.move(id, target);
        }
      }
      case PRESENTED -> {
        store.move(id, target);
        var concerns = new ArrayList<String>();
        concerns.add(current.host());
        current.leads().stream().filter(l -> directory.organisation(l, LocalDate.now(clock)).map(o -> o.isNation()).orElse(false)).forEach(concerns::add);
        council.request(new Subject(Decision.SubjectType.TRUST_FUND, id.toString(), concerns.stream().distinct().toList(), current.title()));
      }
      default -> store.move(id, target);
    }
    audit.record(Change.of("TRUST_FUND_" + target.name(), "trust-fund", id.toString(),
        note == null ? Map.of("from", current.status().name()) : Map.of("from", current.status().name(), "comment", note)));
    var moved = funds.fund(id);
    notices.notify(moved, "trustfunds.notice.moved", Set.of());
    return moved;
  }

  /** The Council has decided on a fund: it moves in the same transaction as the confirmation, or neither does. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.TRUST_FUND || decision.subjectId() == null) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return; // not one of ours: the register accepts a trust fund decision only while it is on the agenda
    }
    var current = funds.lock(id);
    switch (decision.outcome()) {
      case APPROVED -> {
        if (!current.status().allows(TrustFundStatus.LAUNCHED, Actor.COUNCIL)) {
          throw new Conflict("trustfunds.transition.illegal", current.status().name(), TrustFundStatus.LAUNCHED.name());
        }
        store.launch(id, decision.reference(), decision.decidedOn());
        audit.record(Change.of("TRUST_FUND_LAUNCHED", "trust-fund", id.toString(), Map.of("decision", decision.reference())));
        notices.notify(funds.fund(id), "trustfunds.notice.launched", Set.of());
      }
      case REJECTED -> {
        if (!current.status().allows(TrustFundStatus.FEASIBILITY, Actor.COUNCIL)) {
          throw new Conflict("trustfunds.transition.illegal", current.status().name(), TrustFundStatus.FEASIBILITY.name());
        }
        store.move(id, TrustFundStatus.FEASIBILITY);
        store.clearAgreements(id);
        audit.record(Change.of("TRUST_FUND_FEASIBILITY", "trust-fund", id.toString(), Map.of("decision", decision.reference(), "outcome", "REJECTED")));
        notices.notify(funds.fund(id), "trustfunds.notice.moved", Set.of());
      }
      case NOTED, DEFERRED -> audit.record(Change.of("TRUST_FUND_DECISION_NOTED", "trust-fund", id.toString(),
          Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
    }
  }
}
