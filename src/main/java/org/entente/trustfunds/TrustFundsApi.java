package org.entente.trustfunds;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trust funds over HTTP: public summaries for everyone, the file and ledger for its parties. */
@RestController
@RequestMapping("/api/v1/trust-funds")
class TrustFundsApi {

  private final TrustFunds funds;
  private final TrustFundLifecycle lifecycle;
  private final TrustFundParties parties;
  private final TrustFundLedger ledger;

  TrustFundsApi(TrustFunds funds, TrustFundLifecycle lifecycle, TrustFundParties parties, TrustFundLedger ledger) {
    this.funds = funds;
    this.lifecycle = lifecycle;
    this.parties = parties;
    this.ledger = ledger;
  }

  /**
   * A fund as the caller may see it: its public summary (launched funds, for everyone) and, for its parties,
   * the file with balances, donors' positions and the moves and ledger lines the caller may make.
   */
  record Detail(@Nullable PublicSummary summary, @Nullable TrustFund fund, @Nullable Balances balances,
      List<Balances.DonorPosition> donors, Set<TrustFundStatus> next, Set<TransactionKind> mayRecord, List<String> invitations) {}

  record Transition(@Nullable String to, @Nullable String comment) {}

  record Nation(@Nullable String nation) {}

  record Agent(@Nullable String agent) {}

  record Transparency(@Nullable Boolean transparent) {}

  record Budget(@Nullable List<TrustFundLedger.BudgetInput> lines) {}

  Detail detail(UUID id) {
    var summary = funds.summary(id).orElse(null);
    if (!funds.readsFile(id)) {
      if (summary == null) throw new NotFound("trust-fund", id.toString());
      return new Detail(summary, null, null, List.of(), Set.of(), Set.of(), List.of());
    }
    var fund = funds.fund(id);
    return new Detail(summary, fund, funds.balances(id), funds.donors(id), funds.next(fund), funds.mayRecord(fund), funds.invitationsFor(fund));
  }

  @GetMapping
  Listing<PublicSummary> list(Paging paging) {
    return paging.slice(funds.summaries());
  }

  @GetMapping("/files")
  Listing<TrustFund> files(@RequestParam(required = false) @Nullable String host, @RequestParam(required = false) @Nullable String status,
      Paging paging) {
    return funds.list(host, status, paging);
  }

  @PostMapping
  ResponseEntity<Detail> propose(@RequestBody TrustFundLifecycle.NewFund input) {
    var created = lifecycle.propose(input);
    return ResponseEntity.created(URI.create("/api/v1/trust-funds/" + created.id())).body(detail(created.id()));
  }

  @GetMapping("/{id}")
  Detail get(@PathVariable UUID id) {
    return detail(id);
  }

  @PostMapping("/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition transition) {
    lifecycle.transition(id, transition.to(), transition.comment());
    return detail(id);
  }

  @PostMapping("/{id}/leads")
  Detail invite(@PathVariable UUID id, @RequestBody Nation nation) {
    parties.inviteLead(id, nation.nation());
    return detail(id);
  }

  @PostMapping("/{id}/leads/accept")
  Detail accept(@PathVariable UUID id, @RequestBody Nation nation) {
    parties.acceptLead(id, nation.nation());
    return detail(id);
  }

  @PutMapping("/{id}/executing-agent")
  Detail agent(@PathVariable UUID id, @RequestBody Agent agent) {
    parties.executingAgent(id, agent.agent());
    return detail(id);
  }

  @PutMapping("/{id}/transparency")
  Detail transparency(@PathVariable UUID id, @RequestBody Transparency transparency) {
    if (transparency.transparent() == null) throw org.entente.web.InvalidInput.of("transparent", "problem.required");
    parties.transparency(id, transparency.transparent());
    return detail(id);
  }

  @PutMapping("/{id}/budget")
  Detail budget(@PathVariable UUID id, @RequestBody Budget budget) {
    ledger.budget(id, budget.lines());
    return detail(id);
  }

  @GetMapping("/{id}/ledger")
  Listing<LedgerLine> ledger(@PathVariable UUID id, Paging paging) {
    return paging.slice(funds.ledger(id));
  }

  @PostMapping("/{id}/ledger")
  ResponseEntity<LedgerLine> record(@PathVariable UUID id, @RequestBody TrustFundLedger.NewTransaction input) {
    var line = ledger.record(id, input);
    return ResponseEntity.created(URI.create("/api/v1/trust-funds/" + id + "/ledger")).body(line);
  }

  @GetMapping("/{id}/donors")
  Listing<Balances.DonorPosition> donors(@PathVariable UUID id) {
    return Listing.of(funds.donors(id));
  }
}
