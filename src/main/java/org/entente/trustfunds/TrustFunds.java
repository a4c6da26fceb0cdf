package org.entente.trustfunds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.programmes.Programmes;
import org.entente.trustfunds.TrustFundStatus.Actor;
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
 * Partnership Trust Funds as nations, staff, the executing agent and the Council run them. The scope rule,
 * said here and again by row-level security: a fund's file and ledger are for its host, proposer, lead
 * nations, donors, executing agent, Alliance staff and the Council's secretariat; a donor reads the other
 * donors' lines only where the fund is transparent (the default, set by a lead nation); everyone, signed in
 * or not, reads the public summary of a launched fund.
 */
@Service
public class TrustFunds {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1); // the mechanism was launched in September 2000

  private final TrustFundStore store;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final Programmes programmes;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  TrustFunds(TrustFundStore store, Guard guard, Directory directory, CouncilRegister council, Programmes programmes,
      Notifications notifications, AuditTrail audit, Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.programmes = programmes;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new fund as a host partner or an Ally proposes it. */
  public record NewFund(@Nullable String host, @Nullable String proposer, @Nullable String series, @Nullable Integer phase,
      @Nullable BilingualText title, @Nullable BilingualText purpose, @Nullable String category, @Nullable String location,
      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String currency, @Nullable UUID programme,
      @Nullable String objective) {}

  /** A line of the ledger as typed: amounts exact (a JSON number or a string), never floating point. */
  public record NewTransaction(@Nullable String kind, @Nullable String organisation, @Nullable BigDecimal amount,
      @Nullable String currency, @Nullable BigDecimal rate, @Nullable LocalDate rateOn, @Nullable LocalDate occurredOn,
      @Nullable String description, @Nullable UUID confirms) {}

  public record BudgetInput(@Nullable BilingualText label, @Nullable BigDecimal amount) {}

  // ---------------------------------------------------------------- reading

  /** The public summaries of every launched fund; anyone may read them, signed in or not. */
  @Transactional(readOnly = true)
  public List<PublicSummary> summaries() {
    return store.summaries();
  }

  @Transactional(readOnly = true)
  public java.util.Optional<PublicSummary> summary(UUID id) {
    return store.summary(id);
  }

  /** The funds the caller sees in full. */
  @Transactional(readOnly = true)
  public Listing<TrustFund> list(@Nullable String host, @Nullable String status, Paging paging) {
    guard.caller();
    var h = host == null || host.isBlank() ? null : host.strip().toUpperCase(Locale.ROOT);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(TrustFundStatus.class, status, "status").name();
    return paging.listing(store.list(h, s, paging.offset(), paging.size()), store.count(h, s));
  }

  /** The whole file, for those who may read it; absent and hidden alike answer 404. */
  @Transactional(readOnly = true)
  public TrustFund fund(UUID id) {
    if (Callers.current().isEmpty()) throw new NotFound("trust-fund", id.toString());
    return store.find(id).orElseThrow(() -> new NotFound("trust-fund", id.toString()));
  }

  /** Whether the caller reads the fund's file (not only its public summary). */
  @Transactional(readOnly = true)
  public boolean readsFile(UUID id) {
    return Callers.current().isPresent() && store.find(id).isPresent();
  }

  /** The ledger lines the caller may read: all of them, or a donor's own where the fund is not transparent. */
  @Transactional(readOnly = true)
  public List<LedgerLine> ledger(UUID id) {
    fund(id);
    return store.ledger(id);
  }

  /** The fund's balances: from its whole ledger for those who read it all, else from the public sums. */
  @Transactional(readOnly = true)
  public Balances balances(UUID id) {
    var fund = fund(id);
    if (readsWholeLedger(fund)) return Balances.of(store.ledger(id));
    var s = store.summary(id).orElse(null);
    if (s == null) return Balances.of(List.of());
    return new Balances(s.pledged(), s.committed(), s.received(), BigDecimal.ZERO, s.disbursed(), s.spent(), BigDecimal.ZERO);
  }

  /** From pledge to receipt, per donor, of the lines the caller reads. */
  @Transactional(readOnly = true)
  public List<Balances.DonorPosition> donors(UUID id) {
    return Balances.perDonor(ledger(id));
  }

  /** Who the caller is to this fund. */
  public Set<Actor> actors(TrustFund fund) {
    var actors = EnumSet.noneOf(Actor.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return actors;
    var nations = caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    if (nations.contains(fund.host())) actors.add(Actor.HOST);
    if (nations.contains(fund.proposer()) && !fund.proposer().equals(fund.host())) actors.add(Actor.PROPOSER);
    if (fund.leads().stream().anyMatch(nations::contains)) actors.add(Actor.LEAD);
    if (fund.executingAgent() != null
        && caller.organisationsWith(Permission.EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION).contains(fund.executingAgent())) {
      actors.add(Actor.EXECUTING_AGENT);
    }
    if (caller.has(Permission.MANAGE_TRUST_FUNDS_GLOBALLY)) actors.add(Actor.STAFF);
    return actors;
  }

  /** The moves this caller may make now (a proposal it has agreed already is not offered again). */
  public Set<TrustFundStatus> next(TrustFund fund) {
    var actors = actors(fund);
    var next = fund.status().next(actors);
    if (fund.status() == TrustFundStatus.FEASIBILITY && agreeing(fund, actors).isEmpty()) {
      next.remove(TrustFundStatus.PROPOSAL_AGREED);
    }
    return next;
  }

  /** The lead nations the caller may accept to be, of those staff invited. */
  public List<String> invitationsFor(TrustFund fund) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return List.of();
    var nations = caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    return fund.invitedLeads().stream().filter(nations::contains).toList();
  }

  /** The kinds of ledger line the caller may record on this fund now. */
  public Set<TransactionKind> mayRecord(TrustFund fund) {
    var kinds = EnumSet.noneOf(TransactionKind.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return kinds;
    var actors = actors(fund);
    var s = fund.status();
    var moneyIn = s == TrustFundStatus.LAUNCHED || s == TrustFundStatus.AGREEMENTS_SIGNED || s == TrustFundStatus.IMPLEMENTING;
    if (moneyIn && caller.has(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION)) kinds.add(TransactionKind.PLEDGE);
    var keeper = actors.contains(Actor.LEAD) || actors.contains(Actor.STAFF);
    if ((moneyIn || s == TrustFundStatus.COMPLETED) && (keeper || actors.contains(Actor.EXECUTING_AGENT))) {
      kinds.add(TransactionKind.RECEIPT);
      kinds.add(TransactionKind.IN_KIND);
    }
    if ((moneyIn || s == TrustFundStatus.COMPLETED) && keeper) kinds.add(TransactionKind.COMMITMENT);
    var working = s == TrustFundStatus.AGREEMENTS_SIGNED || s == TrustFundStatus.IMPLEMENTING || s == TrustFundStatus.COMPLETED;
    if (working && (keeper || actors.contains(Actor.EXECUTING_AGENT))) kinds.add(TransactionKind.DISBURSEMENT);
    if ((s == TrustFundStatus.IMPLEMENTING || s == TrustFundStatus.COMPLETED) && (actors.contains(Actor.EXECUTING_AGENT) || actors.contains(Actor.STAFF))) {
      kinds.add(TransactionKind.EXPENDITURE);
    }
    if (working && actors.contains(Actor.STAFF)) kinds.add(TransactionKind.ADVANCE);
    return kinds;
  }

  /** Pledges that no commitment confirms yet, of one fund (or of all the caller leads). */
  @Transactional(readOnly = true)
  public List<LedgerLine> pledgesToConfirm(@Nullable UUID fund) {
    guard.caller();
    return store.unconfirmedPledges(fund);
  }

  // ---------------------------------------------------------------- changing

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
    var title = text(input.title(), "title", 300, true, violations);
    var purpose = text(input.purpose(), "purpose", 8_000, false, violations);
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
    if (series != null && series.length() > 100) violations.add(new Violation("series", "catalogue.too-long", List.of(100)));
    var location = input.location() == null || input.location().isBlank() ? null : input.location().strip();
    if (location != null && location.length() > 200) violations.add(new Violation("location", "catalogue.too-long", List.of(200)));
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
    var created = fund(id);
    notify(created, "trustfunds.notice.proposed", Set.of("IS:STAFF"));
    return created;
  }

  /** A move of the lifecycle; an illegal one answers 409 naming where the fund stands. */
  @Transactional
  public TrustFund transition(UUID id, @Nullable String to, @Nullable String comment) {
    guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION,
        Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(TrustFundStatus.class, to, "to");
    var actors = actors(current);
    if (actors.stream().noneMatch(a -> current.status().allows(target, a))) {
      throw new Conflict("trustfunds.transition.illegal", current.status().name(), target.name());
    }
    var note = comment == null || comment.isBlank() ? null : comment.strip();
    if (note != null && note.length() > 4_000) throw InvalidInput.of("comment", "catalogue.too-long", 4_000);
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
          var agreeing = agreeing(current, actors);
          if (agreeing.isEmpty()) throw new Conflict("trustfunds.already-agreed", String.join(", ", current.agreedBy()));
          agreeing.forEach(a -> store.agree(id, a.name()));
          var agreed = new LinkedHashSet<>(current.agreedBy());
          agreeing.forEach(a -> agreed.add(a.name()));
          audit.record(Change.of("TRUST_FUND_PROPOSAL_AGREED_BY", "trust-fund", id.toString(), Map.of("by", agreeing.toString())));
          if (!agreed.containsAll(Set.of("HOST", "LEAD", "EXECUTING_AGENT"))) {
            return fund(id); // the others have still to agree
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
    var moved = fund(id);
    notify(moved, "trustfunds.notice.moved", Set.of());
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
    var current = lock(id);
    switch (decision.outcome()) {
      case APPROVED -> {
        if (!current.status().allows(TrustFundStatus.LAUNCHED, Actor.COUNCIL)) {
          throw new Conflict("trustfunds.transition.illegal", current.status().name(), TrustFundStatus.LAUNCHED.name());
        }
        store.launch(id, decision.reference(), decision.decidedOn());
        audit.record(Change.of("TRUST_FUND_LAUNCHED", "trust-fund", id.toString(), Map.of("decision", decision.reference())));
        notify(fund(id), "trustfunds.notice.launched", Set.of());
      }
      case REJECTED -> {
        if (!current.status().allows(TrustFundStatus.FEASIBILITY, Actor.COUNCIL)) {
          throw new Conflict("trustfunds.transition.illegal", current.status().name(), TrustFundStatus.FEASIBILITY.name());
        }
        store.move(id, TrustFundStatus.FEASIBILITY);
        store.clearAgreements(id);
        audit.record(Change.of("TRUST_FUND_FEASIBILITY", "trust-fund", id.toString(), Map.of("decision", decision.reference(), "outcome", "REJECTED")));
        notify(fund(id), "trustfunds.notice.moved", Set.of());
      }
      case NOTED, DEFERRED -> audit.record(Change.of("TRUST_FUND_DECISION_NOTED", "trust-fund", id.toString(),
          Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
    }
  }

  /** Staff ask a nation to lead the fund; it sees the fund from then on and may accept. */
  @Transactional
  public TrustFund inviteLead(UUID id, @Nullable String nation) {
    guard.require(Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = lock(id);
    if (!current.status().open() || current.status().launched()) throw new Conflict("trustfunds.lead.too-late", current.status().name());
    var code = upper(nation);
    if (directory.organisation(code, LocalDate.now(clock)).map(o -> !o.isNation()).orElse(true)) {
      throw InvalidInput.of("nation", "trustfunds.nation.unknown", code);
    }
    if (code.equals(current.host())) throw InvalidInput.of("nation", "trustfunds.lead.host", code);
    if (current.leads().contains(code)) throw new Conflict("trustfunds.lead.already", code);
    store.addParty(id, code, "INVITED_LEAD");
    audit.record(Change.of("TRUST_FUND_LEAD_INVITED", "trust-fund", id.toString(), Map.of("nation", code)));
    var invited = fund(id);
    notify(invited, "trustfunds.notice.invited", Set.of(code + ":NATIONAL_COORDINATOR"));
    return invited;
  }

  /** An invited nation accepts to lead; in scoping, the fund has found its lead nation. */
  @Transactional
  public TrustFund acceptLead(UUID id, @Nullable String nation) {
    var caller = guard.require(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    var current = lock(id);
    var mine = invitationsFor(current);
    var code = nation == null || nation.isBlank() ? mine.stream().findFirst().orElse("") : upper(nation);
    if (!mine.contains(code) || !caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION).contains(code)) {
      throw new Conflict("trustfunds.lead.not-invited", code);
    }
    if (!current.status().open() || current.status().launched()) throw new Conflict("trustfunds.lead.too-late", current.status().name());
    store.addParty(id, code, "LEAD"); // first: the invitation is what lets the nation see the fund until then
    store.removeParty(id, code, "INVITED_LEAD");
    audit.record(Change.of("TRUST_FUND_LEAD_ACCEPTED", "trust-fund", id.toString(), Map.of("nation", code)));
    if (current.status() == TrustFundStatus.SCOPING) {
      store.move(id, TrustFundStatus.LEAD_NATION_FOUND);
      audit.record(Change.of("TRUST_FUND_LEAD_NATION_FOUND", "trust-fund", id.toString(), Map.of("from", current.status().name())));
    }
    var accepted = fund(id);
    notify(accepted, "trustfunds.notice.moved", Set.of());
    return accepted;
  }

  /** The lead nation (or staff) names the executing agent: an Alliance agency or an international organisation. */
  @Transactional
  public TrustFund executingAgent(UUID id, @Nullable String agent) {
    guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = lock(id);
    var actors = actors(current);
    if (!actors.contains(Actor.LEAD) && !actors.contains(Actor.STAFF)) throw new Conflict("trustfunds.lead-only");
    if (current.status().launched() || !current.status().open() || current.status() == TrustFundStatus.PRESENTED) {
      throw new Conflict("trustfunds.agent.too-late", current.status().name());
    }
    var code = upper(agent);
    var kind = directory.organisation(code, LocalDate.now(clock)).map(o -> o.kind()).orElse(null);
    if (kind != OrganisationKind.ALLIANCE_BODY && kind != OrganisationKind.INTERNATIONAL_ORGANISATION) {
      throw InvalidInput.of("agent", "trustfunds.agent.unknown", code);
    }
    store.setExecutingAgent(id, code);
    store.clearAgreements(id);
    audit.record(Change.of("TRUST_FUND_EXECUTING_AGENT", "trust-fund", id.toString(), Map.of("agent", code)));
    return fund(id);
  }

  /** A lead nation says whether donors read each other's contributions. */
  @Transactional
  public TrustFund transparency(UUID id, boolean transparent) {
    guard.require(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    var current = lock(id);
    if (!actors(current).contains(Actor.LEAD)) throw new Conflict("trustfunds.lead-only");
    store.setTransparent(id, transparent);
    audit.record(Change.of("TRUST_FUND_TRANSPARENCY", "trust-fund", id.toString(), Map.of("transparent", transparent)));
    return fund(id);
  }

  /** The planned budget, in the project's currency, replaced whole; until the fund is launched. */
  @Transactional
  public TrustFund budget(UUID id, @Nullable List<BudgetInput> lines) {
    guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = lock(id);
    var actors = actors(current);
    if (!actors.contains(Actor.HOST) && !actors.contains(Actor.LEAD) && !actors.contains(Actor.STAFF)) throw new Conflict("trustfunds.lead-only");
    if (current.status().launched() || !current.status().open()) throw new Conflict("trustfunds.budget.frozen", current.status().name());
    var input = lines == null ? List.<BudgetInput>of() : lines;
    if (input.size() > 200) throw InvalidInput.of("lines", "programmes.too-many", 200);
    var violations = new ArrayList<Violation>();
    var parsed = new ArrayList<TrustFund.BudgetLine>();
    var digits = Currency.getInstance(current.currency()).getDefaultFractionDigits();
    for (int i = 0; i < input.size(); i++) {
      var l = input.get(i);
      var field = "lines[" + i + "]";
      if (l == null) { violations.add(new Violation(field, "problem.required", List.of())); continue; }
      var label = text(l.label(), field + ".label", 300, true, violations);
      var amount = exact(l.amount(), field + ".amount", digits, true, violations);
      parsed.add(new TrustFund.BudgetLine(i + 1, label, amount == null ? BigDecimal.ZERO : amount));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.replaceBudget(id, parsed);
    audit.record(Change.of("TRUST_FUND_BUDGET", "trust-fund", id.toString(), Map.of("lines", parsed.size(),
        "total", parsed.stream().map(TrustFund.BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString())));
    return fund(id);
  }

  /**
   * A line of the ledger. Pledges by any nation once the fund is launched (it becomes a donor); commitments,
   * receipts and in-kind contributions by the lead nation, staff or the executing agent; disbursements and
   * expenditures by the executing agent (and staff), never beyond cash received plus advances (409); advances
   * by staff. Amounts in any currency, converted at the dated rate given.
   */
  @Transactional
  public LedgerLine record(UUID id, NewTransaction input) {
    var caller = guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION,
        Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var fund = lockForMoney(id);
    var violations = new ArrayList<Violation>();
    var kind = InvalidInput.code(TransactionKind.class, input.kind(), "kind", violations);
    if (kind == null) throw new InvalidInput(violations);
    if (!mayRecord(fund).contains(kind)) {
      if (actors(fund).isEmpty() && !caller.has(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION)) guard.require(Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
      throw new Conflict("trustfunds.money.not-now", kind.name(), fund.status().name());
    }
    var today = LocalDate.now(clock);
    var nations = caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    LedgerLine pledge = null;
    String organisation;
    if (kind == TransactionKind.COMMITMENT && input.confirms() != null) {
      pledge = store.line(input.confirms()).filter(l -> l.project().equals(id) && l.kind() == TransactionKind.PLEDGE).orElse(null);
      if (pledge == null) throw InvalidInput.of("confirms", "trustfunds.pledge.unknown", input.confirms().toString());
    }
    if (kind == TransactionKind.PLEDGE) {
      var wanted = input.organisation() == null || input.organisation().isBlank()
          ? nations.stream().sorted().findFirst().orElse("") : upper(input.organisation());
      if (!nations.contains(wanted)) violations.add(new Violation("organisation", "trustfunds.not-yours", List.of(wanted)));
      organisation = wanted;
    } else if (kind == TransactionKind.DISBURSEMENT || kind == TransactionKind.EXPENDITURE || kind == TransactionKind.ADVANCE) {
      organisation = fund.executingAgent() == null ? "" : fund.executingAgent();
    } else if (pledge != null) {
      organisation = pledge.organisation();
    } else {
      organisation = upper(input.organisation());
      if (directory.organisation(organisation, today).map(o -> !o.isNation() && o.kind() != OrganisationKind.INTERNATIONAL_ORGANISATION).orElse(true)) {
        violations.add(new Violation("organisation", "trustfunds.nation.unknown", List.of(organisation)));
      }
    }
    var currency = currency(input.currency() == null ? fund.currency() : input.currency(), "currency", violations);
    var amount = currency == null ? null : exact(input.amount(), "amount", Currency.getInstance(currency).getDefaultFractionDigits(), false, violations);
    var occurredOn = input.occurredOn() == null ? today : input.occurredOn();
    if (occurredOn.isAfter(today) || occurredOn.isBefore(EARLIEST)) violations.add(new Violation("occurredOn", "trustfunds.date.range", List.of(EARLIEST, today)));
    BigDecimal rate = BigDecimal.ONE;
    LocalDate rateOn = occurredOn;
    if (currency != null && !currency.equals(fund.currency())) {
      if (input.rate() == null) violations.add(new Violation("rate", "trustfunds.rate.required", List.of(currency, fund.currency())));
      else if (input.rate().signum() <= 0 || input.rate().scale() > 10 || input.rate().precision() - input.rate().scale() > 14) {
        violations.add(new Violation("rate", "trustfunds.rate.invalid", List.of()));
      } else rate = input.rate();
      if (input.rateOn() == null) violations.add(new Violation("rateOn", "trustfunds.rate.required", List.of(currency, fund.currency())));
      else if (input.rateOn().isAfter(today)) violations.add(new Violation("rateOn", "trustfunds.date.range", List.of(EARLIEST, today)));
      else rateOn = input.rateOn();
    }
    var description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
    if (description != null && description.length() > 2_000) violations.add(new Violation("description", "catalogue.too-long", List.of(2_000)));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var projectAmount = convert(amount, rate, fund.currency());
    if (projectAmount.signum() <= 0) throw InvalidInput.of("amount", "trustfunds.amount.too-small");
    if (kind == TransactionKind.DISBURSEMENT || kind == TransactionKind.EXPENDITURE) {
      var balances = Balances.of(store.ledger(id));
      if (!balances.allows(kind, projectAmount)) {
        throw new Conflict("trustfunds.overspend", projectAmount.toPlainString(), fund.currency(), balances.received().add(balances.advances()).toPlainString());
      }
    }
    if (kind == TransactionKind.PLEDGE || (kind.fromDonor() && !fund.donors().contains(organisation))) {
      if (directory.organisation(organisation, today).map(o -> o.isNation()).orElse(false)) store.addParty(id, organisation, "DONOR");
    }
    var line = new LedgerLine(UUID.randomUUID(), id, kind, organisation, amount, currency, rate, rateOn, projectAmount, occurredOn, description,
        pledge == null ? null : pledge.id(), caller.username(), Instant.now(clock));
    store.record(line);
    audit.record(Change.of("TRUST_FUND_" + kind.name(), "trust-fund", id.toString(), Map.of("line", line.id().toString(),
        "organisation", organisation, "amount", amount.toPlainString(), "currency", currency, "rate", rate.toPlainString(),
        "projectAmount", projectAmount.toPlainString())));
    if (kind == TransactionKind.PLEDGE) {
      var leads = new LinkedHashSet<String>();
      fund.leads().forEach(l -> leads.add(l + ":NATIONAL_COORDINATOR"));
      notify(fund, "trustfunds.notice.pledged", leads);
    }
    return store.line(line.id()).orElse(line);
  }

  /** The file and the ledger lines the caller reads, for a download; the export is audited. */
  @Transactional
  public List<LedgerLine> export(UUID id, String format) {
    var fund = fund(id);
    var lines = store.ledger(id);
    audit.record(Change.of("TRUST_FUND_LEDGER_EXPORTED", "trust-fund", id.toString(), Map.of("code", fund.code(), "format", format,
        "lines", lines.size())));
    return lines;
  }

  /** The one rounding rule: the converted amount, half-even to the minor unit of the project's currency. */
  public static BigDecimal convert(BigDecimal amount, BigDecimal rate, String projectCurrency) {
    return amount.multiply(rate).setScale(Currency.getInstance(projectCurrency).getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
  }

  // ---------------------------------------------------------------- helpers

  private TrustFund lock(UUID id) {
    guard.caller();
    return store.lock(id).orElseThrow(() -> new NotFound("trust-fund", id.toString()));
  }

  /** The fund to record money on: a nation pledging to a launched fund it is not yet party to may find it so. */
  private TrustFund lockForMoney(UUID id) {
    guard.caller();
    var found = store.lock(id);
    if (found.isPresent()) return found.get();
    var summary = store.summary(id).orElseThrow(() -> new NotFound("trust-fund", id.toString()));
    // not a party yet: the fund is public; only a pledge is possible, which makes the nation a donor
    return new TrustFund(summary.id(), summary.code(), null, null, summary.title(), new BilingualText(null, null), summary.host(), summary.host(),
        summary.executingAgent(), summary.leads(), List.of(), List.of(), summary.category(), null, summary.startsOn(), summary.endsOn(), summary.currency(),
        summary.status(), Set.of(), true, null, null, null, summary.launchedOn(), null, null, List.of(), "", Instant.EPOCH);
  }

  private boolean readsWholeLedger(TrustFund fund) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    if (caller.has(Permission.READ_TRUST_FUNDS_GLOBALLY)) return true;
    var actors = actors(fund);
    return fund.transparent() || actors.contains(Actor.HOST) || actors.contains(Actor.LEAD) || actors.contains(Actor.EXECUTING_AGENT);
  }

  /** Which of the three parties the caller speaks for and has not agreed yet. */
  private static Set<Actor> agreeing(TrustFund fund, Set<Actor> actors) {
    var agreeing = EnumSet.noneOf(Actor.class);
    for (var a : List.of(Actor.HOST, Actor.LEAD, Actor.EXECUTING_AGENT)) {
      if (actors.contains(a) && !fund.agreedBy().contains(a.name())) agreeing.add(a);
    }
    return agreeing;
  }

  /** Tells the fund's parties (and these others) in the application, through the outbox. */
  private void notify(TrustFund fund, String key, Set<String> others) {
    var audience = new LinkedHashSet<>(others);
    audience.add(fund.host() + ":NATIONAL_COORDINATOR");
    if (!fund.proposer().equals(fund.host())) audience.add(fund.proposer() + ":NATIONAL_COORDINATOR");
    fund.leads().forEach(l -> audience.add(l + ":NATIONAL_COORDINATOR"));
    if (fund.executingAgent() != null) audience.add(fund.executingAgent() + ":EXECUTING_AGENT");
    audience.add("IS:STAFF");
    notifications.write(new Notice(audience, null, "en", key + ".subject", key + ".body",
        List.of(fund.code(), fund.title().text(org.entente.languages.Language.EN), fund.status().name()), "/trust-funds/" + fund.id(), null));
  }

  private static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  private static BilingualText text(@Nullable BilingualText text, String field, int max, boolean required, List<Violation> violations) {
    var t = text == null ? new BilingualText(null, null) : text;
    if (required && t.en() == null && t.fr() == null) violations.add(new Violation(field, "problem.required", List.of()));
    if ((t.en() != null && t.en().length() > max) || (t.fr() != null && t.fr().length() > max)) {
      violations.add(new Violation(field, "catalogue.too-long", List.of(max)));
    }
    return t;
  }

  private static @Nullable String currency(@Nullable String code, String field, List<Violation> violations) {
    var c = upper(code);
    try {
      if (c.length() == 3) {
        Currency.getInstance(c);
        return c;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    violations.add(new Violation(field, "trustfunds.currency.unknown", List.of(c)));
    return null;
  }

  /** An amount as typed, exact: positive (or zero where allowed), no finer than the currency's minor unit. */
  private static @Nullable BigDecimal exact(@Nullable BigDecimal amount, String field, int digits, boolean zeroAllowed, List<Violation> violations) {
    if (amount == null) {
      violations.add(new Violation(field, "problem.required", List.of()));
      return null;
    }
    var plain = amount.stripTrailingZeros();
    if (plain.scale() > digits) {
      violations.add(new Violation(field, "trustfunds.amount.minor-unit", List.of(digits)));
      return null;
    }
    if (plain.signum() < 0 || (!zeroAllowed && plain.signum() == 0) || plain.compareTo(MAX_AMOUNT) > 0) {
      violations.add(new Violation(field, "trustfunds.amount.range", List.of(MAX_AMOUNT.toPlainString())));
      return null;
    }
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }
}
