package org.entente.trustfunds;

import static org.entente.trustfunds.TrustFundInputChecks.EARLIEST;
import static org.entente.trustfunds.TrustFundInputChecks.currency;
import static org.entente.trustfunds.TrustFundInputChecks.exact;
import static org.entente.web.Texts.bilingual;
import static org.entente.web.Texts.upper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.trustfunds.TrustFundStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A fund's money: its planned budget, the ledger lines recorded at their dated rates (the one rounding rule), their audited export. */
@Service
public class TrustFundLedger {

  private final TrustFunds funds;
  private final TrustFundStore store;
  private final Guard guard;
  private final Directory directory;
  private final TrustFundNotices notices;
  private final AuditTrail audit;
  private final Clock clock;

  TrustFundLedger(TrustFunds funds, TrustFundStore store, Guard guard, Directory directory, TrustFundNotices notices, AuditTrail audit,
      Clock clock) {
    this.funds = funds;
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  /** A line of the ledger as typed: amounts exact (a JSON number or a string), never floating point. */
  public record NewTransaction(@Nullable String kind, @Nullable String organisation, @Nullable BigDecimal amount,
      @Nullable String currency, @Nullable BigDecimal rate, @Nullable LocalDate rateOn, @Nullable LocalDate occurredOn,
      @Nullable String description, @Nullable UUID confirms) {}

  public record BudgetInput(@Nullable BilingualText label, @Nullable BigDecimal amount) {}

  /** The planned budget, in the project's currency, replaced whole; until the fund is launched. */
  @Transactional
  public TrustFund budget(UUID id, @Nullable List<BudgetInput> lines) {
    guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = funds.lock(id);
    var actors = funds.actors(current);
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
      var label = bilingual(field + ".label", l.label(), 300, true, violations);
      var amount = exact(l.amount(), field + ".amount", digits, true, violations);
      parsed.add(new TrustFund.BudgetLine(i + 1, label, amount == null ? BigDecimal.ZERO : amount));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    store.replaceBudget(id, parsed);
    audit.record(Change.of("TRUST_FUND_BUDGET", "trust-fund", id.toString(), Map.of("lines", parsed.size(),
        "total", parsed.stream().map(TrustFund.BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString())));
    return funds.fund(id);
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
    if (!funds.mayRecord(fund).contains(kind)) {
      if (funds.actors(fund).isEmpty() && !caller.has(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION)) guard.require(Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
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
    Texts.check("description", description, 2_000, violations);
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
      notices.notify(fund, "trustfunds.notice.pledged", leads);
    }
    return store.line(line.id()).orElse(line);
  }

  /** The file and the ledger lines the caller reads, for a download; the export is audited. */
  @Transactional
  public List<LedgerLine> export(UUID id, String format) {
    var fund = funds.fund(id);
    var lines = store.ledger(id);
    audit.record(Change.of("TRUST_FUND_LEDGER_EXPORTED", "trust-fund", id.toString(), Map.of("code", fund.code(), "format", format,
        "lines", lines.size())));
    return lines;
  }

  /** The one rounding rule: the converted amount, half-even to the minor unit of the project's currency. */
  public static BigDecimal convert(BigDecimal amount, BigDecimal rate, String projectCurrency) {
    return amount.multiply(rate).setScale(Currency.getInstance(projectCurrency).getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
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
}
